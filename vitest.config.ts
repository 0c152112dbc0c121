import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';

const unitRoot = 'tests/unit';

/**
 * Test files that replace a module or a global for themselves (`vi.mock`, `vi.doMock`, `vi.stubGlobal`,
 * `vi.stubEnv`): they get a fresh module graph each, as every file once did. The rest share their worker's modules,
 * which halves the suite's CPU time (1 min 46 s instead of about 4 min 30 s on a 2-core machine): most of each file's
 * time was importing the same emulator, SDK and schemas again.
 */
function filesReplacingModules(folder = unitRoot): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(file, 'utf8')))
    .map((file) => relative('.', file));
}

const isolatedFiles = filesReplacingModules();

// Unit tests run in plain Node: no Electron binary, no browser.
export default defineConfig({
  test: {
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
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: [`${unitRoot}/**/*.test.ts`], exclude: isolatedFiles, isolate: false },
      },
      { extends: true, test: { name: 'unit (isolated)', include: isolatedFiles, isolate: true } },
    ],
  },
});
