import { describe, expect, it } from 'vitest';
import { customerAdvice } from '../../../../src/renderer/customer/customer-advice';
import { nextLockEnd } from '../../../../src/renderer/customer/lock-refresh';
import { type LiveCaseState, liveCaseReducer } from '../../../../src/renderer/live-case/live-case-state';
import { recommendPath } from '../../../../src/shared/lookup/path-recommendation';

const now = new Date('2026-11-27T09:00:00Z');
const resetAdvice = recommendPath(null, { knowsPin: true, remembersAnswers: null }, now);
const session = {
  caseId: 'c0ffee00-0000-4000-8000-000000000001',
  appId: 'app',
  userToken: 'token',
  encryptionKey: 'key',
  challengeId: 'challenge-1',
  tokenExpiresAt: '2026-11-27T10:00:00Z',
};
const play = (...events: Parameters<typeof liveCaseReducer>[1][]) =>
  events.reduce(liveCaseReducer, { phase: 'idle' } as LiveCaseState);

describe('what to tell the customer', () => {
  it('before a case: the recommendation', () => {
    expect(customerAdvice(resetAdvice, { phase: 'idle' })).toMatchObject({ path: 'reset', title: 'Reset the PIN' });
  });

  it('after "Forgot PIN?": the recovery’s words, whatever was recommended', () => {
    const recovering = play(
      { type: 'start', flow: 'recovery', userId: 'user-knows-pin', attemptId: 'a' },
      { type: 'session', session },
    );
    const advice = customerAdvice(resetAdvice, recovering);
    expect(advice.path).toBe('recovery');
    expect(advice.tellCustomer).toContain('answer your security questions');
  });

  it('while following: the customer’s own app, never "the window that opens"', () => {
    const following = play({
      type: 'followed',
      followed: {
        caseId: session.caseId,
        userId: 'user-knows-pin',
        challenge: { id: 'c', type: 'CHANGE_PIN', status: 'PENDING', errorCode: null, errorMessage: null },
      },
    });
    const advice = customerAdvice(resetAdvice, following);
    expect(advice.path).toBe('follow');
    expect(advice.tellCustomer).toContain('In your app');
    expect(advice.tellCustomer).not.toContain('window');
  });

  it('once the case ended: the recommendation again', () => {
    const ended = play(
      { type: 'start', flow: 'recovery', userId: 'user-knows-pin', attemptId: 'a' },
      { type: 'session', session },
      {
        type: 'update',
        update: {
          caseId: session.caseId,
          challengeId: 'challenge-1',
          status: 'COMPLETE',
          errorCode: null,
          errorMessage: null,
          source: 'poll',
          at: now.toISOString(),
          pinAttempts: null,
        },
      },
    );
    expect(customerAdvice(resetAdvice, ended).path).toBe('reset');
  });
});

describe('when to look again', () => {
  const unlocked = { failedAttempts: 0, lockedDate: null, lockedExpiryDate: null };
  const user = {
    id: 'u',
    status: 'ENABLED' as const,
    pinStatus: 'LOCKED' as const,
    securityQuestionStatus: 'LOCKED' as const,
    pinDetails: { ...unlocked, lockedExpiryDate: '2026-11-27T09:30:00Z' },
    securityQuestionDetails: { ...unlocked, lockedExpiryDate: '2026-11-27T09:05:00Z' },
    createDate: null,
  };
  it('at the soonest lock end still ahead, and never for one that passed', () => {
    expect(nextLockEnd(user, now)).toBe('2026-11-27T09:05:00Z');
    expect(nextLockEnd(user, new Date('2026-11-27T09:10:00Z'))).toBe('2026-11-27T09:30:00Z');
    expect(nextLockEnd(user, new Date('2026-11-27T10:00:00Z'))).toBeNull();
  });
});
