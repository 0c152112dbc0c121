import { defineConfig } from '@playwright/test';

// Both end-to-end suites run against the build (`npm run build` first; `npm test` does it).
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/e2e-electron', workers: 1 },
  ],
});
