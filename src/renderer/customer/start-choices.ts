// Which start buttons are on, why an off one is off, and which one button of the view is the primary one: the next
// step. Pure: a unit test per rule.
import type { CircleUserRecord } from '../../shared/circle/circle-records';
import { type Refusal, recoveryRefusal, resetRefusal } from '../../shared/flows/flow-refusal';
import type { Recommendation } from '../../shared/lookup/path-recommendation';

export interface StartChoice {
  enabled: boolean;
  /** Why it is off, next to the button; null when it is on. */
  reason: string | null;
  primary: boolean;
}

export interface StartChoices {
  lookUpPrimary: boolean;
  /** A lookup that failed for a passing reason: Retry is the next step. */
  retryLookupPrimary: boolean;
  /** Nothing more can be done for this customer today (a wait, not a PIN case, unrecoverable): take the next. */
  newCustomerPrimary: boolean;
  reset: StartChoice;
  recovery: StartChoice;
}

export interface StartFacts {
  /** The looked-up user, when the lookup is for the ID in the field now. */
  user: CircleUserRecord | null;
  /** The lookup for the ID in the field failed; `retry`: trying again can succeed by itself. */
  failedLookup: { retry: boolean } | null;
  recommendation: Recommendation;
  /** A case is on screen (starting, running, or ended and not closed yet): its own controls hold the next step. */
  caseShown: boolean;
  now: Date;
}

/** A lock whose unlock time the script already says is named without it: the time is said once. */
function shortReason(refusal: Refusal, recommendation: Recommendation): string {
  if (!refusal.lockedUntil || refusal.lockedUntil !== recommendation.waitUntil) return refusal.message;
  return refusal.code === 'pin-locked' ? 'Off while the PIN is locked.' : 'Off while the security answers are locked.';
}

function off(reason: string | null): StartChoice {
  return { enabled: false, reason, primary: false };
}

/** Paths where nothing can be started today: the next step is telling the customer, then the next customer. */
const endOfTheLine: readonly Recommendation['path'][] = ['wait', 'not-a-reset-case', 'unrecoverable'];

/**
 * Look up is the primary button until there is a lookup for the current ID; then the recommended start is, or New
 * customer when nothing can be started. Before the customer has answered the two questions no start is primary: the
 * questions are the next step. After a lookup, a start it rules out (main would refuse it by the same rule) is off,
 * with the reason. A failed lookup's script replaces the starts; while a case is on screen, the case leads.
 */
export function startChoices(facts: StartFacts): StartChoices {
  const none = { lookUpPrimary: false, retryLookupPrimary: false, newCustomerPrimary: false };
  if (facts.caseShown) {
    return { ...none, reset: off('A case is in progress.'), recovery: off('A case is in progress.') };
  }
  if (facts.failedLookup) {
    const retry = facts.failedLookup.retry;
    return { ...none, lookUpPrimary: !retry, retryLookupPrimary: retry, reset: off(null), recovery: off(null) };
  }
  const { user, now, recommendation } = facts;
  const choice = (refusal: Refusal | null, path: 'reset' | 'recovery'): StartChoice => {
    if (!recommendation.startsAllowed) return off('Neither the PIN nor the security answers are known.');
    if (refusal) return off(shortReason(refusal, recommendation));
    return { enabled: true, reason: null, primary: user !== null && recommendation.path === path };
  };
  const reset = choice(user ? resetRefusal(user, now) : null, 'reset');
  const recovery = choice(user ? recoveryRefusal(user, now) : null, 'recovery');
  const startPrimary = reset.primary || recovery.primary;
  const newCustomerPrimary = !startPrimary && endOfTheLine.includes(recommendation.path);
  return {
    ...none,
    lookUpPrimary: user === null && !newCustomerPrimary,
    newCustomerPrimary,
    reset,
    recovery,
  };
}
