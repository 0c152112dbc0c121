// What a failed Circle call becomes: a CircleCallError with only what the SDK's error says, and a Retry-After read
// from a 429's headers.
import { describe, expect, it } from 'vitest';
import { maxRetryAfterMs, retryAfterMs, toCircleCallError } from '../../../../src/main/circle/circle-call-error';

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

/** What the SDK throws for an HTTP answer: Circle's code and the status, with axios's error (headers and all). */
function sdkError(status: unknown, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { message: `Request failed with status ${String(status)}`, status, ...fields };
}

const retryAfter = (seconds: string) => ({ error: { response: { headers: { 'retry-after': seconds } } } });

describe('toCircleCallError', () => {
  it('names itself CircleCallError, as a log line shows it', () => {
    const failure = toCircleCallError('getUser', sdkError(404, { code: 156004 }), []);
    expect(String(failure)).toBe('CircleCallError: Request failed with status 404');
  });

  it('keeps Circle’s code and the status, the status standing in for a code Circle did not give', () => {
    expect(toCircleCallError('getUser', sdkError(404, { code: 156004 }), []).circle).toEqual({
      code: 156004,
      status: 404,
    });
    // axios's own error has a string code, which is not Circle's.
    for (const fields of [{}, { code: 'ERR_BAD_RESPONSE' }]) {
      const failure = toCircleCallError('getUser', sdkError(502, fields), []);
      expect([failure.kind, failure.circle]).toEqual(['circle', { code: 502, status: 502 }]);
    }
  });

  it('calls a failure without an HTTP error status unexpected, with its own words, secrets masked', () => {
    const secret = 'local-secret-0001';
    const thrown: [unknown, string][] = [
      [`SDK broke near ${secret}`, 'SDK broke near [redacted]'],
      [{ status: 200, message: 'an answer, not a failure' }, 'an answer, not a failure'],
      [{ status: '503', message: 'a status that is not a number' }, 'a status that is not a number'],
    ];
    for (const [error, message] of thrown) {
      const failure = toCircleCallError('getUser', error, [secret]);
      expect([failure.kind, failure.message, failure.circle]).toEqual(['unexpected', message, undefined]);
    }
  });

  it('takes Retry-After from a 429 only: other statuses are not paced by it', () => {
    expect(toCircleCallError('getUser', sdkError(429, retryAfter('5')), []).retryAfterMs).toBe(5000);
    expect(toCircleCallError('getUser', sdkError(503, retryAfter('5')), []).retryAfterMs).toBeUndefined();
  });

  it('reads no Retry-After from a 429 whose axios error, response or headers are missing', () => {
    for (const fields of [{}, { error: {} }, { error: { response: {} } }]) {
      const failure = toCircleCallError('getUser', sdkError(429, fields), []);
      expect([failure.kind, failure.circle?.status, failure.retryAfterMs]).toEqual(['circle', 429, undefined]);
    }
  });
});
