// Where an open challenge came from, as the Follow list says it: started here (still in a case here, or stopped), or
// from the customer's app. Pure: fed what this run knows and what the case log remembers.
import type { CaseOutcome } from '../../shared/case-log/case-record';
import type { StoppedHere } from '../../shared/lookup/customer-lookup';
import type { LoggedChallenge } from './challenges-started-here';

export interface ChallengeOrigin {
  startedHere: boolean;
  since: Date;
  stoppedHere: StoppedHere | null;
}

export interface OriginFacts {
  /** This run's memory (LiveCaseRegistry.knownSince): started here, or when first seen listed. */
  knownSince(challengeId: string, now: Date): { startedHere: boolean; since: Date };
  /** Challenges a case open here right now is following. */
  followedHere: ReadonlySet<string>;
  /** What the case log says of the challenges this console started for the user (any earlier run included). */
  logged: ReadonlyMap<string, LoggedChallenge>;
}

function howItStopped(outcome: CaseOutcome['kind']): StoppedHere['how'] {
  if (outcome === 'cancelled') return 'cancelled';
  if (outcome === 'abandoned') return 'moved-to-recovery';
  return 'left';
}

export function challengeOrigin(challengeId: string, now: Date, facts: OriginFacts): ChallengeOrigin {
  const remembered = facts.knownSince(challengeId, now);
  const logged = facts.logged.get(challengeId);
  const startedHere = remembered.startedHere || logged !== undefined;
  const since = logged ? new Date(logged.startedAt) : remembered.since;
  if (!startedHere || facts.followedHere.has(challengeId)) return { startedHere, since, stoppedHere: null };
  const ended = logged?.ended ?? null;
  return {
    startedHere,
    since,
    stoppedHere: ended ? { how: howItStopped(ended.outcome), at: ended.at } : { how: 'left', at: null },
  };
}
