import { describe, expect, it } from 'vitest';
import { chosenPath } from '../../../../src/renderer/customer/customer-advice';
import { nextLockEnd } from '../../../../src/renderer/customer/lock-refresh';
import { type LiveCaseState, liveCaseReducer } from '../../../../src/renderer/live-case/live-case-state';

const now = new Date('2026-11-27T09:00:00Z');
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
const said = { knowsPin: true, remembersAnswers: false };

describe('the path box, folded to what was chosen while a case is on screen', () => {
  it('no case on screen: not folded (the questions and the script show)', () => {
    expect(chosenPath({ phase: 'idle' }, said)).toBeNull();
  });

  it('a reset: the flow and what the customer said, nothing unasked', () => {
    const starting = play({ type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'a' });
    expect(chosenPath(starting, said)).toEqual({
      path: 'reset',
      line: 'PIN reset — the customer knows their PIN and does not remember their answers',
    });
    expect(chosenPath(starting, { knowsPin: null, remembersAnswers: null })?.line).toBe('PIN reset');
  });

  it('after "Forgot PIN?": recovery, whatever was chosen first', () => {
    const recovering = play(
      { type: 'start', flow: 'recovery', userId: 'user-knows-pin', attemptId: 'a' },
      { type: 'session', session },
    );
    expect(chosenPath(recovering, said)?.path).toBe('recovery');
  });

  it('while following: the customer’s own app, without the answers to questions nobody needed', () => {
    const following = play({
      type: 'followed',
      followed: {
        caseId: session.caseId,
        userId: 'user-knows-pin',
        challenge: { id: 'c', type: 'CHANGE_PIN', status: 'PENDING', errorCode: null, errorMessage: null },
      },
    });
    expect(chosenPath(following, said)).toEqual({ path: 'follow', line: 'Following the customer’s own app' });
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
