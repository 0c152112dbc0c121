import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: no Electron binary, no browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
