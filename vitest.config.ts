import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: no Electron binary, no browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Threads start faster than forks, and at least two workers (Vitest's default is cores − 1) use both cores of a
    // 2-core CI machine, where much of a test is waiting on sockets and child processes: 137 s → 83 s here.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    // A setup hook that starts emulators took over Vitest's default 10 s on a loaded 2-core machine, in Stryker's
    // instrumented run (which then stops whole); a hook that truly hangs still fails, a minute later.
    hookTimeout: 60_000,
    // A stray .only fails the run (Vitest allows it outside CI by default), as Playwright's forbidOnly does.
    allowOnly: false,
    // Run through Vitest rather than Node, so its `import electron from 'electron'` reaches a test's stand-in (the
    // electron package itself only names a binary, and throws when there is none).
    server: { deps: { inline: ['electron-store'] } },
  },
});
