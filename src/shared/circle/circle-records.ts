// Circle's own words for users and challenges, as PIN Desk passes them around (plain data, structured-cloneable).

export const pinStatuses = ['ENABLED', 'UNSET', 'LOCKED'] as const;
export type PinStatus = (typeof pinStatuses)[number];
export type SecurityQuestionStatus = PinStatus;
export type AccountStatus = 'ENABLED' | 'DISABLED';

export interface LockDetails {
  failedAttempts: number;
  lockedDate: string | null;
  lockedExpiryDate: string | null;
  /** When an admin last lifted a lock by hand (Circle's `lastLockOverrideDate`). */
  lastLockOverrideDate?: string | null;
}

export interface CircleUserRecord {
  id: string;
  status: AccountStatus;
  pinStatus: PinStatus;
  securityQuestionStatus: SecurityQuestionStatus;
  pinDetails: LockDetails;
  securityQuestionDetails: LockDetails;
  createDate: string | null;
}

/** The statuses Circle's OpenAPI names for a challenge. */
export const challengeStatuses = ['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'EXPIRED'] as const;
export type KnownChallengeStatus = (typeof challengeStatuses)[number];
/**
 * A challenge's status as Circle sent it, spelled once (`normaliseChallengeStatus`). One the console does not know is
 * carried verbatim: shown, logged, and polled on like any status that has not ended.
 */
export type ChallengeStatus = KnownChallengeStatus | (string & {});
export const terminalChallengeStatuses: readonly ChallengeStatus[] = ['COMPLETE', 'FAILED', 'EXPIRED'];

export function isTerminalStatus(status: ChallengeStatus): boolean {
  return terminalChallengeStatuses.includes(status);
}

export function isKnownChallengeStatus(status: ChallengeStatus): status is KnownChallengeStatus {
  return (challengeStatuses as readonly string[]).includes(status);
}

/**
 * Circle's guides spell the final status `COMPLETED`, its OpenAPI `COMPLETE`: both become `COMPLETE`, once, where
 * Circle's records enter the console. Anything else is kept as it came (trimmed, bounded).
 */
export function normaliseChallengeStatus(raw: unknown): ChallengeStatus {
  const status = typeof raw === 'string' ? raw.trim().slice(0, 40) : '';
  if (status === 'COMPLETED') return 'COMPLETE';
  return status === '' ? 'UNKNOWN' : status;
}

/**
 * How far a status is along: a status never goes back. An unknown one ranks with IN_PROGRESS (it came after the
 * challenge was created, and it has not ended), so polling goes on and a later known status still counts.
 */
export function challengeStatusRank(status: ChallengeStatus): number {
  if (status === 'PENDING') return 0;
  return isTerminalStatus(status) ? 2 : 1;
}

export interface ChallengeRecord {
  id: string;
  type: string;
  status: ChallengeStatus;
  errorCode: number | null;
  errorMessage: string | null;
}
