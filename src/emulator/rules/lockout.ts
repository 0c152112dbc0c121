// Failed-attempt counting for PINs and security answers. Circle: more than three wrong entries lock input for 30
// minutes; the lock lifts by itself when its time passes. Pure functions over plain data and an explicit `now`.

export interface AttemptCounter {
  failedAttempts: number;
  lockedDate: string | null;
  lockedExpiryDate: string | null;
}

export interface LockoutPolicy {
  /** Wrong entries answered without a lock; the next wrong entry locks. */
  allowedFailures: number;
  lockSeconds: number;
}

export const circleLockoutPolicy: LockoutPolicy = { allowedFailures: 3, lockSeconds: 30 * 60 };

export const freshCounter = (): AttemptCounter => ({ failedAttempts: 0, lockedDate: null, lockedExpiryDate: null });

export function isLocked(counter: AttemptCounter, nowMs: number): boolean {
  return counter.lockedExpiryDate !== null && Date.parse(counter.lockedExpiryDate) > nowMs;
}

/** The counter as it stands at `now`: an expired lock is gone and its count starts again from zero. */
export function settleCounter(counter: AttemptCounter, nowMs: number): AttemptCounter {
  if (counter.lockedExpiryDate !== null && !isLocked(counter, nowMs)) return freshCounter();
  return counter;
}

export interface FailureOutcome {
  counter: AttemptCounter;
  locked: boolean;
}

export function recordFailure(counter: AttemptCounter, nowMs: number, policy: LockoutPolicy): FailureOutcome {
  const settled = settleCounter(counter, nowMs);
  const failedAttempts = settled.failedAttempts + 1;
  if (failedAttempts <= policy.allowedFailures) {
    return { counter: { ...settled, failedAttempts }, locked: false };
  }
  return {
    counter: {
      failedAttempts,
      lockedDate: new Date(nowMs).toISOString(),
      lockedExpiryDate: new Date(nowMs + policy.lockSeconds * 1000).toISOString(),
    },
    locked: true,
  };
}

export const recordSuccess = (): AttemptCounter => freshCounter();

/** A lock that ends at a chosen time, for seeded scenarios and developer controls. */
export function lockedUntil(nowMs: number, untilMs: number, policy: LockoutPolicy): AttemptCounter {
  return {
    failedAttempts: policy.allowedFailures + 1,
    lockedDate: new Date(untilMs - policy.lockSeconds * 1000).toISOString(),
    lockedExpiryDate: new Date(Math.max(untilMs, nowMs)).toISOString(),
  };
}
