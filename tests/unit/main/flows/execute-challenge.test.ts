// An executed challenge (Circle's guide, step 4) through main's real handlers: a challenge the developer's backend
// made with the official Node SDK against the embedded emulator, run with the token and key they paste.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, testScryptCost } from '../../../../src/emulator';
import type { MainServices } from '../../../../src/main/main-services';
import type { ChallengeUpdate, TokenRefused } from '../../../../src/shared/flows/challenge-flow';
import { challengeMadeElsewhere, tokenMadeElsewhere } from '../../../support/challenge-made-elsewhere';
import { customerChangesPinDirectly } from '../../../support/customer-in-hosted-ui';
import { waitFor } from '../../../support/eventually';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';

let underTest: ServicesUnderTest;
let services: MainServices;
let updates: ChallengeUpdate[];
let refusals: TokenRefused[];
let mainLog: string[];

async function startServices(challengeLifetimeSeconds?: number): Promise<void> {
  updates = [];
  refusals = [];
  mainLog = [];
  underTest = await startServicesUnderTest({
    publish: (channel, payload) => {
      if (channel === 'challenge:updated') updates.push(payload as ChallengeUpdate);
      if (channel === 'liveCase:tokenRefused') refusals.push(payload as TokenRefused);
    },
    log: { warn: (line) => mainLog.push(line) },
    ...(challengeLifetimeSeconds ? { challengeLifetimeSeconds } : {}),
  });
  services = underTest.services;
}

afterEach(() => underTest.stop());

const handlers = () => services.handlers;
const emulator = () => services.embedded.emulator;

/** Every file main wrote under the case log, as text. */
async function caseLogText(): Promise<string> {
  const root = join(underTest.userDataDir, 'case-log');
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    files.filter((file) => file.isFile()).map((file) => readFile(join(file.parentPath, file.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('executing a challenge made elsewhere', () => {
  it('runs it with the pasted token to COMPLETE, as a case of its own with no secret in it', async () => {
    await startServices();
    const made = await challengeMadeElsewhere(emulator(), 'user-knows-pin');
    const session = await handlers()['liveCase:execute'](made);
    expect(session).toMatchObject({
      appId: emulator().appId,
      challengeId: made.challengeId,
      userToken: made.userToken,
      encryptionKey: made.encryptionKey,
      userId: 'user-knows-pin',
      challengeType: 'CHANGE_PIN',
    });

    const customer = { challengeId: made.challengeId, userToken: made.userToken };
    emulator().challengeSteps.open({ ...customer, encryptionKey: made.encryptionKey, appId: session.appId });
    expect((await emulator().challengeSteps.verifyCurrentPin(customer, '000001')).ok).toBe(false);
    await waitFor(() => updates.some((update) => update.pinAttempts?.failedAttempts === 1));
    await customerChangesPinDirectly(emulator(), session, seededPin, '390517');
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
    await waitFor(() => updates.some((update) => update.status === 'COMPLETE'));

    const list = await handlers()['caseLog:list']({ flow: 'executed' });
    expect(list.cases).toHaveLength(1);
    expect(list.cases[0]).toMatchObject({ flow: 'executed', userId: 'user-knows-pin', outcome: { kind: 'COMPLETE' } });
    const opened = await handlers()['caseLog:open']({ caseId: session.caseId });
    expect(opened.entries.map((entry) => entry.type)).toEqual(
      expect.arrayContaining(['lookup', 'token-acquired', 'challenge-created', 'sdk-outcome', 'case-closed']),
    );
    expect(opened.entries.find((entry) => entry.type === 'token-acquired')).toMatchObject({ source: 'pasted' });
    await handlers()['caseLog:export']({ caseId: session.caseId, format: 'markdown' });
    await handlers()['caseLog:export']({ caseId: session.caseId, format: 'json' });
    const written = [await caseLogText(), ...underTest.exports.map((entry) => entry.content)].join('\n');
    expect(written).toContain(made.challengeId);
    expect(written).not.toContain(made.userToken);
    expect(written).not.toContain(made.encryptionKey);
    expect(underTest.exports[0]?.content).toContain('User token pasted by the developer');
  });

  it("refuses a challenge of another user in Circle's words, with the code, and opens no case", async () => {
    await startServices();
    const made = await challengeMadeElsewhere(emulator(), 'user-knows-pin');
    const other = await tokenMadeElsewhere(emulator(), 'user-answers-locked');
    const failure = await refusalOf(handlers()['liveCase:execute']({ ...other, challengeId: made.challengeId }));
    expect(failure.code).toBe('unknown-challenge');
    expect(failure.circle).toEqual({ code: 155116, status: 404 });
    expect(failure.message).toContain("“The challenge ID doesn't exist in the system.”");
    expect((await handlers()['caseLog:list']({})).cases).toEqual([]);
  });

  it("refuses a token of another App ID in Circle's words, with the code", async () => {
    await startServices();
    const elsewhere = await createEmulator({ secretHashCost: testScryptCost });
    try {
      const made = await challengeMadeElsewhere(elsewhere, 'user-knows-pin');
      const failure = await refusalOf(handlers()['liveCase:execute'](made));
      expect(failure.code).toBe('token-refused');
      expect(failure.circle).toEqual({ code: 155105, status: 403 });
      expect(failure.message).toContain('“The userToken is invalid.”');
      expect(failure.message).toContain('another App ID');
    } finally {
      await elsewhere.close();
    }
  });

  it('refuses a challenge that has already ended', async () => {
    await startServices();
    const made = await challengeMadeElsewhere(emulator(), 'user-knows-pin');
    await customerChangesPinDirectly(emulator(), { ...made, appId: emulator().appId }, seededPin, '390517');
    const failure = await refusalOf(handlers()['liveCase:execute'](made));
    expect(failure.code).toBe('challenge-ended');
    expect(failure.message).toContain('COMPLETE');
  });

  it('says when Circle refuses the pasted token, stops polling, and goes on with a new one pasted for the same user', async () => {
    // Challenges outlive tokens here, so the token is the only thing that expires.
    await startServices(2 * 60 * 60);
    const made = await challengeMadeElsewhere(emulator(), 'user-knows-pin');
    const session = await handlers()['liveCase:execute'](made);
    emulator().clock.advance(61 * 60);
    await waitFor(() => refusals.length > 0);
    expect(refusals).toEqual([
      { caseId: session.caseId, code: 155104, message: 'The userToken had expired.', at: expect.any(String) },
    ]);
    await expect(handlers()['liveCase:resume']({ caseId: session.caseId })).rejects.toMatchObject({
      code: 'token-refused',
    });

    const otherUser = await tokenMadeElsewhere(emulator(), 'user-answers-locked');
    const wrong = await refusalOf(handlers()['liveCase:replaceToken']({ caseId: session.caseId, ...otherUser }));
    expect(wrong.code).toBe('token-of-another-user');
    expect(wrong.message).toContain('user “user-knows-pin”');

    const fresh = await tokenMadeElsewhere(emulator(), 'user-knows-pin');
    const resumed = await handlers()['liveCase:replaceToken']({ caseId: session.caseId, ...fresh });
    expect(resumed).toMatchObject({ caseId: session.caseId, challengeId: made.challengeId, ...fresh });
    await customerChangesPinDirectly(emulator(), resumed, seededPin, '390517');
    await waitFor(() => updates.some((update) => update.status === 'COMPLETE'));
    expect(refusals).toHaveLength(1);

    const opened = await handlers()['caseLog:open']({ caseId: session.caseId });
    expect(opened.entries.filter((entry) => entry.type === 'token-acquired')).toHaveLength(2);
    expect(opened.entries.find((entry) => entry.type === 'error')).toMatchObject({
      code: 'token-refused',
      circle: { code: 155104, status: 403 },
    });
    const written = [await caseLogText(), ...mainLog].join('\n');
    for (const secret of [made.userToken, made.encryptionKey, fresh.userToken, fresh.encryptionKey]) {
      expect(written).not.toContain(secret);
    }
  });
});
