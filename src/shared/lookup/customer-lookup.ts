import type { ChallengeRecord, CircleUserRecord } from '../circle/circle-records';

/** An open challenge as the Follow list shows it. Circle gives no creation time, so its age is the console's. */
export interface OpenChallenge extends ChallengeRecord {
  /** This console created it (in this run); otherwise it came from the customer's own app. */
  startedByConsole: boolean;
  /** ISO: when this console created it, or first saw it listed. */
  since: string;
  /**
   * A challenge this console started whose case here has ended without it (cancelled, left for recovery on "Forgot
   * PIN?", or left when the console stopped), with when if the case log says; null otherwise. Circle has no cancel:
   * such a challenge stays open until it expires, and nobody at the desk can use it.
   */
  stoppedHere: StoppedHere | null;
}

export interface StoppedHere {
  how: 'cancelled' | 'moved-to-recovery' | 'left';
  /** ISO, or null when the console stopped before its case was closed. */
  at: string | null;
}

/** What the agent sees after "Look up": the user in Circle's words, and the challenges still open for them. */
export interface CustomerLookup {
  user: CircleUserRecord;
  /** Newest first. */
  openChallenges: OpenChallenge[];
  /** Why the open challenges could not be listed (the user is still shown), or null. */
  challengesProblem: string | null;
  checkedAt: string;
}
