// Which start buttons are on, why an off one is off, and which button is the primary one. Pure: a unit test per rule.
import type { CircleUserRecord } from '../../shared/circle/circle-records';
import { recoveryRefusal, resetRefusal } from '../../shared/flows/flow-refusal';
import type { Recommendation } from '../../shared/lookup/path-recommendation';

export interface StartChoice {
  enabled: boolean;
  /** Why it is off, next to the button; null when it is on. */
  reason: string | null;
  primary: boolean;
}

export interface StartChoices {
  lookUpPrimary: boolean;
  reset: StartChoice;
  recovery: StartChoice;
}

export interface StartFacts {
  /** The looked-up user, when the lookup is for the ID in the field now. */
  user: CircleUserRecord | null;
  /** The lookup for the ID in the field said Circle has no such user. */
  unknownUser: boolean;
  recommendation: Recommendation;
  /** A case is starting or running. */
  busy: boolean;
  now: Date;
}

function off(reason: string): StartChoice {
  return { enabled: false, reason, primary: false };
}

/**
 * Look up is the primary button until there is a lookup for the current ID; then the recommended start is. After a
 * lookup, a start the lookup rules out (main would refuse it with the same rule) is off, with the reason.
 */
export function startChoices(facts: StartFacts): StartChoices {
  const looked = facts.user !== null || facts.unknownUser;
  const lookUpPrimary = !looked && !facts.busy;
  const choice = (refusal: { message: string } | null, path: 'reset' | 'recovery'): StartChoice => {
    if (facts.busy) return off('A case is in progress.');
    if (!facts.recommendation.startsAllowed) return off('Neither the PIN nor the security answers are known.');
    if (facts.unknownUser) return off('Circle has no user with this ID in this environment.');
    if (refusal) return off(refusal.message);
    return { enabled: true, reason: null, primary: looked && facts.recommendation.path === path };
  };
  const { user, now } = facts;
  return {
    lookUpPrimary,
    reset: choice(user ? resetRefusal(user, now) : null, 'reset'),
    recovery: choice(user ? recoveryRefusal(user, now) : null, 'recovery'),
  };
}
