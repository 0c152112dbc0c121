import { describe, expect, it } from 'vitest';
import { liveCaseEventsOf } from '../../../../src/renderer/live-case/customer-screen-events';
import { type LiveCaseState, liveCaseReducer } from '../../../../src/renderer/live-case/live-case-state';
import type { CustomerScreenEvent, HandedOverSession } from '../../../../src/shared/customer-screen/customer-screen';

const handedOver = (caseId: string): HandedOverSession => ({
  caseId,
  challengeId: `challenge-${caseId}`,
  tokenExpiresAt: '2030-01-01T00:00:00.000Z',
  shownOn: 'customer-screen',
});

/** A reset handed over to the customer screen, as the agent's window holds it. */
function resetOnTheCustomerScreen(): LiveCaseState {
  const starting = liveCaseReducer(
    { phase: 'idle' },
    { type: 'start', flow: 'reset', userId: 'user-knows-pin', attemptId: 'a' },
  );
  return liveCaseReducer(starting, { type: 'session', session: handedOver('reset-case') });
}

function apply(state: LiveCaseState, events: CustomerScreenEvent[]): LiveCaseState {
  return events.reduce(
    (current, event) => liveCaseEventsOf(event, current, () => 'new-attempt').reduce(liveCaseReducer, current),
    state,
  );
}

describe('the customer screen, as the agent’s live case sees it', () => {
  it('waits for the customer’s window, then shows it open, the errors it reported, and its closing', () => {
    const state = resetOnTheCustomerScreen();
    expect(state).toMatchObject({ phase: 'active', pinWindow: 'loading', session: { shownOn: 'customer-screen' } });
    const open = apply(state, [{ type: 'window', caseId: 'reset-case', window: 'open' }]);
    expect(open).toMatchObject({ pinWindow: 'open' });
    const wrongPin = apply(open, [
      { type: 'sdk-outcome', caseId: 'reset-case', outcome: { kind: 'error', code: 155112, message: 'wrong' } },
    ]);
    expect(wrongPin).toMatchObject({ pinWindow: 'open', sdkOutcome: { code: 155112 } });
    const closed = apply(wrongPin, [{ type: 'sdk-outcome', caseId: 'reset-case', outcome: { kind: 'closed' } }]);
    expect(closed).toMatchObject({ pinWindow: 'closed' });
  });

  it('ignores what is about another case, and the status events (the status hook reads those)', () => {
    const state = resetOnTheCustomerScreen();
    expect(liveCaseEventsOf({ type: 'window', caseId: 'other', window: 'open' }, state, () => 'x')).toEqual([]);
    expect(
      liveCaseEventsOf({ type: 'status', status: { on: true, placedOn: null, notice: null } }, state, () => 'x'),
    ).toEqual([]);
  });

  it('takes a renewed session for the same case without losing it', () => {
    const renewed = apply(resetOnTheCustomerScreen(), [{ type: 'session', session: handedOver('reset-case') }]);
    expect(renewed).toMatchObject({ phase: 'active', caseId: 'reset-case', pinWindow: 'loading' });
  });

  it('moves to the recovery main opened after "Forgot PIN?" there, or says it did not start', () => {
    const moved = apply(resetOnTheCustomerScreen(), [
      {
        type: 'moved-to-recovery',
        fromCaseId: 'reset-case',
        userId: 'user-knows-pin',
        session: handedOver('recovery-case'),
      },
    ]);
    expect(moved).toMatchObject({
      phase: 'active',
      flow: 'recovery',
      caseId: 'recovery-case',
      userId: 'user-knows-pin',
    });
    const failed = apply(resetOnTheCustomerScreen(), [
      {
        type: 'recovery-failed',
        fromCaseId: 'reset-case',
        userId: 'user-knows-pin',
        error: { code: 'answers-locked', message: 'Answers are locked.' },
      },
    ]);
    expect(failed).toMatchObject({ phase: 'start-failed', flow: 'recovery', error: { code: 'answers-locked' } });
  });
});
