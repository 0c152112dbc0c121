// The built main bundle's start, booted in plain Node on the stand-in for Electron (start-scenario.mjs): the window
// opens before the embedded emulator has seeded its users (at the real scrypt cost, as the app does), and a lookup
// the renderer sends meanwhile is answered — correctly — once it has. How soon is `npm run bench:start`'s to say.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runStartScenario, startResultOf } from './start-scenario-run';

/** What start-scenario.mjs prints: performance.now() times in the child, and the lookup's answer. */
interface StartResult {
  windowCreatedMs: number;
  lookupSentMs: number;
  emulatorAnnouncedMs?: number;
  lookupAnsweredMs: number;
  answer: { ok: boolean; value?: { user: { id: string; pinStatus: string } }; error?: unknown };
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
  // Main prints its emulator's address once its services have started: after the emulator has seeded.
  const { code, output } = await runStartScenario(userDataDir, {
    env: { PIN_DESK_ANNOUNCE_EMULATOR: '1' },
    timeoutMs: 50_000,
  });
  expect(code, output.slice(-4000)).toBe(0);
  const result = startResultOf<StartResult>(output);
  if (!result) throw new Error(`the built main printed no START-RESULT:\n${output.slice(-4000)}`);
  const seeded = result.emulatorAnnouncedMs ?? Number.NaN;
  expect(result.windowCreatedMs).toBeLessThan(seeded);
  expect(result.lookupSentMs).toBeLessThan(seeded);
  expect(result.lookupAnsweredMs).toBeGreaterThan(seeded);
  expect(result.answer).toMatchObject({ ok: true, value: { user: { id: 'user-knows-pin', pinStatus: 'ENABLED' } } });
});
