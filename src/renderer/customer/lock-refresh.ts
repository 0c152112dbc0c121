import type { CircleUserRecord } from '../../shared/circle/circle-records';

/** The soonest lock end still ahead (PIN or answers), as ISO, or null: when the lookup should be read again. */
export function nextLockEnd(user: CircleUserRecord, now: Date): string | null {
  const ends = [user.pinDetails.lockedExpiryDate, user.securityQuestionDetails.lockedExpiryDate]
    .filter((end): end is string => end !== null && new Date(end).getTime() > now.getTime())
    .sort();
  return ends[0] ?? null;
}
