// What happened, what to tell the customer and what to do next, for the case in front of the agent. Pure.
import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { executedCompletion, forExecuted } from '../execute-challenge/executed-guidance';
import { type ActiveCase, isFinished, type LiveCaseState } from './live-case-state';

/** Told apart at a glance: by colour, and by an icon and a heading word. `progress`: running, nothing to explain. */
export type OutcomeKind = 'success' | 'action' | 'failure' | 'progress';

export const outcomeHeadings: Record<OutcomeKind, { word: string; icon: string }> = {
  success: { word: 'Done', icon: '✓' },
  action: { word: 'Action needed', icon: '!' },
  failure: { word: 'Failed', icon: '✕' },
  progress: { word: 'In progress', icon: '…' },
};

export interface Guidance {
  kind: OutcomeKind;
  /** null when the same words are already on screen (a start main refused says its reason once, in the alert). */
  headline: string | null;
  tellCustomer: string;
  nextStep: string;
  code: number | null;
}

/** Main's refusals after its account check, as the Circle code whose advice fits them. */
const refusalCodes: Record<string, number> = {
  'unknown-user': circleErrorCodes.userNotFound,
  'account-disabled': circleErrorCodes.userDisabled,
  'pin-not-set': circleErrorCodes.pinNotSet,
  'pin-locked': circleErrorCodes.pinLocked,
  'no-security-questions': circleErrorCodes.securityQuestionsNotSet,
  'answers-locked': circleErrorCodes.answersLocked,
};

/** The customer can still get there: wait for an unlock, reopen the window, fix an entry, start a fresh challenge. */
const actionCodes: readonly number[] = [
  circleErrorCodes.pinLocked,
  circleErrorCodes.answersLocked,
  circleErrorCodes.customerCancelled,
  circleErrorCodes.challengeExpired,
  circleErrorCodes.wrongPin,
  circleErrorCodes.wrongAnswers,
  circleErrorCodes.pinMismatch,
  circleErrorCodes.weakPin,
];

function kindOf(code: number): OutcomeKind {
  return actionCodes.includes(code) ? 'action' : 'failure';
}

/** The code that best explains where the flow stands, if any. */
function explainingCode(state: Extract<LiveCaseState, { phase: 'active' }>): number | null {
  // An executed case whose pasted token Circle refused waits for a new one.
  if (state.tokenRefused?.code && !isFinished(state.status)) return state.tokenRefused.code;
  if (state.status === 'FAILED')
    return state.errorCode ?? (state.sdkOutcome?.kind === 'error' ? state.sdkOutcome.code : null);
  if (state.status === 'EXPIRED') return circleErrorCodes.challengeExpired;
  if (state.sdkOutcome?.kind === 'error') return state.sdkOutcome.code;
  if (state.sdkOutcome?.kind === 'no-handshake') return circleErrorCodes.sdkNetworkError;
  if (state.pinWindow === 'closed') return circleErrorCodes.customerCancelled;
  return null;
}

function fromCode(code: number, headline: boolean): Guidance {
  const guidance = agentGuidance(code);
  return {
    kind: kindOf(code),
    headline: headline ? guidance.whatHappened : null,
    tellCustomer: guidance.tellCustomer,
    nextStep: guidance.nextStep,
    code,
  };
}

/** Circle's window tried to leave Circle's page and PIN Desk closed it: it is not reopened, a fresh one is started. */
function refusedPageGuidance(state: ActiveCase, destination: string): Guidance {
  return {
    kind: 'action',
    headline: `Circle’s window tried to open a page that is not Circle’s (${destination}), so PIN Desk closed it.`,
    tellCustomer: 'The PIN window closed to keep you safe. We will open a new one for you.',
    nextStep:
      state.flow === 'executed'
        ? 'Cancel the case, make a new challenge in your backend and execute it. Settings → Diagnostics lists the page.'
        : 'Start a fresh challenge. Settings → Diagnostics lists the page.',
    code: null,
  };
}

/** A redirect from the base URL (no Circle call follows one): it will not clear by retrying. */
const redirectRefused: Guidance = {
  kind: 'failure',
  headline: null,
  tellCustomer: 'I am having trouble reaching our system. I will sort it out and call you back.',
  nextStep:
    'Check the environment’s base URL in Settings, or ask IT whether something in front of Circle redirects it.',
  code: null,
};

export function guidanceFor(state: LiveCaseState): Guidance | null {
  if ((state.phase === 'start-failed' || state.phase === 'follow-failed') && state.error.code === 'redirect-refused') {
    return redirectRefused;
  }
  if (state.phase === 'start-failed' || state.phase === 'follow-failed') {
    const code = refusalCodes[state.error.code] ?? state.error.circle?.code;
    const executed = state.phase === 'start-failed' && state.flow === 'executed';
    if (code !== undefined) return executed ? forExecuted(fromCode(code, false), false) : fromCode(code, false);
    return {
      kind: 'failure',
      headline: null,
      tellCustomer: 'Something went wrong on our side. Give us a moment while we try again.',
      nextStep:
        state.phase === 'start-failed'
          ? 'Retry; if it fails again, check the connection and escalate with the message above.'
          : 'Look the customer up again, then follow the challenge again.',
      code: null,
    };
  }
  if (state.phase === 'cancelled') {
    return {
      kind: 'action',
      headline: 'The case was cancelled.',
      tellCustomer: 'We stopped this attempt. We can start again whenever you are ready.',
      nextStep: 'Start again for this customer, or take the next customer.',
      code: null,
    };
  }
  if (state.phase !== 'active') return null;
  if (state.status === 'COMPLETE' && state.flow === 'executed') return executedCompletion(state);
  if (state.status === 'COMPLETE') {
    const followed = state.flow === 'followed';
    return {
      kind: 'success',
      headline:
        state.flow === 'recovery'
          ? 'The account is recovered with a new PIN.'
          : followed
            ? 'The customer’s challenge is complete.'
            : 'The PIN was changed.',
      tellCustomer: followed
        ? 'That is done in your app. Use your new PIN from now on.'
        : 'Your new PIN is set. Use it from now on; nobody at our desk has seen it.',
      nextStep: 'Close the case. Nothing else is needed.',
      code: null,
    };
  }
  if (state.refusedPage !== null && !isFinished(state.status)) return refusedPageGuidance(state, state.refusedPage);
  const code = explainingCode(state);
  if (code === null) return null;
  return state.flow === 'executed' ? forExecuted(fromCode(code, true), isFinished(state.status)) : fromCode(code, true);
}
