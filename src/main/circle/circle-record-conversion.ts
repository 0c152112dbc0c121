// Where Circle's records enter the console: the SDK's user and challenge objects become PIN Desk's plain records,
// with Circle's spellings settled here once (`COMPLETED` → `COMPLETE`; an unknown status kept verbatim).
import {
  type ChallengeRecord,
  type CircleUserRecord,
  type LockDetails,
  normaliseChallengeStatus,
} from '../../shared/circle/circle-records';

interface SdkLockDetails {
  failedAttempts?: number;
  lockedDate?: string;
  lockedExpiryDate?: string;
  lastLockOverrideDate?: string;
}

function toLockDetails(details: SdkLockDetails | undefined): LockDetails {
  return {
    failedAttempts: details?.failedAttempts ?? 0,
    lockedDate: details?.lockedDate ?? null,
    lockedExpiryDate: details?.lockedExpiryDate ?? null,
    lastLockOverrideDate: details?.lastLockOverrideDate ?? null,
  };
}

export function toUserRecord(user: {
  id?: string;
  status?: string;
  pinStatus?: string;
  securityQuestionStatus?: string;
  pinDetails?: SdkLockDetails;
  securityQuestionDetails?: SdkLockDetails;
  createDate?: string;
}): CircleUserRecord {
  return {
    id: user.id ?? '',
    status: user.status === 'DISABLED' ? 'DISABLED' : 'ENABLED',
    pinStatus: (user.pinStatus ?? 'UNSET') as CircleUserRecord['pinStatus'],
    securityQuestionStatus: (user.securityQuestionStatus ?? 'UNSET') as CircleUserRecord['securityQuestionStatus'],
    pinDetails: toLockDetails(user.pinDetails),
    securityQuestionDetails: toLockDetails(user.securityQuestionDetails),
    createDate: user.createDate ?? null,
  };
}

export function toChallengeRecord(challenge: {
  id: string;
  type?: string;
  status: string;
  errorCode?: number;
  errorMessage?: string;
}): ChallengeRecord {
  return {
    id: challenge.id,
    type: challenge.type ?? 'UNKNOWN',
    status: normaliseChallengeStatus(challenge.status),
    errorCode: challenge.errorCode ?? null,
    errorMessage: challenge.errorMessage ?? null,
  };
}
