import type { ChallengeRecord, CircleUserRecord } from '../circle/circle-records';

/** What the agent sees after "Look up": the user in Circle's words, and the challenges still open for them. */
export interface CustomerLookup {
  user: CircleUserRecord;
  openChallenges: ChallengeRecord[];
  /** Why the open challenges could not be listed (the user is still shown), or null. */
  challengesProblem: string | null;
  checkedAt: string;
}
