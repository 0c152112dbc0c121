// What to tell the customer while a case runs and nothing has gone wrong: the flow's own words (after "Forgot PIN?"
// the recovery's; while following, the customer's own app, not "the window that opens"). With the outcome guidance,
// the case on screen always has exactly one "Tell the customer" line. Pure.
import { isHandedOver } from '../../shared/customer-screen/customer-screen';
import type { LiveCaseState } from './live-case-state';
import { isFinished } from './live-case-state';
import { type Guidance, guidanceFor } from './outcome-guidance';

const flowWords = {
  reset: {
    headline: 'PIN reset in progress.',
    tellCustomer: 'In the PIN window, type your current PIN, then your new PIN twice. I will not see the digits.',
  },
  recovery: {
    headline: 'Account recovery in progress.',
    tellCustomer: 'In the PIN window, answer your security questions, then choose a new PIN twice.',
  },
  followed: {
    headline: 'Following the customer’s own app.',
    tellCustomer:
      'In your app, follow the steps to change your PIN. I can see how it is going from here, never your PIN.',
  },
  executed: {
    headline: 'Executing a challenge made elsewhere.',
    tellCustomer: 'In the PIN window, follow the steps. I will not see the digits.',
  },
} as const;

function nextStepWhileRunning(state: LiveCaseState): string {
  if (state.phase === 'starting') return 'Circle’s PIN window opens in a moment.';
  if (state.phase !== 'active') return '';
  if (state.flow === 'followed')
    return 'Wait while they work in their app; the steps follow it as Circle reports them.';
  const there = state.session && isHandedOver(state.session) ? ' on the customer screen' : '';
  if (state.pinWindow === 'open') return `Wait while the customer types${there}: you never see what they type.`;
  return `Circle’s PIN window is opening${there}.`;
}

/** The case's guidance while it runs with nothing to explain; null when the outcome guidance speaks, or no case. */
export function progressGuidance(state: LiveCaseState): Guidance | null {
  const running = state.phase === 'starting' || (state.phase === 'active' && !isFinished(state.status));
  if (!running) return null;
  const words = flowWords[state.flow];
  return {
    kind: 'progress',
    headline: words.headline,
    tellCustomer: words.tellCustomer,
    nextStep: nextStepWhileRunning(state),
    code: null,
  };
}

/** A challenge that ended without Circle saying why (FAILED with no code). */
function endedWithoutReason(state: LiveCaseState): Guidance | null {
  if (state.phase !== 'active' || !isFinished(state.status)) return null;
  return {
    kind: 'failure',
    headline: 'The challenge did not complete.',
    tellCustomer: 'That attempt did not go through. We can start a fresh one now.',
    nextStep: 'Start a fresh challenge, or close the case.',
    code: null,
  };
}

/** The one script of the case on screen: what happened and what to do about it, else how it is going. */
export function caseScript(state: LiveCaseState): Guidance | null {
  return guidanceFor(state) ?? progressGuidance(state) ?? endedWithoutReason(state);
}
