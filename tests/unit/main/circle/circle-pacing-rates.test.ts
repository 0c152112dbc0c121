// Circle's rates, per category: past its limit a call starts only Circle's interval plus the pacing margin after the
// first ones ended, so no more than the limit can arrive within one of Circle's intervals.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CallCategory,
  circleRateLimits,
  createCirclePacing,
  pacingMarginMs,
} from '../../../../src/main/circle/circle-pacing';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Circle pacing’s rates', () => {
  it.each(Object.keys(circleRateLimits) as CallCategory[])(
    'starts a burst of %s calls up to the limit at once, the next an interval and the margin later',
    async (category) => {
      const { limit, interval } = circleRateLimits[category];
      const pacing = createCirclePacing();
      const t0 = Date.now();
      const starts: number[] = [];
      const calls = Array.from({ length: limit + 1 }, () =>
        pacing.run(category, async () => void starts.push(Date.now() - t0)),
      );
      await vi.advanceTimersByTimeAsync(5000);
      await Promise.all(calls);
      // The margin lies beyond Circle's own interval, never within it.
      expect(starts).toEqual([...Array<number>(limit).fill(0), interval + pacingMarginMs]);
    },
  );
});
