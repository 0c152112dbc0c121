import pRetry from 'p-retry';
import { arrivalWindow } from './arrival-window';
import { CircleCallError } from './circle-call-error';

/** Circle's published default rate limits, per API key. */
export const circleRateLimits = {
  userToken: { limit: 10, interval: 1000 }, // POST /users/token
  write: { limit: 5, interval: 1000 }, // other POSTs and PUTs
  read: { limit: 20, interval: 1000 }, // GETs
} as const;

export type CallCategory = keyof typeof circleRateLimits;

/** Beyond Circle's interval, for a clock's granularity at either end (arrival-window.ts gives the guarantee). */
export const pacingMarginMs = 50;

export interface PacingOptions {
  /** Retries after a 429, with exponential backoff from `minBackoffMs`. */
  retriesOn429?: number;
  minBackoffMs?: number;
  /** How a retry waits; real time by default. A port so a test bed can let the waits pass without real seconds. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface CirclePacing {
  run<T>(category: CallCategory, call: () => Promise<T>): Promise<T>;
}

/**
 * Keeps the console under Circle's rates (per category, counted where Circle counts: at arrival) and backs off after a 429: for at
 * least as long as its Retry-After says (`retryAfterMs` on the error), and exponentially.
 */
export function createCirclePacing(options: PacingOptions = {}): CirclePacing {
  const windowOf = (category: CallCategory) =>
    arrivalWindow(circleRateLimits[category].limit, circleRateLimits[category].interval + pacingMarginMs);
  const windows = { userToken: windowOf('userToken'), write: windowOf('write'), read: windowOf('read') };

  const sleep = options.sleep ?? realSleep;
  const retries = options.retriesOn429 ?? 3;
  const minBackoffMs = options.minBackoffMs ?? 1000;
  const is429 = (error: unknown) => error instanceof CircleCallError && error.circle?.status === 429;
  return {
    // p-retry counts the attempts; both waits go through `sleep` (p-retry's own delay is 0): first Retry-After, after
    // any failure that has one, then — when another attempt follows — the backoff p-retry would have waited,
    // (1 + random) × minBackoff × 2^retriesConsumed.
    run: <T>(category: CallCategory, call: () => Promise<T>) =>
      pRetry(() => windows[category].run(call), {
        retries,
        minTimeout: 0,
        shouldRetry: ({ error }) => is429(error),
        onFailedAttempt: async ({ error, retriesLeft, retriesConsumed }) => {
          const retryAfterMs = error instanceof CircleCallError ? error.retryAfterMs : undefined;
          if (retryAfterMs && retryAfterMs > 0) await sleep(retryAfterMs);
          if (is429(error) && retriesLeft > 0) {
            await sleep(Math.round((Math.random() + 1) * minBackoffMs * 2 ** retriesConsumed));
          }
        },
      }),
  };
}
