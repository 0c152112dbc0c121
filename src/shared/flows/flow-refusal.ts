import type { CircleUserRecord } from '../circle/circle-records';
// Main checks these before starting a flow; the renderer applies the same rules to a lookup, to turn off the start
// buttons that cannot succeed and say why.

export interface Refusal {
  code: 'account-disabled' | 'pin-not-set' | 'pin-locked' | 'no-security-questions' | 'answers-locked';
  message: string;
  /** When a lock ends, for the countdown. */
  lockedUntil?: string;
}

/**
 * Whether a PIN reset can succeed for this user, decided from GET /users/{id} before anything is created. A reset
 * that cannot succeed wastes the customer's attempts; the agent gets the reason instead.
 */
export function resetRefusal(user: CircleUserRecord, now: Date): Refusal | null {
  if (user.status === 'DISABLED') {
    return { code: 'account-disabled', message: 'This account is disabled, so its PIN cannot be reset.' };
  }
  if (user.pinStatus === 'UNSET') {
    return { code: 'pin-not-set', message: 'This customer has never set a PIN, so there is nothing to reset.' };
  }
  const lockedUntil = user.pinDetails.lockedExpiryDate;
  if (user.pinStatus === 'LOCKED' && (!lockedUntil || new Date(lockedUntil).getTime() > now.getTime())) {
    return {
      code: 'pin-locked',
      message: lockedUntil
        ? `The PIN is locked after too many wrong tries until ${lockedUntil}. Wait for the unlock time, or use account recovery.`
        : 'The PIN is locked after too many wrong tries. Wait for the unlock time, or use account recovery.',
      ...(lockedUntil ? { lockedUntil } : {}),
    };
  }
  return null;
}

/**
 * Whether account recovery (security questions, then a new PIN) can succeed. A locked PIN is no obstacle — recovery
 * is the way past it — but answers never set, or locked, are.
 */
export function recoveryRefusal(user: CircleUserRecord, now: Date): Refusal | null {
  if (user.status === 'DISABLED') {
    return { code: 'account-disabled', message: 'This account is disabled, so it cannot be recovered here.' };
  }
  if (user.pinStatus === 'UNSET') {
    return { code: 'pin-not-set', message: 'This customer has never set a PIN, so there is nothing to recover.' };
  }
  if (user.securityQuestionStatus === 'UNSET') {
    return {
      code: 'no-security-questions',
      message: 'This customer never set security questions, so the account cannot be recovered with answers.',
    };
  }
  const lockedUntil = user.securityQuestionDetails.lockedExpiryDate;
  if (user.securityQuestionStatus === 'LOCKED' && (!lockedUntil || new Date(lockedUntil).getTime() > now.getTime())) {
    return {
      code: 'answers-locked',
      message: lockedUntil
        ? `The security answers are locked after too many wrong tries until ${lockedUntil}. Try recovery after that.`
        : 'The security answers are locked after too many wrong tries. Try recovery after the unlock time.',
      ...(lockedUntil ? { lockedUntil } : {}),
    };
  }
  return null;
}
