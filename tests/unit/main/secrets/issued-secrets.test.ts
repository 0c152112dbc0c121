// Every user token and encryption key main was issued in this process stays masked after its case has closed: a
// server message quoting an old one, in the case log or main's log, shows `[redacted]`.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import { IssuedSecrets } from '../../../../src/main/secrets/issued-secrets';
import { knownSecrets, maskedLog } from '../../../../src/main/secrets/known-secrets';
import { emulatorControl } from '../../../support/emulator-controls';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { withWholeSessions } from '../../../support/whole-sessions';

let underTest: ServicesUnderTest;
afterEach(() => underTest?.stop());

async function filesUnder(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
}

describe('secrets main was issued', () => {
  it('are remembered by the gateway that received them, every one', async () => {
    underTest = await startServicesUnderTest();
    const { emulator } = underTest.services.embedded;
    const issued = new IssuedSecrets();
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl }, { issued });
    const first = await gateway.createUserToken('user-knows-pin');
    const second = await gateway.createUserToken('user-knows-pin');
    expect(issued.all()).toEqual([first.userToken, first.encryptionKey, second.userToken, second.encryptionKey]);
    const masked = knownSecrets({ apiKeys: () => [], embeddedApiKey: emulator.apiKey, issued });
    expect(masked()).toEqual(expect.arrayContaining(issued.all()));
  });

  it("stay masked after their case closed: a server message quoting one never reaches main's log or the case log", async () => {
    const mainLog: string[] = [];
    underTest = await startServicesUnderTest({ log: { warn: (line) => mainLog.push(line) } });
    const { embedded } = underTest.services;
    const handlers = withWholeSessions(underTest.services.handlers);
    const earlier = await handlers['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    await handlers['liveCase:cancel']({ caseId: earlier.caseId });

    // Circle's answers to the next case's polls quote the closed case's encryption key (not JWT-shaped: only the
    // list of issued secrets knows it).
    const quoted = [earlier.encryptionKey];
    await emulatorControl(embedded.emulator, '/emulator/faults', {
      method: 'GET',
      path: '/v1/w3s/user/challenges/*',
      status: 500,
      message: `upstream echoed ${earlier.encryptionKey}`,
      times: 3,
    });
    const later = await handlers['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    await expect.poll(() => mainLog.filter((line) => line.includes('upstream echoed')).length).toBeGreaterThan(0);
    await handlers['liveCase:cancel']({ caseId: later.caseId });
    await underTest.services.close();

    const logged = mainLog.join('\n');
    expect(logged).toContain('upstream echoed [redacted]');
    const caseLog = await filesUnder(join(underTest.userDataDir, 'case-log'));
    for (const secret of [...quoted, earlier.userToken]) {
      expect(logged).not.toContain(secret);
      expect(caseLog).not.toContain(secret);
    }
  });

  it("main's log masks what it is given, with the list as it is at the time of the line", () => {
    const lines: string[] = [];
    const secrets = ['early-secret-value'];
    const log = maskedLog({ warn: (line) => lines.push(line) }, () => secrets);
    log.warn('one early-secret-value');
    secrets.push('later-secret-value');
    log.warn('two later-secret-value early-secret-value');
    expect(lines).toEqual(['one [redacted]', 'two [redacted] [redacted]']);
  });
});
