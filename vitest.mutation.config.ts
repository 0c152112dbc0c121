// Stryker's Vitest config (stryker.config.mjs): every unit test file with fresh modules, as when the committed
// mutation results were made, rather than npm test's shared ones (vitest.config.ts); Stryker switches mutants in one
// worker between runs, and a module shared across files would carry one file's state into the next's verdict.
// Tests get 60 s, not npm test's 20: instrumented code at nice 19 on a busy 2-core machine is several times slower,
// and one test over the limit in Stryker's first run stops the whole run (a hung mutant is still caught by Stryker's
// own timeout, timeoutMS in stryker.config.mjs).
import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config';

const { projects: _projects, ...shared } = unit.test ?? {};

export default mergeConfig(
  { ...unit, test: shared },
  defineConfig({ test: { include: ['tests/unit/**/*.test.ts'], isolate: true, testTimeout: 60_000 } }),
);
