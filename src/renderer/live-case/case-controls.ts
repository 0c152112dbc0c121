// The case's buttons and the one that is the next step (filled): Retry where a start can still succeed, Reopen when
// the customer closed the window, Close case on every ended case, a fresh challenge when nothing else leads. While
// the customer is typing (or working in their app) nothing is filled: the next step is theirs. Pure.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { isFinished, type LiveCaseChoices, type LiveCaseState } from './live-case-state';

/** `recovery`: a reset that ended with the PIN locked moves to account recovery for the same customer. */
export type CaseControl = 'retry' | 'resume' | 'fresh' | 'recovery' | 'cancel' | 'close';

export interface ControlPlan {
  shown: CaseControl[];
  primary: CaseControl | null;
  /** "Stop following" for a customer's own challenge (nothing is lost), "Cancel case" otherwise (asks first). */
  cancelWords: 'Stop following' | 'Cancel case';
  /** Cancel case explains what really happens first: Circle has no cancel. */
  cancelAsks: boolean;
}

const order: readonly CaseControl[] = ['retry', 'resume', 'fresh', 'recovery', 'cancel', 'close'];
const leads: readonly CaseControl[] = ['retry', 'resume', 'close', 'fresh'];

/** The lock a case ended with, if it did: a fresh challenge of the same flow would meet the same lock. */
function endedLocked(state: LiveCaseState): 'pin' | 'answers' | null {
  if (state.phase !== 'active' || !isFinished(state.status)) return null;
  const code = state.errorCode ?? (state.sdkOutcome?.kind === 'error' ? state.sdkOutcome.code : null);
  if (code === circleErrorCodes.pinLocked) return 'pin';
  return code === circleErrorCodes.answersLocked ? 'answers' : null;
}

export function controlPlan(choices: LiveCaseChoices, state: LiveCaseState): ControlPlan {
  const locked = endedLocked(state);
  const on: Record<CaseControl, boolean> = {
    // A redirect from the base URL fails the same way until the URL (or what is in front of Circle) is fixed.
    retry: choices.retryStart && !(state.phase === 'start-failed' && state.error.code === 'redirect-refused'),
    resume: choices.resume,
    fresh: choices.freshChallenge && locked === null,
    recovery: locked === 'pin' && state.phase === 'active' && state.flow === 'reset',
    cancel: choices.cancel,
    close: choices.close,
  };
  const shown = order.filter((control) => on[control]);
  const following = state.phase === 'active' && state.flow === 'followed';
  return {
    shown,
    primary: leads.find((control) => on[control]) ?? null,
    cancelWords: following ? 'Stop following' : 'Cancel case',
    cancelAsks: !following,
  };
}
