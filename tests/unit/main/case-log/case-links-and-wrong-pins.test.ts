import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseToMarkdown } from '../../../../src/shared/case-log/case-export';
import type { CaseEntry, CaseView } from '../../../../src/shared/case-log/case-record';
import { readUntil } from '../../../support/eventually';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { withWholeSessions } from '../../../support/whole-sessions';

let underTest: ServicesUnderTest;
beforeEach(async () => {
  underTest = await startServicesUnderTest();
});
afterEach(() => underTest.stop());

const handlers = () => withWholeSessions(underTest.services.handlers);
const emulator = () => underTest.services.embedded.emulator;

/** The case as the Cases view opens it, once an entry of `type` is in it (writes are queued, polls periodic). */
async function caseWith(caseId: string, done: (entries: CaseEntry[]) => boolean): Promise<CaseView> {
  return readUntil(
    () => handlers()['caseLog:open']({ caseId }),
    (view) => done(view.entries),
  );
}

describe('what the case log learns during a case', () => {
  it('links a reset abandoned on "Forgot PIN?" and the recovery that followed, both ways', async () => {
    const reset = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    const recovery = await handlers()['recovery:fromForgotPin']({ caseId: reset.caseId });

    const resetView = await caseWith(reset.caseId, (entries) => entries.some((e) => e.type === 'case-linked'));
    const recoveryView = await caseWith(recovery.caseId, (entries) => entries.some((e) => e.type === 'case-linked'));
    expect(resetView.summary.outcome).toEqual({ kind: 'abandoned' });
    expect(resetView.entries).toContainEqual(
      expect.objectContaining({ type: 'case-linked', relation: 'continued-in', caseId: recovery.caseId }),
    );
    expect(recoveryView.entries).toContainEqual(
      expect.objectContaining({ type: 'case-linked', relation: 'continues', caseId: reset.caseId }),
    );
    expect(caseToMarkdown(recoveryView.summary, recoveryView.entries)).toContain(
      `Continues reset case \`${reset.caseId}\``,
    );
  });

  it('records each wrong PIN it learns of as a line of its own', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    const customer = { challengeId: session.challengeId, userToken: session.userToken };
    emulator().challengeSteps.open({ ...customer, encryptionKey: session.encryptionKey, appId: session.appId });
    await emulator().challengeSteps.verifyCurrentPin(customer, '111112');
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'error', code: 155112, message: 'wrong PIN' },
    });
    await emulator().challengeSteps.verifyCurrentPin(customer, '111113');
    const wrongCounts = (entries: CaseEntry[]) =>
      entries.flatMap((entry) => (entry.type === 'status-changed' ? [entry.pinFailedAttempts ?? 0] : []));
    const view = await caseWith(session.caseId, (entries) => wrongCounts(entries).includes(2));
    // Each wrong PIN the console learned of is a line of its own, with the count so far.
    expect(wrongCounts(view.entries)).toEqual(expect.arrayContaining([1, 2]));
    const markdown = caseToMarkdown(view.summary, view.entries);
    expect(markdown).toContain('1 wrong PIN entry (Circle code 155112)');
    expect(markdown).toContain('2 wrong PIN entries (Circle code 155112)');
  });

  it('"Stop following" closes the case as stopped-following: listed by that filter and named in the export', async () => {
    const app = initiateUserControlledWalletsClient({ apiKey: emulator().apiKey, baseUrl: emulator().baseUrl });
    const userToken = (await app.createUserToken({ userId: 'user-knows-pin' })).data?.userToken ?? '';
    const challengeId =
      (await app.updateUserPin({ userToken, idempotencyKey: crypto.randomUUID() })).data?.challengeId ?? '';
    const followed = await handlers()['liveCase:follow']({ userId: 'user-knows-pin', challengeId });
    await handlers()['liveCase:cancel']({ caseId: followed.caseId });

    const listed = await handlers()['caseLog:list']({ outcome: 'stopped-following' });
    expect(listed.cases.map((summary) => summary.caseId)).toEqual([followed.caseId]);
    expect((await handlers()['caseLog:list']({ outcome: 'cancelled' })).cases).toEqual([]);
    const view = await handlers()['caseLog:open']({ caseId: followed.caseId });
    expect(caseToMarkdown(view.summary, view.entries)).toContain('**Outcome: Stopped following**');
  });

  it('a lookup lists open challenges newest first and marks the ones this console started', async () => {
    const app = initiateUserControlledWalletsClient({ apiKey: emulator().apiKey, baseUrl: emulator().baseUrl });
    const userToken = (await app.createUserToken({ userId: 'user-knows-pin' })).data?.userToken ?? '';
    const fromTheirApp =
      (await app.updateUserPin({ userToken, idempotencyKey: crypto.randomUUID() })).data?.challengeId ?? '';
    const firstLookup = await handlers()['customer:lookup']({ userId: 'user-knows-pin' });
    expect(firstLookup.openChallenges).toEqual([
      expect.objectContaining({ id: fromTheirApp, type: 'CHANGE_PIN', startedByConsole: false }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const ours = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });

    const lookup = await handlers()['customer:lookup']({ userId: 'user-knows-pin' });
    expect(lookup.openChallenges.map(({ id, startedByConsole }) => ({ id, startedByConsole }))).toEqual([
      { id: ours.challengeId, startedByConsole: true },
      { id: fromTheirApp, startedByConsole: false },
    ]);
    // The customer's challenge keeps the time the console first saw it.
    expect(lookup.openChallenges[1]?.since).toBe(firstLookup.openChallenges[0]?.since);
  });
});
