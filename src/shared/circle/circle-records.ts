// Circle's own words for users and challenges, as PIN Desk passes them around (plain data, structured-cloneable).

export const pinStatuses = ['ENABLED', 'UNSET', 'LOCKED'] as const;
export type PinStatus = (typeof pinStatuses)[number];
export type SecurityQuestionStatus = PinStatus;
export type AccountStatus = 'ENABLED' | 'DISABLED';

export interface LockDetails {
  failedAttempts: number;
  lockedDate: string | null;
  lockedExpiryDate: string | null;
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

export const challengeStatuses = ['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'EXPIRED'] as const;
export type ChallengeStatus = (typeof challengeStatuses)[number];
export const terminalChallengeStatuses: readonly ChallengeStatus[] = ['COMPLETE', 'FAILED', 'EXPIRED'];

export function isTerminalStatus(status: ChallengeStatus): boolean {
  return terminalChallengeStatuses.includes(status);
}

export interface ChallengeRecord {
  id: string;
  type: string;
  status: ChallengeStatus;
  errorCode: number | null;
  errorMessage: string | null;
}
