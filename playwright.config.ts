import { defineConfig } from '@playwright/test';

// Both end-to-end suites run against the build (`npm run build` first; `npm test` does it).
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A stray .only would run one test and pass the rest unseen: refused on every run, not only in CI.
  forbidOnly: true,
  workers: 2,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/e2e-electron', workers: 1 },
  ],
});
