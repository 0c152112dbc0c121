// Issue 24 §1 and §5: the case on screen has exactly one "Tell the customer" line in every state, and exactly the
// next step filled: Close case on every ended case, nothing while the customer is the one acting.
import { describe, expect, it } from 'vitest';
import { caseEndLine } from '../../../../src/renderer/customer/case-end-line';
import { controlPlan } from '../../../../src/renderer/live-case/case-controls';
import {
  type LiveCaseEvent,
  type LiveCaseState,
  liveCaseChoices,
  liveCaseReducer,
} from '../../../../src/renderer/live-case/live-case-state';
import { caseScript } from '../../../../src/renderer/live-case/progress-guidance';
import { stepRail } from '../../../../src/renderer/live-case/step-rail';
import type { ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';

const session = {
  caseId: 'c0ffee00-0000-4000-8000-000000000001',
  appId: 'app',
  userToken: 'token',
  encryptionKey: 'key',
  challengeId: 'challenge-1',
  tokenExpiresAt: '2026-11-27T10:00:00Z',
};
const start = (flow: 'reset' | 'recovery' = 'reset'): LiveCaseEvent[] => [
  { type: 'start', flow, userId: 'user-knows-pin', attemptId: 'a' },
  { type: 'session', session },
];
const update = (fields: Partial<ChallengeUpdate>): LiveCaseEvent => ({
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
});
const play = (...events: LiveCaseEvent[]) => events.reduce(liveCaseReducer, { phase: 'idle' } as LiveCaseState);
const plan = (state: LiveCaseState) => controlPlan(liveCaseChoices(state), state);
const followed = play({
  type: 'followed',
  followed: {
    caseId: session.caseId,
    userId: 'user-knows-pin',
    challenge: { id: 'challenge-1', type: 'CHANGE_PIN', status: 'PENDING', errorCode: null, errorMessage: null },
  },
});

const states: [string, LiveCaseState, string | null][] = [
  ['starting', play(start()[0] as LiveCaseEvent), null],
  ['window open', play(...start(), { type: 'pin-window', pinWindow: 'open' }), null],
  [
    'wrong PIN in the window',
    play(...start(), { type: 'sdk-outcome', outcome: { kind: 'error', code: 155112, message: 'x' } }),
    null,
  ],
  ['customer closed the window', play(...start(), { type: 'sdk-outcome', outcome: { kind: 'closed' } }), 'resume'],
  ['done', play(...start(), update({ status: 'COMPLETE' })), 'close'],
  ['PIN locked', play(...start(), update({ status: 'FAILED', errorCode: 155119 })), 'close'],
  ['expired', play(...start(), update({ status: 'EXPIRED' })), 'close'],
  ['failed without a code', play(...start(), update({ status: 'FAILED' })), 'close'],
  ['recovery running', play(...start('recovery'), { type: 'pin-window', pinWindow: 'open' }), null],
  ['following', followed, null],
  [
    'a start main refused',
    play(start()[0] as LiveCaseEvent, { type: 'start-failed', error: { code: 'pin-locked', message: 'locked' } }),
    'close',
  ],
  [
    'a start Circle failed (passing)',
    play(start()[0] as LiveCaseEvent, {
      type: 'start-failed',
      error: { code: 'challenge-failed', message: 'x', circle: { code: 500, status: 500 } },
    }),
    'retry',
  ],
];

describe('the case on screen', () => {
  it.each(states)('%s: one script, and the next step filled (%s)', (_name, state, primary) => {
    const script = caseScript(state);
    expect(script?.tellCustomer).toBeTruthy();
    expect(plan(state).primary).toBe(primary);
  });

  it('while running, the script is the flow’s own: recovery after "Forgot PIN?", the app while following', () => {
    expect(caseScript(play(...start('recovery')))?.tellCustomer).toContain('answer your security questions');
    expect(caseScript(followed)?.tellCustomer).toMatch(/^In your app/);
    expect(caseScript(play(...start()))?.kind).toBe('progress');
  });

  it('a reset that ended with the PIN locked offers account recovery, not a fresh reset that would meet the lock', () => {
    const locked = plan(play(...start(), update({ status: 'FAILED', errorCode: 155119 })));
    expect(locked.shown).toEqual(['recovery', 'close']);
    const answersLocked = plan(play(...start('recovery'), update({ status: 'FAILED', errorCode: 155120 })));
    expect(answersLocked.shown).toEqual(['close']);
    expect(plan(play(...start(), update({ status: 'EXPIRED' }))).shown).toEqual(['fresh', 'close']);
  });

  it('after the try that locked the PIN, the steps never say a try is left', () => {
    const attempts = { failedAttempts: 3, attemptsLeft: 1, lockedExpiryDate: null };
    const typing = play(...start(), update({ pinAttempts: attempts }));
    expect(JSON.stringify(stepRail(null, typing))).toContain('1 try left');
    const locked = play(...start(), update({ pinAttempts: attempts }), update({ status: 'FAILED', errorCode: 155119 }));
    expect(JSON.stringify(stepRail(null, locked))).not.toContain('left before');
    const done = play(...start(), update({ pinAttempts: attempts }), update({ status: 'COMPLETE' }));
    expect(JSON.stringify(stepRail(null, done))).not.toContain('left before');
  });

  it('a start refused for a redirect: its own plain script, and no Retry (it needs the base URL fixed)', () => {
    const redirected = play(start()[0] as LiveCaseEvent, {
      type: 'start-failed',
      error: { code: 'redirect-refused', message: 'PIN Desk stopped while looking up the customer: …' },
    });
    expect(caseScript(redirected)?.nextStep).toMatch(/base URL in Settings/);
    expect(plan(redirected)).toMatchObject({ shown: ['close'], primary: 'close' });
  });

  it('Cancel case asks first (Circle has no cancel); Stop following does not (the challenge goes on in the app)', () => {
    expect(plan(play(...start()))).toMatchObject({ cancelWords: 'Cancel case', cancelAsks: true });
    expect(plan(followed)).toMatchObject({ cancelWords: 'Stop following', cancelAsks: false });
  });
});

describe('the line under User ID once a case is put away', () => {
  it('closed after Done: which case, and that it is done', () => {
    expect(caseEndLine(play(...start(), update({ status: 'COMPLETE' })), 'closed')).toBe(
      'Case closed: PIN reset for user-knows-pin, done.',
    );
  });

  it('cancelled: how far it got, and what becomes of its challenge', () => {
    const line = caseEndLine(play(...start(), { type: 'pin-window', pinWindow: 'open' }), 'cancelled');
    expect(line).toBe(
      'Case cancelled: PIN reset for user-knows-pin, stopped at “Customer enters PIN”. Its challenge stays open at Circle until it expires; nobody here can use it.',
    );
  });

  it('stopped following: the challenge goes on in the customer’s app', () => {
    expect(caseEndLine(followed, 'cancelled')).toBe(
      'Stopped following user-knows-pin’s own challenge; it goes on in their app.',
    );
  });

  it('nothing on screen: nothing to say', () => {
    expect(caseEndLine({ phase: 'idle' }, 'closed')).toBeNull();
  });
});
