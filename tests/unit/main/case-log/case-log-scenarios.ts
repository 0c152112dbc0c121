// Cases built through the store's API the way main builds them, shared by the case-log tests.
import type { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import type { CaseOpening } from '../../../../src/shared/case-log/case-record';

export function at(second: number): string {
  return new Date(Date.UTC(2025, 0, 15, 9, 0, second)).toISOString();
}

export function opening(caseId: string, overrides: Partial<CaseOpening> = {}): CaseOpening {
  return {
    caseId,
    environment: 'local-emulator',
    userId: 'user-alice',
    flow: 'reset',
    agentName: 'Dana Agent',
    ticketRef: 'SUP-1234',
    note: 'Customer at the branch desk',
    startedAt: at(0),
    ...overrides,
  };
}

/** A reset that ends COMPLETE: lookup, advice, token, challenge, SDK, statuses from poll and notification. */
export async function fullReset(store: CaseLogStore, caseId: string): Promise<void> {
  await store.openCase(opening(caseId));
  await store.append(caseId, {
    type: 'lookup',
    at: at(1),
    accountStatus: 'ENABLED',
    pinStatus: 'ENABLED',
    securityQuestionStatus: 'ENABLED',
    pinFailedAttempts: 0,
    openChallenges: 0,
  });
  await store.append(caseId, {
    type: 'recommendation',
    at: at(2),
    path: 'reset',
    customerSaid: { knowsPin: true, remembersAnswers: null },
  });
  await store.append(caseId, { type: 'token-acquired', at: at(3), expiresAt: at(3603) });
  await store.append(caseId, {
    type: 'challenge-created',
    at: at(4),
    challengeId: 'chal-1',
    challengeType: 'CHANGE_PIN',
  });
  await store.append(caseId, { type: 'status-changed', at: at(4), status: 'PENDING', source: 'start' });
  await store.append(caseId, { type: 'status-changed', at: at(20), status: 'IN_PROGRESS', source: 'poll' });
  await store.append(caseId, { type: 'sdk-outcome', at: at(41), kind: 'complete' });
  await store.append(caseId, { type: 'status-changed', at: at(42), status: 'COMPLETE', source: 'notification' });
  await store.closeCase(caseId, { kind: 'COMPLETE' }, at(43));
}

/** A reset where the customer got the current PIN wrong: SDK error, FAILED with its code, and a Circle error. */
export async function failedReset(store: CaseLogStore, caseId: string): Promise<void> {
  await store.openCase(opening(caseId, { userId: 'user-bob', ticketRef: null, note: null, startedAt: at(100) }));
  await store.append(caseId, {
    type: 'lookup',
    at: at(101),
    accountStatus: 'ENABLED',
    pinStatus: 'ENABLED',
    securityQuestionStatus: 'ENABLED',
    pinFailedAttempts: 2,
    openChallenges: 0,
  });
  await store.append(caseId, { type: 'token-acquired', at: at(102), expiresAt: at(3702) });
  await store.append(caseId, {
    type: 'challenge-created',
    at: at(103),
    challengeId: 'chal-2',
    challengeType: 'CHANGE_PIN',
  });
  await store.append(caseId, { type: 'status-changed', at: at(103), status: 'PENDING', source: 'start' });
  await store.append(caseId, { type: 'sdk-outcome', at: at(130), kind: 'error', code: 155115 });
  await store.append(caseId, {
    type: 'status-changed',
    at: at(131),
    status: 'FAILED',
    source: 'poll',
    errorCode: 155115,
  });
  await store.append(caseId, {
    type: 'error',
    at: at(132),
    step: 'start reset',
    code: 'circle-error',
    message: 'PIN is locked',
    circle: { code: 155115, status: 400 },
  });
  await store.append(caseId, { type: 'note', at: at(133), text: 'Customer will try again after the lock ends' });
  await store.closeCase(caseId, { kind: 'FAILED', code: 155115 }, at(134));
}
