// The built main bundle's start, booted in plain Node on the stand-in for Electron (start-scenario.mjs): the window
// opens before the embedded emulator has seeded its users (at the real scrypt cost, as the app does), and a lookup
// the renderer sends meanwhile is answered — correctly — once it has. How soon is `npm run bench:start`'s to say.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const projectRoot = resolve(import.meta.dirname, '../../..');

/** What start-scenario.mjs prints: performance.now() times in the child, and the lookup's answer. */
interface StartResult {
  windowCreatedMs: number;
  lookupSentMs: number;
  emulatorAnnouncedMs?: number;
  lookupAnsweredMs: number;
  answer: { ok: boolean; value?: { user: { id: string; pinStatus: string } }; error?: unknown };
}

function startBuiltMain(userDataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './tests/e2e/built-main/fake-electron-resolution.mjs',
        '--import',
        './tests/e2e/built-main/start-scenario.mjs',
        'out/main/index.js',
      ],
      {
        cwd: projectRoot,
        // Main prints its emulator's address once its services have started: after the emulator has seeded.
        env: { ...process.env, PIN_DESK_USER_DATA_DIR: userDataDir, PIN_DESK_ANNOUNCE_EMULATOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

let userDataDir: string;
test.beforeAll(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-built-main-start-'));
});
test.afterAll(async () => {
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

test('the window opens before the emulator has seeded; a lookup sent meanwhile is answered once it has', async () => {
  // A new user-data folder: a first start, so the emulator seeds its users.
  const { code, output } = await startBuiltMain(userDataDir);
  const line = output.split('\n').find((candidate) => candidate.startsWith('START-RESULT '));
  expect(code, output.slice(-4000)).toBe(0);
  expect(line, output.slice(-4000)).toBeDefined();
  const result = JSON.parse(line?.slice('START-RESULT '.length) ?? '{}') as StartResult;
  const seeded = result.emulatorAnnouncedMs ?? Number.NaN;
  expect(result.windowCreatedMs).toBeLessThan(seeded);
  expect(result.lookupSentMs).toBeLessThan(seeded);
  expect(result.lookupAnsweredMs).toBeGreaterThan(seeded);
  expect(result.answer).toMatchObject({ ok: true, value: { user: { id: 'user-knows-pin', pinStatus: 'ENABLED' } } });
});
