import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import type { CaseEntry } from '../../../../src/shared/case-log/case-record';
import { injectFault } from '../../../support/emulator-controls';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

let underTest: ServicesUnderTest;
beforeEach(async () => {
  underTest = await startServicesUnderTest();
});
afterEach(() => underTest.stop());

const handlers = () => underTest.services.handlers;
const emulator = () => underTest.services.embedded.emulator;

async function caseView(caseId: string, expectedLast: CaseEntry['type']) {
  const store = new CaseLogStore({ dir: join(underTest.userDataDir, 'case-log'), secrets: () => [] });
  let view = await store.open(caseId);
  const deadline = Date.now() + 3000;
  while (view?.entries.at(-1)?.type !== expectedLast && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    view = await store.open(caseId);
  }
  return view;
}

describe('cases recorded by the flows', () => {
  it('records a full reset, step by step, and closes it COMPLETE', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });
    const customer = { challengeId: session.challengeId, userToken: session.userToken };
    emulator().challengeSteps.open({ ...customer, encryptionKey: session.encryptionKey, appId: session.appId });
    await emulator().challengeSteps.verifyCurrentPin(customer, '480213');
    await emulator().challengeSteps.completeWithNewPin(customer, '390517', '390517');
    await handlers()['case:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
    const view = await caseView(session.caseId, 'case-closed');
    expect(view?.summary).toMatchObject({ userId: 'user-knows-pin', flow: 'reset', environment: 'local-emulator' });
    expect(view?.summary.outcome).toEqual({ kind: 'COMPLETE' });
    const types = view?.entries.map((entry) => entry.type) ?? [];
    expect(types[0]).toBe('case-opened');
    expect(types.slice(1, 3)).toEqual(['token-acquired', 'challenge-created']);
    expect(types).toContain('sdk-outcome');
    const statuses = view?.entries.flatMap((entry) => (entry.type === 'status-changed' ? [entry.status] : [])) ?? [];
    expect(statuses.at(-1)).toBe('COMPLETE');
    expect(types.at(-1)).toBe('case-closed');
    const written = JSON.stringify(view);
    for (const secret of [session.userToken, session.encryptionKey, emulator().apiKey, '480213', '390517']) {
      expect(written).not.toContain(secret);
    }
  });

  it('records a failed start with Circle’s code and HTTP status, and a cancel', async () => {
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', status: 500, times: 1 });
    const attemptId = crypto.randomUUID();
    await expect(handlers()['reset:start']({ userId: 'user-knows-pin', attemptId })).rejects.toMatchObject({
      code: 'challenge-failed',
    });
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    await handlers()['case:cancel']({ caseId: session.caseId });
    const view = await caseView(session.caseId, 'case-closed');
    const error = view?.entries.find((entry) => entry.type === 'error');
    expect(error).toMatchObject({
      type: 'error',
      step: 'challenge',
      code: 'challenge-failed',
      circle: { status: 500 },
    });
    expect(view?.entries.filter((entry) => entry.type === 'case-opened')).toHaveLength(1);
    expect(view?.summary.outcome).toEqual({ kind: 'cancelled' });
  });
});
