import type { CustomerScreenEvent } from '../../shared/customer-screen/customer-screen';
import type { LiveCaseEvent, LiveCaseState } from './live-case-state';

/**
 * What happened on the customer screen, as the live case's own events: the same ones Circle's window in this window
 * would cause, for the case on screen only. "Forgot PIN?" there moves this view to the recovery main opened.
 */
export function liveCaseEventsOf(
  event: CustomerScreenEvent,
  state: LiveCaseState,
  newAttemptId: () => string,
): LiveCaseEvent[] {
  if (event.type === 'status' || state.phase !== 'active') return [];
  switch (event.type) {
    case 'window':
      if (event.caseId !== state.caseId) return [];
      return [{ type: 'pin-window', pinWindow: event.window }];
    case 'sdk-outcome':
      return event.caseId === state.caseId ? [{ type: 'sdk-outcome', outcome: event.outcome }] : [];
    case 'session':
      return event.session.caseId === state.caseId ? [{ type: 'session', session: event.session }] : [];
    case 'moved-to-recovery':
      if (event.fromCaseId !== state.caseId) return [];
      return [
        { type: 'start', flow: 'recovery', userId: event.userId, attemptId: newAttemptId() },
        { type: 'session', session: event.session },
      ];
    case 'recovery-failed':
      if (event.fromCaseId !== state.caseId) return [];
      return [
        { type: 'start', flow: 'recovery', userId: event.userId, attemptId: newAttemptId() },
        { type: 'start-failed', error: event.error },
      ];
  }
}
