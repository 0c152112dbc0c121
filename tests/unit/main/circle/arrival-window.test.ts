// Circle counts a call when it arrives, somewhere between its start and its end: the console's window must hold at
// arrival, however late a call lands (a busy machine, a slow network).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arrivalWindow } from '../../../../src/main/circle/arrival-window';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A call that lands `arriveAfterMs` after it starts and ends `endAfterMs` after it starts; it notes both times. */
function call(arriveAfterMs: number, endAfterMs: number, arrivals: number[], starts: number[], fail = false) {
  return () => {
    starts.push(Date.now());
    setTimeout(() => arrivals.push(Date.now()), arriveAfterMs);
    return new Promise<string>((resolve, reject) =>
      setTimeout(() => (fail ? reject(new Error('refused')) : resolve('ok')), endAfterMs),
    );
  };
}

describe('arrivalWindow', () => {
  it('starts the call after the limit only an interval after an earlier call ended, not after it started', async () => {
    const window = arrivalWindow(1, 1000);
    const starts: number[] = [];
    const arrivals: number[] = [];
    const t0 = Date.now();
    const first = window.run(call(450, 500, arrivals, starts));
    const second = window.run(call(10, 20, arrivals, starts));
    await vi.advanceTimersByTimeAsync(5000);
    await expect(Promise.all([first, second])).resolves.toEqual(['ok', 'ok']);
    expect(starts.map((at) => at - t0)).toEqual([0, 1500]);
  });

  it('lets no more than its limit arrive within one interval, whatever each call’s delay', async () => {
    const window = arrivalWindow(10, 1000);
    const starts: number[] = [];
    const arrivals: number[] = [];
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const calls = Array.from({ length: 60 }, () => {
      const end = Math.round(random() * 800);
      return window.run(call(Math.round(random() * end), end, arrivals, starts));
    });
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(calls);
    const sorted = [...arrivals].sort((a, b) => a - b);
    expect(sorted).toHaveLength(60);
    for (let index = 10; index < sorted.length; index++) {
      // The 11th arrival after any arrival is a whole interval later.
      expect((sorted[index] ?? 0) - (sorted[index - 10] ?? 0)).toBeGreaterThanOrEqual(1000);
    }
  });

  it('frees a failed call’s slot too, an interval after it failed', async () => {
    const window = arrivalWindow(1, 1000);
    const starts: number[] = [];
    const arrivals: number[] = [];
    const t0 = Date.now();
    const failed = window.run(call(5, 10, arrivals, starts, true)).catch((error: Error) => error.message);
    const next = window.run(call(5, 10, arrivals, starts));
    await vi.advanceTimersByTimeAsync(3000);
    await expect(failed).resolves.toBe('refused');
    await expect(next).resolves.toBe('ok');
    expect(starts.map((at) => at - t0)).toEqual([0, 1010]);
  });
});
