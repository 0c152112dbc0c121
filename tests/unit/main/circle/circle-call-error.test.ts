import { describe, expect, it } from 'vitest';
import { maxRetryAfterMs, retryAfterMs } from '../../../../src/main/circle/circle-call-error';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');

  it('reads delay-seconds', () => {
    expect(retryAfterMs('1', now)).toBe(1000);
    expect(retryAfterMs(' 12 ', now)).toBe(12_000);
  });

  it('reads an HTTP date, relative to now', () => {
    expect(retryAfterMs('Fri, 27 Nov 2026 10:00:05 GMT', now)).toBe(5000);
  });

  it('caps a long wait, so the agent hears why rather than waits', () => {
    expect(retryAfterMs('3600', now)).toBe(maxRetryAfterMs);
  });

  it('ignores what is absent, unreadable, zero or already past', () => {
    for (const value of [undefined, null, '', 'soon', '-5', '1.5', '0', 'Fri, 27 Nov 2026 09:59:00 GMT', 42]) {
      expect(retryAfterMs(value, now)).toBeUndefined();
    }
  });
});
