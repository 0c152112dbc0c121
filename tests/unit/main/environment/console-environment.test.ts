import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import { createAppIdCache, describeEnvironment } from '../../../../src/main/environment/console-environment';
import { startEmbeddedEmulator } from '../../../../src/main/environment/embedded-emulator';
import { emulatorControl, injectFault } from '../../../support/emulator-controls';

describe('the App ID cache', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createEmulator({ secretHashCost: testScryptCost });
  });
  afterAll(() => emulator.close());

  it('shows a failed fetch, then fetches again on the next request and caches the answer', async () => {
    await injectFault(emulator, { method: 'GET', path: '/v1/w3s/config/entity', status: 503, times: 1 });
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    let fetches = 0;
    const appId = createAppIdCache(() => {
      fetches += 1;
      return gateway.fetchAppId();
    });
    const failed = await describeEnvironment('local-emulator', appId, null);
    expect(failed.appId).toBeNull();
    expect(failed.appIdProblem).toMatchObject({ code: 'app-id-failed', circle: { status: 503 } });
    const recovered = await describeEnvironment('local-emulator', appId, null);
    expect(recovered).toMatchObject({ appId: emulator.appId, appIdProblem: null });
    await appId();
    expect(fetches).toBe(2);
  });
});

describe('the embedded emulator', () => {
  it('keeps its state across restarts in the user-data folder', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-embedded-'));
    try {
      const first = await startEmbeddedEmulator(userDataDir, { secretHashCost: testScryptCost });
      const appId = first.emulator.appId;
      await emulatorControl(first.emulator, '/emulator/users', {
        userId: 'rehearsal-user-1',
        scenario: 'user-knows-pin',
      });
      await first.close();
      const second = await startEmbeddedEmulator(userDataDir, { secretHashCost: testScryptCost });
      expect(second.emulator.appId).toBe(appId);
      expect(second.emulator.exportState().users.map((user) => user.id)).toContain('rehearsal-user-1');
      expect(second.notice).toBeNull();
      await second.reset();
      expect(second.emulator.exportState().users.map((user) => user.id)).not.toContain('rehearsal-user-1');
      await second.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });

  it('sets a damaged state file aside, says so, and starts from the seeded users', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-embedded-'));
    try {
      await writeFile(join(userDataDir, 'emulator-state.json'), '{"users": [tor');
      const embedded = await startEmbeddedEmulator(userDataDir, { secretHashCost: testScryptCost });
      expect(embedded.notice).toMatch(/could not be read.*kept as .*damaged/);
      const setAside = embedded.notice?.match(/kept as (\S+) and/)?.[1] ?? '';
      expect(await readFile(setAside, 'utf8')).toBe('{"users": [tor');
      expect(embedded.emulator.exportState().users.map((user) => user.id)).toContain('user-knows-pin');
      await embedded.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});
