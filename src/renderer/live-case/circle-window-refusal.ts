import type { CircleWindowRefused } from '../../shared/contract/circle-window-refusal';
import { isHandedOver } from '../../shared/customer-screen/customer-screen';
import { isFinished, type LiveCaseEvent, type LiveCaseState } from './live-case-state';

/** What the agent's window does when main says Circle's window left Circle's page (`liveCase:circleWindowRefused`). */
export interface CircleWindowRefusalPlan {
  /** Take Circle's window off this window's page: the one running, or the one loading while a start is on its way. */
  removeWindow: boolean;
  /** The case whose window to report `closed` to main, as when the customer closes it; null when main has. */
  reportClosed: string | null;
  events: LiveCaseEvent[];
}

const nothing: CircleWindowRefusalPlan = { removeWindow: false, reportClosed: null, events: [] };

/**
 * Treated like the customer closing Circle's window — the case records `closed` — and the state keeps where the
 * window tried to go, so the guidance says why and offers a fresh challenge rather than reopening this one.
 * - In this window: Circle's window goes whatever the case, and the case in progress, if running here, reports it.
 *   While a start is on its way nothing is reported: its hidden window is dropped and loaded afresh for the session.
 * - On the customer screen: main has recorded it and taken the window away; this only tells the case on screen.
 */
export function planCircleWindowRefusal(refusal: CircleWindowRefused, state: LiveCaseState): CircleWindowRefusalPlan {
  const running = state.phase === 'active' && !isFinished(state.status) ? state : null;
  const refused = (caseId: string): LiveCaseEvent[] => [
    { type: 'circle-window-refused', caseId, destination: refusal.destination },
  ];
  if (refusal.shownOn === 'customer-screen') {
    if (!running || refusal.caseId !== running.caseId) return nothing;
    return { ...nothing, events: refused(running.caseId) };
  }
  const here = running?.session && !isHandedOver(running.session) ? running : null;
  if (!here) return { ...nothing, removeWindow: true };
  return { removeWindow: true, reportClosed: here.caseId, events: refused(here.caseId) };
}
