import type { ChallengeRecord, ChallengeStatus } from '../circle/circle-records';

/**
 * What the renderer needs to run one challenge with the web SDK — exactly this, nothing more. The API key never
 * leaves main; the user token and encryption key are the customer's session for this challenge only.
 */
export interface ChallengeSession {
  caseId: string;
  appId: string;
  userToken: string;
  encryptionKey: string;
  challengeId: string;
  /** ISO time from the token's `exp`. */
  tokenExpiresAt: string;
}

/** The flows the console runs itself: the reset (current PIN) and the recovery (security answers). */
export const consoleFlows = ['reset', 'recovery'] as const;
export type ConsoleFlow = (typeof consoleFlows)[number];
/** Every kind of case: the console's own flows, and a challenge the customer runs in their own app. */
export const flowKinds = [...consoleFlows, 'followed'] as const;
export type FlowKind = (typeof flowKinds)[number];

/** What the web SDK told the renderer when a challenge ended, or that it never answered. */
export type SdkOutcome =
  | { kind: 'complete'; status: string }
  | { kind: 'error'; code: number; message: string }
  | { kind: 'closed' }
  | { kind: 'no-handshake' };

/** Where a status change came from. */
export type StatusSource = 'poll' | 'notification' | 'start';

export interface PinAttempts {
  failedAttempts: number;
  /** Wrong entries left before the lock (Circle locks on the fourth). */
  attemptsLeft: number;
  lockedExpiryDate: string | null;
}

/** Pushed by main on `challenge:updated` whenever a watched challenge changes. */
export interface ChallengeUpdate {
  caseId: string;
  challengeId: string;
  status: ChallengeStatus;
  errorCode: number | null;
  errorMessage: string | null;
  source: StatusSource;
  at: string;
  pinAttempts: PinAttempts | null;
}

/** A challenge the customer started in their own app, now followed by the console. */
export interface FollowedChallenge {
  caseId: string;
  userId: string;
  challenge: ChallengeRecord;
}
