import { describe, expect, it } from 'vitest';
import { type LiveCaseState, liveCaseReducer } from '../../../../src/renderer/live-case/live-case-state';
import { guidanceFor } from '../../../../src/renderer/live-case/outcome-guidance';
import type { ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';

const session = {
  caseId: 'c0ffee00-0000-4000-8000-000000000001',
  appId: 'app',
  userToken: 'token',
  encryptionKey: 'key',
  challengeId: 'challenge-1',
  tokenExpiresAt: '2026-11-27T10:00:00Z',
};
const started = [
  { type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'a' },
  { type: 'session', session },
] as const;
const update = (fields: Partial<ChallengeUpdate>) =>
  ({
    type: 'update',
    update: {
      caseId: session.caseId,
      challengeId: 'challenge-1',
      status: 'IN_PROGRESS',
      errorCode: null,
      errorMessage: null,
      source: 'poll',
      at: '2026-11-27T09:00:00Z',
      pinAttempts: null,
      ...fields,
    },
  }) as const;
const play = (...events: Parameters<typeof liveCaseReducer>[1][]) =>
  events.reduce(liveCaseReducer, { phase: 'idle' } as LiveCaseState);
const refused = (code: string, circle?: { code: number; status: number }) =>
  play(
    { type: 'start', flow: 'recovery', userId: 'user-answers-locked', attemptId: 'a' },
    { type: 'start-failed', error: { code, message: 'refused', ...(circle ? { circle } : {}) } },
  );

describe('outcomes told apart at a glance', () => {
  it('success, action needed and failure each have their kind', () => {
    expect(guidanceFor(play(...started, update({ status: 'COMPLETE' })))?.kind).toBe('success');
    expect(guidanceFor(play(...started, { type: 'sdk-outcome', outcome: { kind: 'closed' } }))?.kind).toBe('action');
    expect(guidanceFor(play(...started, update({ status: 'FAILED', errorCode: 155119 })))?.kind).toBe('action');
    expect(guidanceFor(play(...started, update({ status: 'EXPIRED' })))?.kind).toBe('action');
    expect(guidanceFor(play(...started, update({ status: 'FAILED', errorCode: 155106 })))?.kind).toBe('failure');
  });

  it('"Answers locked" tells the customer something, like every other refusal; the reason is not repeated', () => {
    const guidance = guidanceFor(refused('answers-locked'));
    expect(guidance).toMatchObject({ kind: 'action', headline: null, code: 155120 });
    expect(guidance?.tellCustomer).toContain('locked');
    for (const code of ['unknown-user', 'account-disabled', 'pin-not-set', 'pin-locked', 'no-security-questions']) {
      expect(guidanceFor(refused(code))?.tellCustomer, code).toBeTruthy();
    }
    expect(guidanceFor(refused('challenge-failed', { code: 500, status: 500 }))?.kind).toBe('failure');
  });

  it('a running case with nothing to explain has no guidance yet', () => {
    expect(guidanceFor(play(...started, { type: 'pin-window', pinWindow: 'open' }))).toBeNull();
  });
});
