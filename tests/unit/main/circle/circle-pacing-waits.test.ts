// How main's Circle pacing waits after a 429, through its sleep port: Retry-After after every 429 that has one, then
// an exponential backoff before each retry, as p-retry's own delay would have been; nothing for other failures.
import { describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { createCirclePacing } from '../../../../src/main/circle/circle-pacing';
import { rejectionOf } from '../../../support/rejections';

function tooBusy(retryAfterMs?: number): CircleCallError {
  const error = new CircleCallError('circle', 'getUser', 'too many requests', { code: 429, status: 429 });
  if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  return error;
}

describe('Circle pacing’s waits', () => {
  it('after four 429s: Retry-After each time, backoff 1–2 s, 2–4 s, 4–8 s between, then the 429', async () => {
    const waits: number[] = [];
    let attempts = 0;
    const pacing = createCirclePacing({ sleep: async (ms) => void waits.push(ms) });
    const failure = await rejectionOf(
      pacing.run('read', async () => {
        attempts += 1;
        throw tooBusy(1000);
      }),
      CircleCallError,
    );
    expect(failure.circle?.status).toBe(429);
    expect(attempts).toBe(4);
    const [a1, b1, a2, b2, a3, b3, a4, ...rest] = waits;
    expect([a1, a2, a3, a4, rest]).toEqual([1000, 1000, 1000, 1000, []]);
    expect([b1, b2, b3].map((ms = 0, i) => ms >= 1000 * 2 ** i && ms <= 2000 * 2 ** i)).toEqual([true, true, true]);
  });

  it('retries a 429 without Retry-After after the backoff alone, and succeeds', async () => {
    const waits: number[] = [];
    let attempts = 0;
    const pacing = createCirclePacing({ minBackoffMs: 10, sleep: async (ms) => void waits.push(ms) });
    const answer = await pacing.run('write', async () => {
      attempts += 1;
      if (attempts < 3) throw tooBusy();
      return 'done';
    });
    expect(answer).toBe('done');
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(10);
    expect(waits[0]).toBeLessThanOrEqual(20);
    expect(waits[1]).toBeGreaterThanOrEqual(20);
    expect(waits[1]).toBeLessThanOrEqual(40);
  });

  it('waits no Retry-After that is not positive, only the backoff', async () => {
    // retryAfterMs is a plain field on the error: whoever throws one may put any number there.
    for (const retryAfterMs of [-1000, 0]) {
      const waits: number[] = [];
      const pacing = createCirclePacing({
        retriesOn429: 1,
        minBackoffMs: 10,
        sleep: async (ms) => void waits.push(ms),
      });
      await rejectionOf(
        pacing.run('read', async () => {
          throw tooBusy(retryAfterMs);
        }),
        CircleCallError,
      );
      expect(waits.map((ms) => ms >= 10 && ms <= 20)).toEqual([true]);
    }
  });

  it('neither waits nor retries after another failure', async () => {
    const waits: number[] = [];
    let attempts = 0;
    const pacing = createCirclePacing({ sleep: async (ms) => void waits.push(ms) });
    const failure = await rejectionOf(
      pacing.run('read', async () => {
        attempts += 1;
        throw new CircleCallError('circle', 'getUser', 'broken', { code: 500, status: 500 });
      }),
      CircleCallError,
    );
    expect(failure.circle?.status).toBe(500);
    expect([attempts, waits]).toEqual([1, []]);
  });
});
