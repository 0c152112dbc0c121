// How a user record reads at a given instant: statuses derived from hashes and lock counters, shaped like Circle's
// `EndUser` (absent dates are omitted, as Circle does, rather than sent as null).
import type { CredentialStatus, UserStanding } from '../rules/challenge-lifecycle';
import { type AttemptCounter, isLocked, settleCounter } from '../rules/lockout';
import type { UserRecord } from './emulator-state';

export interface SecurityDetails {
  failedAttempts: number;
  lockedDate?: string;
  lockedExpiryDate?: string;
  lastLockOverrideDate?: string;
}

export interface EndUser {
  id: string;
  createDate: string;
  status: 'ENABLED' | 'DISABLED';
  pinStatus: CredentialStatus;
  securityQuestionStatus: CredentialStatus;
  pinDetails: SecurityDetails;
  securityQuestionDetails: SecurityDetails;
}

function credentialStatus(isSet: boolean, counter: AttemptCounter, nowMs: number): CredentialStatus {
  if (!isSet) return 'UNSET';
  return isLocked(counter, nowMs) ? 'LOCKED' : 'ENABLED';
}

function details(counter: AttemptCounter, nowMs: number, lastLockOverrideDate?: string): SecurityDetails {
  const settled = settleCounter(counter, nowMs);
  return {
    failedAttempts: settled.failedAttempts,
    ...(settled.lockedDate ? { lockedDate: settled.lockedDate } : {}),
    ...(settled.lockedExpiryDate ? { lockedExpiryDate: settled.lockedExpiryDate } : {}),
    ...(lastLockOverrideDate ? { lastLockOverrideDate } : {}),
  };
}

export function standingOf(user: UserRecord, nowMs: number): UserStanding {
  return {
    status: user.status,
    pinStatus: credentialStatus(user.pinHash !== null, user.pinAttempts, nowMs),
    securityQuestionStatus: credentialStatus(user.securityQuestions !== null, user.answerAttempts, nowMs),
  };
}

export function toEndUser(user: UserRecord, nowMs: number): EndUser {
  return {
    id: user.id,
    createDate: user.createDate,
    ...standingOf(user, nowMs),
    pinDetails: details(user.pinAttempts, nowMs, user.lastLockOverride?.pin),
    securityQuestionDetails: details(user.answerAttempts, nowMs, user.lastLockOverride?.securityQuestions),
  };
}
