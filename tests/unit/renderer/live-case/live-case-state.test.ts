import { describe, expect, it } from 'vitest';
import {
  isExpiry,
  type LiveCaseState,
  liveCaseChoices,
  liveCaseReducer,
} from '../../../../src/renderer/live-case/live-case-state';
import { guidanceFor } from '../../../../src/renderer/live-case/outcome-guidance';
import { stepRail } from '../../../../src/renderer/live-case/step-rail';
import type { ChallengeSession, ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';

const session: ChallengeSession = {
  caseId: 'c0ffee00-0000-4000-8000-000000000001',
  appId: 'app-1',
  userToken: 'token-1',
  encryptionKey: 'key-1',
  challengeId: 'challenge-1',
  tokenExpiresAt: '2026-11-27T05:00:00.000Z',
};

const update = (fields: Partial<ChallengeUpdate>): ChallengeUpdate => ({
  caseId: session.caseId,
  challengeId: session.challengeId,
  status: 'IN_PROGRESS',
  errorCode: null,
  errorMessage: null,
  source: 'poll',
  at: '2026-11-27T04:01:00.000Z',
  pinAttempts: null,
  ...fields,
});

const environment = {
  environment: { id: 'local-emulator' as const, label: 'Local emulator' },
  appId: 'app-1',
  appIdProblem: null,
  notice: null,
  developerDetails: true,
  emulatorAddress: null,
  customerLanguage: 'en' as const,
};

/** The rail as a developer sees it (every step, with requests). */
const devRail = (state: LiveCaseState) => stepRail(environment, state, true);
/** The rail in an agent's words. */
const agentRail = (state: LiveCaseState) => stepRail(environment, state, false);
const none = { retryStart: false, resume: false, freshChallenge: false, cancel: false, close: false };

function play(...events: Parameters<typeof liveCaseReducer>[1][]): LiveCaseState {
  return events.reduce(liveCaseReducer, { phase: 'idle' } as LiveCaseState);
}

const started = [
  { type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'attempt-1' },
  { type: 'session', session },
] as const;

describe('the reset state', () => {
  it('walks start → session → window open → COMPLETE, and the rail follows', () => {
    const state = play(
      ...started,
      { type: 'pin-window', pinWindow: 'open' },
      { type: 'update', update: update({ status: 'IN_PROGRESS' }) },
      { type: 'sdk-outcome', outcome: { kind: 'complete', status: 'COMPLETE' } },
      { type: 'update', update: update({ status: 'COMPLETE' }) },
    );
    expect(state).toMatchObject({ phase: 'active', status: 'COMPLETE', pinWindow: 'gone' });
    expect(liveCaseChoices(state)).toEqual({ ...none, close: true });
    expect(devRail(state).map((step) => step.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(agentRail(state).map((step) => [step.title, step.state])).toEqual([
      ['Account check', 'done'],
      ['Secure session', 'done'],
      ['Customer enters PIN', 'done'],
      ['Result', 'done'],
    ]);
  });

  it('in an agent’s words, shows no endpoint, idempotency key or notification source', () => {
    const state = play(
      ...started,
      { type: 'pin-window', pinWindow: 'open' },
      { type: 'update', update: update({ status: 'COMPLETE', source: 'notification' }) },
    );
    const agentText = JSON.stringify(agentRail(state));
    for (const developerWord of ['/v1/w3s', 'idempotency', 'verified notification', 'App ID']) {
      expect(agentText).not.toContain(developerWord);
    }
    const devText = JSON.stringify(devRail(state));
    for (const developerWord of ['/v1/w3s', 'verified notification', 'App ID'])
      expect(devText).toContain(developerWord);
  });

  it('ignores stale statuses and updates for other cases', () => {
    const state = play(
      ...started,
      { type: 'update', update: update({ status: 'COMPLETE', source: 'notification' }) },
      { type: 'update', update: update({ status: 'IN_PROGRESS' }) },
      { type: 'update', update: update({ caseId: 'another-case', status: 'FAILED' }) },
    );
    expect(state).toMatchObject({ status: 'COMPLETE', statusSource: 'notification' });
  });

  it('offers resume and a fresh challenge when the customer closes the window mid-way', () => {
    const state = play(...started, { type: 'sdk-outcome', outcome: { kind: 'closed' } });
    expect(state).toMatchObject({ pinWindow: 'closed' });
    expect(liveCaseChoices(state)).toEqual({ ...none, resume: true, freshChallenge: true, cancel: true });
    expect(devRail(state)[4]?.detail).toContain('closed the PIN window');
  });

  it('offers a fresh challenge, not a resume, once a challenge FAILED or EXPIRED', () => {
    for (const status of ['FAILED', 'EXPIRED'] as const) {
      const state = play(...started, { type: 'update', update: update({ status, errorCode: 155119 }) });
      expect(liveCaseChoices(state)).toMatchObject({ resume: false, freshChallenge: true, cancel: false, close: true });
      expect(devRail(state)[5]).toMatchObject({ state: 'failed' });
    }
  });

  it('shows wrong PIN attempts in the PIN step', () => {
    const state = play(
      ...started,
      { type: 'pin-window', pinWindow: 'open' },
      {
        type: 'update',
        update: update({ pinAttempts: { failedAttempts: 1, attemptsLeft: 3, lockedExpiryDate: null } }),
      },
    );
    expect(devRail(state)[4]?.detail).toContain('Wrong PIN entered 1 time; 3 tries left');
    expect(agentRail(state)[2]?.detail).toContain('Wrong PIN entered 1 time; 3 tries left');
  });

  it('marks the step a start failed at, with Circle’s code, and offers a retry of the same attempt', () => {
    const state = play(
      { type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'attempt-1' },
      {
        type: 'start-failed',
        error: {
          code: 'challenge-failed',
          message: 'Circle refused creating the challenge',
          circle: { code: 500, status: 500 },
        },
      },
    );
    const rail = devRail(state);
    expect(rail.map((step) => step.state)).toEqual(['done', 'done', 'done', 'failed', 'waiting', 'waiting']);
    expect(rail[3]?.detail).toContain('Circle code 500');
    expect(agentRail(state).map((step) => step.state)).toEqual(['done', 'failed', 'waiting', 'waiting']);
    expect(liveCaseChoices(state).retryStart).toBe(true);
    expect(state).toMatchObject({ attemptId: 'attempt-1' });
  });

  it('shows a start main refused as a failed account check, said once, with no Retry that cannot help', () => {
    const state = play(
      { type: 'start', flow: 'reset', userId: 'nobody-by-this-id', attemptId: 'attempt-1' },
      {
        type: 'start-failed',
        error: {
          code: 'unknown-user',
          message: 'Circle has no user "nobody-by-this-id" in this environment.',
          circle: { code: 155102, status: 404 },
        },
      },
    );
    const rail = agentRail(state);
    expect(rail.map((step) => [step.title, step.state])).toEqual([
      ['Account check', 'failed'],
      ['Secure session', 'waiting'],
      ['Customer enters PIN', 'waiting'],
      ['Result', 'waiting'],
    ]);
    expect(JSON.stringify(rail)).not.toContain('no user');
    expect(liveCaseChoices(state)).toEqual({ ...none, close: true });
  });

  it('keeps the case when a resume fails, and shows the problem', () => {
    const state = play(...started, { type: 'problem', error: { code: 'token-failed', message: 'no token' } });
    expect(state).toMatchObject({ phase: 'active', problem: { code: 'token-failed' } });
  });
});

describe('a run of Circle’s window with several callbacks', () => {
  const error = (code: number) =>
    ({ type: 'sdk-outcome', outcome: { kind: 'error', code, message: `e${code}` } }) as const;
  const open = { type: 'pin-window', pinWindow: 'open' } as const;

  it('wrong PIN, then the right one: the window stays open on the error, and the guidance ends on success', () => {
    const afterError = play(...started, open, error(155112));
    expect(afterError).toMatchObject({ pinWindow: 'open', sdkOutcome: { code: 155112 } });
    expect(guidanceFor(afterError)?.code).toBe(155112);
    expect(liveCaseChoices(afterError)).toMatchObject({ resume: false, freshChallenge: false, cancel: true });
    const done = play(
      ...started,
      open,
      error(155112),
      { type: 'sdk-outcome', outcome: { kind: 'complete', status: 'COMPLETE' } },
      { type: 'update', update: update({ status: 'COMPLETE' }) },
    );
    expect(guidanceFor(done)).toMatchObject({ headline: 'The PIN was changed.', code: null });
  });

  it('the guidance always shows the latest error', () => {
    const state = play(...started, open, error(155112), error(155704), error(155703));
    expect(guidanceFor(state)?.code).toBe(155703);
    expect(devRail(state)[4]?.detail).toContain('155703');
  });

  it('main’s status has the last word: a lock Circle reports is shown, whatever the window said before', () => {
    const state = play(...started, open, error(155112), error(155112), {
      type: 'update',
      update: update({ status: 'FAILED', errorCode: 155119 }),
    });
    expect(guidanceFor(state)?.code).toBe(155119);
    const closedAfter = play(
      ...started,
      open,
      error(155119),
      { type: 'update', update: update({ status: 'FAILED', errorCode: 155119 }) },
      { type: 'pin-window', pinWindow: 'gone' },
    );
    expect(guidanceFor(closedAfter)?.code).toBe(155119);
    expect(liveCaseChoices(closedAfter)).toMatchObject({ resume: false, freshChallenge: true });
  });

  it('an unknown status is shown as it came, and the case stays open for it', () => {
    const state = play(...started, open, { type: 'update', update: update({ status: 'AWAITING_REVIEW' }) });
    expect(state).toMatchObject({ status: 'AWAITING_REVIEW' });
    expect(liveCaseChoices(state)).toMatchObject({ cancel: true });
    expect(devRail(state)[5]?.detail).toContain('AWAITING_REVIEW');
    const later = liveCaseReducer(state, { type: 'update', update: update({ status: 'COMPLETE' }) });
    expect(later).toMatchObject({ status: 'COMPLETE' });
  });

  it('a token error after other errors: the resumed session opens the same case afresh', () => {
    const state = play(...started, open, error(155112), error(155104), {
      type: 'session',
      session: { ...session, userToken: 'token-2' },
    });
    expect(state).toMatchObject({
      phase: 'active',
      caseId: session.caseId,
      pinWindow: 'loading',
      sdkOutcome: null,
      session: { userToken: 'token-2' },
    });
  });

  it('knows an expiry in both of Circle’s words', () => {
    expect(isExpiry({ status: 'EXPIRED', errorCode: null })).toBe(true);
    expect(isExpiry({ status: 'FAILED', errorCode: 155121 })).toBe(true);
    expect(isExpiry({ status: 'FAILED', errorCode: 155119 })).toBe(false);
    const state = play(...started, { type: 'update', update: update({ status: 'FAILED', errorCode: 155121 }) });
    expect(guidanceFor(state)?.headline).toContain('expired');
  });
});

describe('a followed challenge', () => {
  const followed = {
    caseId: 'c0ffee00-0000-4000-8000-000000000002',
    userId: 'user-knows-pin',
    challenge: {
      id: 'challenge-9',
      type: 'CHANGE_PIN',
      status: 'IN_PROGRESS' as const,
      errorCode: null,
      errorMessage: null,
    },
  };

  it('has no SDK session, starts from the challenge as found, and can only be stopped', () => {
    const state = play({ type: 'followed', followed });
    expect(state).toMatchObject({ phase: 'active', flow: 'followed', session: null, status: 'IN_PROGRESS' });
    expect(liveCaseChoices(state)).toEqual({ ...none, cancel: true });
    const rail = devRail(state);
    expect(rail[3]?.detail).toContain('Following the customer’s challenge challenge-9');
    expect(rail[4]?.title).toBe('Customer works in their app');
  });

  it('follows updates to COMPLETE like the console’s own flows', () => {
    const state = play(
      { type: 'followed', followed },
      { type: 'update', update: update({ caseId: followed.caseId, challengeId: 'challenge-9', status: 'COMPLETE' }) },
    );
    expect(state).toMatchObject({ status: 'COMPLETE' });
    expect(devRail(state).map((step) => step.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
  });
});

describe('a recovery', () => {
  it('names its own request and what the customer does', () => {
    const state = play(
      { type: 'start', flow: 'recovery', userId: 'user-pin-locked', attemptId: 'attempt-2' },
      {
        type: 'session',
        session,
      },
    );
    const rail = devRail(state);
    expect(rail[3]?.detail).toContain('POST /v1/w3s/user/pin/restore');
    expect(rail[4]?.title).toBe('Customer answers and sets a PIN');
    expect(agentRail(state)[2]?.title).toBe('Customer answers and sets a PIN');
  });
});
