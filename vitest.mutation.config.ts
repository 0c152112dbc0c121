// Stryker's Vitest config (stryker.config.mjs): every unit test file with fresh modules, as when the committed
// mutation results were made, rather than npm test's shared ones (vitest.config.ts); Stryker switches mutants in one
// worker between runs, and a module shared across files would carry one file's state into the next's verdict.
import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config';

const { projects: _projects, ...shared } = unit.test ?? {};

export default mergeConfig(
  { ...unit, test: shared },
  defineConfig({ test: { include: ['tests/unit/**/*.test.ts'], isolate: true } }),
);
