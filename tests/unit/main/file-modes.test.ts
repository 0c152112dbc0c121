// What main writes under the user-data folder is the agent's alone: settings.json and case-log files 0600, case-log
// folders 0700, the embedded emulator's state 0600 — including files and folders an earlier version left wider.
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../src/main/case-log/case-log-store';
import { narrowSettingsFile, settingsStoreOptions } from '../../../src/main/settings/settings-file';
import { startServicesUnderTest } from '../../support/main-services-under-test';
import { at, opening } from './case-log/case-log-scenarios';

const modeOf = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-modes-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('file modes (POSIX)', () => {
  it('settings.json is written 0600, and an older, wider file is narrowed when it is opened', async () => {
    // electron-store is `conf` with Electron's folders (its import of Electron needs the binary): the same writer,
    // given the same options, in a folder of this test's.
    const { name, ...options } = settingsStoreOptions;
    const open = () => new Conf<Record<string, unknown>>({ ...options, configName: name, cwd: dir, projectName: 'x' });
    const store = open();
    store.set('environment.active', 'local-emulator');
    expect(store.path).toBe(join(dir, 'settings.json'));
    expect(await modeOf(store.path)).toBe('600');

    await chmod(store.path, 0o644);
    narrowSettingsFile(open().path);
    expect(await modeOf(store.path)).toBe('600');
    expect(open().get('environment.active')).toBe('local-emulator');
  });

  it('case-log folders are 0700 and its files 0600, older wider ones narrowed at the first write', async () => {
    const caseLog = join(dir, 'case-log');
    await mkdir(join(caseLog, 'cases'), { recursive: true, mode: 0o755 });
    await chmod(caseLog, 0o755);
    await writeFile(join(caseLog, 'cases', 'index.jsonl'), '', { mode: 0o644 });

    const store = new CaseLogStore({ dir: caseLog, secrets: () => [] });
    await store.openCase(opening('case-modes'));
    await store.closeCase('case-modes', { kind: 'cancelled' }, at(1));
    expect(await modeOf(caseLog)).toBe('700');
    expect(await modeOf(join(caseLog, 'cases'))).toBe('700');
    expect(await modeOf(join(caseLog, 'cases', 'index.jsonl'))).toBe('600');
    expect(await modeOf(join(caseLog, 'cases', 'case-modes.jsonl'))).toBe('600');
  });

  it("a new case log is made private from the start, and the embedded emulator's state file is 0600", async () => {
    const underTest = await startServicesUnderTest();
    try {
      const { handlers } = underTest.services;
      const session = await handlers['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
      await handlers['liveCase:cancel']({ caseId: session.caseId });
      await underTest.services.close();
      expect(await modeOf(join(underTest.userDataDir, 'case-log'))).toBe('700');
      expect(await modeOf(join(underTest.userDataDir, 'case-log', 'cases', `${session.caseId}.jsonl`))).toBe('600');
      expect(await modeOf(join(underTest.userDataDir, 'emulator-state.json'))).toBe('600');
    } finally {
      await rm(underTest.userDataDir, { recursive: true, force: true });
    }
  });
});
