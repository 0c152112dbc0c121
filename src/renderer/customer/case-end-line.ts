// What the agent reads under User ID once a case is put away (Close case, Cancel case, New customer): which case,
// how it ended, and for a cancelled one how far it got and what becomes of its challenge. Pure.
import { isFinished, type LiveCaseState } from '../live-case/live-case-state';
import { railSteps } from '../live-case/step-rail-steps';

export type Ending = 'closed' | 'cancelled';

const caseNames = {
  reset: 'PIN reset',
  recovery: 'account recovery',
  followed: 'following',
  executed: 'challenge made elsewhere',
} as const;

const endedWords: Readonly<Record<string, string>> = {
  COMPLETE: 'done',
  FAILED: 'it did not complete',
  EXPIRED: 'it expired',
};

/** The last step the case reached, in the agent's words ("Customer enters PIN"). */
function reachedStep(state: LiveCaseState): string | null {
  // Only the steps' titles and states are read: no words for a window's error are needed.
  const steps = railSteps(null, state, false, () => '');
  const reached = steps.filter((step) => step.state !== 'waiting');
  return reached.at(-1)?.title ?? null;
}

export function caseEndLine(state: LiveCaseState, ending: Ending): string | null {
  if (state.phase === 'idle' || state.phase === 'cancelled') return null;
  const userId = state.userId ?? 'a user the token does not name';
  if (state.phase === 'follow-failed') return `Closed: the challenge of ${userId} was not followed.`;
  const name = caseNames[state.flow];
  const what = state.flow === 'followed' ? `following ${userId}’s own challenge` : `${name} for ${userId}`;
  if (state.phase === 'start-failed') return `Closed: the ${name} for ${userId} did not start.`;
  if (state.phase === 'starting') return `Case cancelled: ${what}, while it was starting.`;
  if (state.phase === 'active' && isFinished(state.status) && ending === 'closed') {
    return `Case closed: ${what}, ${endedWords[state.status] ?? 'ended'}.`;
  }
  if (state.phase === 'active' && state.flow === 'followed') {
    return `Stopped ${what}; it goes on in their app.`;
  }
  const step = reachedStep(state);
  const stoppedAt = step ? `, stopped at “${step}”` : '';
  return `Case cancelled: ${what}${stoppedAt}. Its challenge stays open at Circle until it expires; nobody here can use it.`;
}
