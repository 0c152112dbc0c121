// The X-Request-Id interceptor (circle-request-id.ts) on a fresh instance of the SDK's own axios, its requests
// answered by an adapter that records the headers they would have been sent with; and `headerValue` on each kind of
// headers the gateway reads (AxiosHeaders, plain objects, fetch Headers).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { headerValue, installRequestIdInterceptor, withRequestId } from '../../../../src/main/circle/circle-request-id';

interface RecordingAxios {
  interceptors: { request: { use(handler: unknown): number } };
  get(url: string, config?: { headers?: Record<string, string> }): Promise<unknown>;
}

const sdkEntry = createRequire(import.meta.url).resolve('@circle-fin/user-controlled-wallets');
const axios = createRequire(sdkEntry)('axios') as { create(config: object): RecordingAxios };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A new axios whose requests are not sent: each one's X-Request-Id is recorded instead. */
function recordingAxios() {
  const sent: (string | null)[] = [];
  const instance = axios.create({
    adapter: async (config: { headers: unknown }) => {
      sent.push(headerValue(config.headers, 'X-Request-Id'));
      return { data: {}, status: 200, statusText: 'OK', headers: {}, config };
    },
  });
  return { instance, sent };
}

describe('the X-Request-Id interceptor on the SDK’s axios', () => {
  it('sends the current attempt’s ID with a request that has none', async () => {
    const { instance, sent } = recordingAxios();
    installRequestIdInterceptor(instance);
    await withRequestId('attempt-1', () => instance.get('https://api.circle.com/v1/w3s/users'));
    expect(sent).toEqual(['attempt-1']);
  });

  it('keeps an ID the request already has, in any letter case', async () => {
    const { instance, sent } = recordingAxios();
    installRequestIdInterceptor(instance);
    await withRequestId('attempt-2', async () => {
      await instance.get('https://api.circle.com/a', { headers: { 'X-Request-Id': 'from-the-sdk' } });
      await instance.get('https://api.circle.com/b', { headers: { 'x-request-id': 'lower-case' } });
    });
    expect(sent).toEqual(['from-the-sdk', 'lower-case']);
  });

  it('outside an attempt, gives each request a new UUID of its own', async () => {
    const { instance, sent } = recordingAxios();
    installRequestIdInterceptor(instance);
    await instance.get('https://api.circle.com/a');
    await instance.get('https://api.circle.com/b');
    expect(sent).toEqual([expect.stringMatching(uuid), expect.stringMatching(uuid)]);
    expect(sent[0]).not.toBe(sent[1]);
  });

  it('is added once however often it is installed', () => {
    const handlers: unknown[] = [];
    const target = { interceptors: { request: { use: (handler: unknown) => handlers.push(handler) } } };
    installRequestIdInterceptor(target);
    installRequestIdInterceptor(target);
    expect(handlers).toHaveLength(1);
  });

  it('on plain-object headers: adds the ID when none is there, keeps one that is, and passes a request without headers', async () => {
    const handlers: ((config: { headers?: Record<string, unknown> }) => unknown)[] = [];
    installRequestIdInterceptor({ interceptors: { request: { use: (given) => handlers.push(given) } } });
    const handler = handlers[0];
    const bare = { headers: {} as Record<string, unknown> };
    const kept = { headers: { 'X-REQUEST-ID': 'theirs' } as Record<string, unknown> };
    const none = {};
    await withRequestId('attempt-3', async () => {
      expect(handler?.(bare)).toBe(bare);
      expect(handler?.(kept)).toBe(kept);
      expect(handler?.(none)).toBe(none);
    });
    expect(bare.headers).toEqual({ 'X-Request-Id': 'attempt-3' });
    expect(kept.headers).toEqual({ 'X-REQUEST-ID': 'theirs' });
    expect(none).toEqual({});
  });
});

describe('headerValue', () => {
  it('reads fetch Headers and plain objects case-insensitively', () => {
    expect(headerValue(new Headers({ 'X-Request-Id': 'abc' }), 'x-request-id')).toBe('abc');
    expect(headerValue({ 'x-REQUEST-id': 'def', other: 'x' }, 'X-Request-Id')).toBe('def');
  });

  it('falls back to the entries when a get() answers no string, and skips values that are not strings', () => {
    const headers = { get: () => undefined, 'x-request-id': 'ghi' };
    expect(headerValue(headers, 'X-Request-Id')).toBe('ghi');
    expect(headerValue({ 'x-request-id': ['a', 'b'] }, 'x-request-id')).toBeNull();
  });

  it('gives null for no headers, a missing header, or something that is not headers', () => {
    expect(headerValue(undefined, 'x-request-id')).toBeNull();
    expect(headerValue(null, 'x-request-id')).toBeNull();
    expect(headerValue('x-request-id: abc', 'x-request-id')).toBeNull();
    expect(headerValue({ 'x-other': 'abc' }, 'x-request-id')).toBeNull();
    expect(headerValue(new Headers(), 'x-request-id')).toBeNull();
  });
});
