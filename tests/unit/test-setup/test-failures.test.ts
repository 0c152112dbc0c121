// The lines `npm test` prints last for each failed test (scripts/test-failures.mjs), read from reports that Vitest and
// Playwright themselves wrote: a throwaway project with one passing and two failing tests in each.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLineOf, playwrightFailureLines, vitestFailureLines } from '../../../scripts/test-failures.mjs';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../../..');
let folder = '';

async function reportOf(command: string, args: string[], reportFile: string, env: NodeJS.ProcessEnv = {}) {
  // Both runners exit 1 when a test fails, as these do.
  await run(join(projectRoot, 'node_modules/.bin', command), args, {
    cwd: folder,
    env: { ...process.env, ...env },
  }).catch(() => undefined);
  return JSON.parse(await readFile(join(folder, reportFile), 'utf8'));
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'test-failures-'));
  await symlink(join(projectRoot, 'node_modules'), join(folder, 'node_modules'));
  await writeFile(join(folder, 'package.json'), '{ "type": "module" }');
  await writeFile(
    join(folder, 'sums.test.ts'),
    [
      "import { describe, expect, it } from 'vitest';",
      "it('adds', () => expect(1 + 1).toBe(2));",
      "describe('in a block', () => { it('subtracts', () => expect(3 - 1).toBe(1)); });",
      "it('throws', () => { throw new Error('the reason\\nand more'); });",
    ].join('\n'),
  );
  await writeFile(join(folder, 'broken.test.ts'), "import './nowhere.js';\n");
  await writeFile(
    join(folder, 'playwright.config.mjs'),
    "export default { reporter: 'json', testMatch: '*.spec.ts', projects: [{ name: 'p' }] };",
  );
  await writeFile(
    join(folder, 'pages.spec.ts'),
    [
      "import { expect, test } from '@playwright/test';",
      "test('passes', () => expect(1).toBe(1));",
      "test.describe('a block', () => { test('fails inside', () => expect(2).toBe(3)); });",
      "test('throws', () => { throw new Error('why it failed'); });",
    ].join('\n'),
  );
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the failed tests npm test names last', () => {
  it('from Vitest: each failed test with its describe titles and first line, and a file that failed to load', async () => {
    const report = await reportOf(
      'vitest',
      ['run', '--root', '.', '--reporter=json', '--outputFile=v.json', 'sums', 'broken'],
      'v.json',
    );
    const lines = vitestFailureLines(report, folder);
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual(
      expect.stringMatching(/^failed: \[unit\] sums\.test\.ts › in a block subtracts — .*expected 2 to be 1/),
    );
    expect(lines).toContainEqual('failed: [unit] sums.test.ts › throws — Error: the reason');
    expect(lines).toContainEqual(expect.stringMatching(/^failed: \[unit\] broken\.test\.ts — .*nowhere\.js/));
  }, 60_000);

  it('from Playwright: each test failed on its last try, at its file and line, with its describe title', async () => {
    const env = { PLAYWRIGHT_JSON_OUTPUT_FILE: 'p.json' };
    const report = await reportOf('playwright', ['test', '--config', 'playwright.config.mjs'], 'p.json', env);
    const lines = playwrightFailureLines(report);
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^failed: \[p\] pages\.spec\.ts:3 › a block › fails inside — Error: .*expect\(received\)\.toBe\(expected\)/,
      ),
    );
    expect(lines).toContainEqual('failed: [p] pages.spec.ts:4 › throws — Error: why it failed');
  }, 60_000);

  it('cut to one line of at most 200 characters, without colour codes', () => {
    expect(firstLineOf('\n\n  \u001b[31mred\u001b[39m reason  \nsecond')).toBe('red reason');
    expect(firstLineOf('x'.repeat(300))).toBe(`${'x'.repeat(199)}…`);
    expect(firstLineOf(undefined)).toBe('');
  });
});
