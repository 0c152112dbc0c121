import type { AppLook } from '../app-look/app-look';
import type { ChallengeRecord, ChallengeStatus } from '../circle/circle-records';
import type { CustomerLanguage } from '../customer-language/customer-languages';

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
  /** The customer's language for Circle's window; absent (an executed challenge): Circle's own English. */
  language?: CustomerLanguage;
  /** The environment's app look (Settings), applied to the SDK before the challenge; absent: Circle's own. */
  look?: AppLook;
}

/** The flows the console runs itself: the reset (current PIN) and the recovery (security answers). */
export const consoleFlows = ['reset', 'recovery'] as const;
export type ConsoleFlow = (typeof consoleFlows)[number];
/**
 * Every kind of case: the console's own flows, a challenge the customer runs in their own app (`followed`), and a
 * challenge made elsewhere — by a developer's backend — that the console runs with a pasted token (`executed`).
 */
export const flowKinds = [...consoleFlows, 'followed', 'executed'] as const;
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

/**
 * A challenge made elsewhere, run by the console with the user token and encryption key the developer pasted: the
 * web SDK's session, the user the token names (when Circle knows them here), and the challenge's type.
 */
export interface ExecutedSession extends ChallengeSession {
  userId: string | null;
  challengeType: string;
}

/**
 * Pushed by main on `liveCase:tokenRefused` when Circle no longer takes a pasted user token (expired, 155104, or
 * invalid, 155105). Main cannot make another (it does not know the user's backend): the developer pastes one.
 */
export interface TokenRefused {
  caseId: string;
  code: number;
  /** Circle's own words for the code. */
  message: string;
  at: string;
}
