/**
 * A token bucket that refuses rather than waits: up to `capacity` at once, refilled at `perSecond`. Ours, because it
 * is a few lines and an endpoint under a flood must answer at once (p-throttle queues calls instead, and a queue of
 * forged requests is what a flood is after).
 */
export interface TokenBucket {
  /** Takes one token if there is one: true means go ahead. */
  take(): boolean;
}

export interface TokenBucketOptions {
  capacity: number;
  perSecond: number;
  /** Milliseconds; tests pass their own clock. */
  now?: () => number;
}

export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const now = options.now ?? (() => performance.now());
  let tokens = options.capacity;
  let refilledAt = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(options.capacity, tokens + ((at - refilledAt) / 1000) * options.perSecond);
      refilledAt = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
