import { describe, expect, it } from 'vitest';
import { planCircleWindowRefusal } from '../../../../src/renderer/live-case/circle-window-refusal';
import {
  type LiveCaseEvent,
  type LiveCaseState,
  liveCaseChoices,
  liveCaseReducer,
} from '../../../../src/renderer/live-case/live-case-state';
import { guidanceFor } from '../../../../src/renderer/live-case/outcome-guidance';
import { stepRail } from '../../../../src/renderer/live-case/step-rail';
import type { CircleWindowRefused } from '../../../../src/shared/contract/circle-window-refusal';
import type { HandedOverSession } from '../../../../src/shared/customer-screen/customer-screen';
import type { ChallengeSession, ExecutedSession } from '../../../../src/shared/flows/challenge-flow';

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const session: ChallengeSession = {
  caseId,
  appId: 'app-1',
  userToken: 'token-1',
  encryptionKey: 'key-1',
  challengeId: 'challenge-1',
  tokenExpiresAt: '2030-01-01T00:00:00.000Z',
};
const handedOver: HandedOverSession = {
  caseId,
  challengeId: 'challenge-1',
  tokenExpiresAt: '2030-01-01T00:00:00.000Z',
  shownOn: 'customer-screen',
};
const executed: ExecutedSession = { ...session, userId: 'dev-user', challengeType: 'CHANGE_PIN' };

const here: CircleWindowRefused = { shownOn: 'agent-window', caseId: null, destination: 'evil.example' };
const onCustomerScreen: CircleWindowRefused = { shownOn: 'customer-screen', caseId, destination: 'evil.example' };

function play(...events: LiveCaseEvent[]): LiveCaseState {
  return events.reduce(liveCaseReducer, { phase: 'idle' } as LiveCaseState);
}
const reset = (started: ChallengeSession | HandedOverSession = session) =>
  play(
    { type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'a' },
    { type: 'session', session: started },
    { type: 'pin-window', pinWindow: 'open' },
  );
/** The plan carried out as the controller does: its events, then the `closed` it reports. */
function refuse(state: LiveCaseState, refusal: CircleWindowRefused): LiveCaseState {
  const plan = planCircleWindowRefusal(refusal, state);
  const after = plan.events.reduce(liveCaseReducer, state);
  return plan.reportClosed ? liveCaseReducer(after, { type: 'sdk-outcome', outcome: { kind: 'closed' } }) : after;
}

describe('Circle’s window refused a page that is not Circle’s', () => {
  it('in this window: takes the window away and reports the case’s window closed, as the customer closing it', () => {
    expect(planCircleWindowRefusal(here, reset())).toEqual({
      removeWindow: true,
      reportClosed: caseId,
      events: [{ type: 'circle-window-refused', caseId, destination: 'evil.example' }],
    });
    expect(refuse(reset(), here)).toMatchObject({
      pinWindow: 'closed',
      sdkOutcome: { kind: 'closed' },
      refusedPage: 'evil.example',
    });
  });

  it('in this window while a start is on its way: drops the hidden window and reports nothing', () => {
    const starting = play({ type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'a' });
    expect(planCircleWindowRefusal(here, starting)).toEqual({ removeWindow: true, reportClosed: null, events: [] });
    // A case that has ended has nothing left to close.
    const ended = liveCaseReducer(reset(), {
      type: 'update',
      update: {
        caseId,
        challengeId: 'challenge-1',
        status: 'COMPLETE',
        errorCode: null,
        errorMessage: null,
        source: 'poll',
        at: '2030-01-01T00:00:00.000Z',
        pinAttempts: null,
      },
    });
    expect(planCircleWindowRefusal(here, ended)).toEqual({ removeWindow: true, reportClosed: null, events: [] });
  });

  it('on the customer screen: main closed and recorded it; the case on screen is told, nothing runs here', () => {
    const state = reset(handedOver);
    expect(planCircleWindowRefusal(onCustomerScreen, state)).toEqual({
      removeWindow: false,
      reportClosed: null,
      events: [{ type: 'circle-window-refused', caseId, destination: 'evil.example' }],
    });
    expect(planCircleWindowRefusal({ ...onCustomerScreen, caseId: 'another-case' }, state).events).toEqual([]);
    // The agent's own window runs nothing of the customer screen's case: a refusal "here" reports nothing for it.
    expect(planCircleWindowRefusal(here, state)).toEqual({ removeWindow: true, reportClosed: null, events: [] });
  });

  it('says why in words the agent can act on, and offers a fresh challenge instead of reopening this one', () => {
    const refused = refuse(reset(), here);
    expect(guidanceFor(refused)).toEqual({
      kind: 'action',
      headline: 'Circle’s window tried to open a page that is not Circle’s (evil.example), so PIN Desk closed it.',
      tellCustomer: 'The PIN window closed to keep you safe. We will open a new one for you.',
      nextStep: 'Start a fresh challenge. Settings → Diagnostics lists the page.',
      code: null,
    });
    expect(liveCaseChoices(refused)).toMatchObject({ resume: false, freshChallenge: true, cancel: true });
    // The customer closing it themselves may reopen it.
    const closed = liveCaseReducer(reset(), { type: 'sdk-outcome', outcome: { kind: 'closed' } });
    expect(liveCaseChoices(closed)).toMatchObject({ resume: true, freshChallenge: true });
    const rail = stepRail(null, refused, false).map((step) => step.detail);
    expect(rail).toContain('PIN Desk closed Circle’s PIN window: it tried to open evil.example.');
  });

  it('for an executed challenge, asks for a new one from the developer’s backend', () => {
    const state = play(
      { type: 'start', flow: 'executed', userId: null, attemptId: 'a' },
      { type: 'session', session: executed },
      { type: 'pin-window', pinWindow: 'open' },
    );
    const refused = refuse(state, here);
    expect(guidanceFor(refused)?.nextStep).toBe(
      'Cancel the case, make a new challenge in your backend and execute it. Settings → Diagnostics lists the page.',
    );
    expect(liveCaseChoices(refused)).toMatchObject({ resume: false, cancel: true });
  });

  it('is forgotten when the case gets a new session (a resumed or renewed window is Circle’s page again)', () => {
    const refused = refuse(reset(), here);
    const reopened = liveCaseReducer(refused, { type: 'session', session: { ...session, userToken: 'token-2' } });
    expect(reopened).toMatchObject({ refusedPage: null, pinWindow: 'loading' });
    expect(guidanceFor(reopened)).toBeNull();
  });
});
