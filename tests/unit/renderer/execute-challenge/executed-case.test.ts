// The live case for a challenge made elsewhere: the same state, rail and guidance as a reset, except where a reset's
// answer would be wrong — the console cannot renew a pasted token nor make a fresh challenge.
import { describe, expect, it } from 'vitest';
import { pastedFieldProblems } from '../../../../src/renderer/execute-challenge/pasted-fields';
import {
  type LiveCaseState,
  liveCaseChoices,
  liveCaseReducer,
} from '../../../../src/renderer/live-case/live-case-state';
import { guidanceFor } from '../../../../src/renderer/live-case/outcome-guidance';
import { stepRail } from '../../../../src/renderer/live-case/step-rail';
import type { ChallengeUpdate, ExecutedSession } from '../../../../src/shared/flows/challenge-flow';

const executed: ExecutedSession = {
  caseId: 'c0ffee00-0000-4000-8000-000000000002',
  appId: 'app-1',
  userToken: 'token-1',
  encryptionKey: 'key-1',
  challengeId: 'challenge-1',
  tokenExpiresAt: '2026-11-27T05:00:00.000Z',
  userId: 'user-knows-pin',
  challengeType: 'CHANGE_PIN',
};

const environment = {
  environment: { id: 'local-emulator' as const, label: 'Local emulator' },
  appId: 'app-1',
  appIdProblem: null,
  notice: null,
  developerDetails: true,
  emulatorAddress: null,
  customerLanguage: 'en' as const,
};

const update = (fields: Partial<ChallengeUpdate>): ChallengeUpdate => ({
  caseId: executed.caseId,
  challengeId: executed.challengeId,
  status: 'IN_PROGRESS',
  errorCode: null,
  errorMessage: null,
  source: 'poll',
  at: '2026-11-27T04:01:00.000Z',
  pinAttempts: null,
  ...fields,
});

function play(...events: Parameters<typeof liveCaseReducer>[1][]): LiveCaseState {
  return events.reduce(liveCaseReducer, { phase: 'idle' } as LiveCaseState);
}

const running = [
  { type: 'start', flow: 'executed', userId: null, attemptId: 'attempt-1' },
  { type: 'session', session: executed },
  { type: 'pin-window', pinWindow: 'open' },
] as const;

const expired = { kind: 'error', code: 155104, message: 'The userToken had expired.' } as const;

describe('an executed challenge in the live case', () => {
  it('learns from main whom the token names and what the challenge is, and says so on the rail', () => {
    const state = play(...running);
    expect(state).toMatchObject({
      phase: 'active',
      flow: 'executed',
      userId: 'user-knows-pin',
      challengeType: 'CHANGE_PIN',
    });
    const [, token, challenge] = stepRail(environment, state, true);
    expect(token).toMatchObject({ title: 'User token', state: 'done' });
    expect(token?.detail).toMatch(/^Pasted user token for user-knows-pin → valid until /);
    expect(challenge?.detail).toBe('Made by your backend → challenge challenge-1 (CHANGE_PIN)');
  });

  it('asks for a new token when Circle’s window reports it expired, instead of renewing it', () => {
    const state = play(...running, { type: 'sdk-outcome', outcome: expired });
    expect(state).toMatchObject({ tokenRefused: { code: 155104, message: 'The userToken had expired.' } });
    expect(liveCaseChoices(state)).toEqual({
      retryStart: false,
      resume: false,
      freshChallenge: false,
      cancel: true,
      close: false,
    });
    expect(guidanceFor(state)).toMatchObject({
      code: 155104,
      nextStep: expect.stringMatching(/paste a new user token/),
    });
    expect(stepRail(environment, state, true)[1]).toMatchObject({ state: 'failed' });
  });

  it('asks for a new token when main says Circle refused it, and forgets the refusal once a new one runs', () => {
    const refused = play(...running, {
      type: 'token-refused',
      caseId: executed.caseId,
      refusal: { code: 155104, message: 'The userToken had expired.' },
    });
    expect(refused).toMatchObject({ tokenRefused: { code: 155104 } });
    const replaced = liveCaseReducer(refused, { type: 'session', session: { ...executed, userToken: 'token-2' } });
    expect(replaced).toMatchObject({ tokenRefused: null, pinWindow: 'loading', session: { userToken: 'token-2' } });
  });

  it('shows main’s refusal to reopen on a dead token as the same prompt', () => {
    const state = play(
      ...running,
      { type: 'pin-window', pinWindow: 'closed' },
      {
        type: 'problem',
        error: { code: 'token-refused', message: 'paste a new user token' },
      },
    );
    expect(state).toMatchObject({ tokenRefused: { code: null, message: 'paste a new user token' } });
  });

  it('a reset is never asked for a token: its own 155104 leaves no prompt', () => {
    const reset = play(
      { type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'attempt-1' },
      { type: 'session', session: executed },
      { type: 'sdk-outcome', outcome: expired },
    );
    expect(reset).toMatchObject({ tokenRefused: null });
    expect(guidanceFor(reset)?.nextStep).toMatch(/gets a new token by itself/);
  });

  it('offers Reopen, never a fresh challenge, when the customer closes the window', () => {
    const closed = play(...running, { type: 'sdk-outcome', outcome: { kind: 'closed' } });
    expect(liveCaseChoices(closed)).toEqual({
      retryStart: false,
      resume: true,
      freshChallenge: false,
      cancel: true,
      close: false,
    });
  });

  it("reports what Circle's window refused in Circle's words, with the code and a next step that fits", () => {
    const state = play(...running, {
      type: 'sdk-outcome',
      outcome: { kind: 'error', code: 155118, message: 'Encryption key does not match with the user’s token.' },
    });
    expect(guidanceFor(state)).toMatchObject({
      code: 155118,
      headline: expect.stringMatching(/^Encryption key does not match with the user's token/),
      nextStep: expect.stringMatching(/encryption key that came with this user token/),
    });
  });

  it('ends with guidance for the kind of challenge it was', () => {
    const complete = play(...running, { type: 'update', update: update({ status: 'COMPLETE' }) });
    expect(guidanceFor(complete)?.headline).toBe('The PIN was changed.');
    const wallet = play(
      { type: 'start', flow: 'executed', userId: null, attemptId: 'attempt-1' },
      { type: 'session', session: { ...executed, challengeType: 'CREATE_WALLET', userId: null } },
      { type: 'update', update: update({ status: 'COMPLETE' }) },
    );
    expect(guidanceFor(wallet)?.headline).toBe('Circle completed the CREATE_WALLET challenge.');
    expect(stepRail(environment, wallet, true)[1]?.detail).toMatch(/for a user the token does not name/);
    const locked = play(...running, { type: 'update', update: update({ status: 'FAILED', errorCode: 155119 }) });
    expect(guidanceFor(locked)).toMatchObject({
      code: 155119,
      nextStep: expect.stringMatching(/make a new one there/),
    });
  });

  it('offers Retry only where pasting the same again can succeed, and shows the step that failed', () => {
    const failed = play(
      { type: 'start', flow: 'executed', userId: null, attemptId: 'attempt-1' },
      {
        type: 'start-failed',
        error: { code: 'unknown-challenge', message: 'refused', circle: { code: 155116, status: 404 } },
      },
    );
    expect(liveCaseChoices(failed).retryStart).toBe(false);
    const unreachable = play(
      { type: 'start', flow: 'executed', userId: null, attemptId: 'attempt-1' },
      { type: 'start-failed', error: { code: 'circle-unreachable', message: 'no answer' } },
    );
    expect(liveCaseChoices(unreachable).retryStart).toBe(true);
    expect(stepRail(environment, failed, true).map((step) => step.state)).toEqual([
      'done',
      'done',
      'failed',
      'waiting',
      'waiting',
    ]);
  });
});

describe('the pasted fields before Execute', () => {
  const now = new Date('2026-11-27T10:00:00.000Z');

  it('names every field that is wrong, and only those', () => {
    expect(pastedFieldProblems({ userToken: 'x', encryptionKey: 'y', challengeId: 'z' }, now)).toEqual({
      userToken: expect.stringMatching(/JWTs/),
      encryptionKey: expect.stringMatching(/not an encryption key/),
      challengeId: expect.stringMatching(/UUID/),
    });
    expect(pastedFieldProblems({ challengeId: '0c6b5b1e-8a0e-4d8f-9f4e-2f0a6b1c9d3e' }, now)).toEqual({});
  });
});

describe('an execute Circle refused before the window opened', () => {
  it('asks for a new pasted token, never promising one from PIN Desk', () => {
    const failed = play(
      { type: 'start', flow: 'executed', userId: null, attemptId: 'attempt-1' },
      {
        type: 'start-failed',
        error: { code: 'token-refused', message: 'refused', circle: { code: 155104, status: 403 } },
      },
    );
    expect(guidanceFor(failed)?.nextStep).toMatch(/paste a new user token/);
    expect(stepRail(environment, failed, true)[1]).toMatchObject({ state: 'failed' });
  });
});
