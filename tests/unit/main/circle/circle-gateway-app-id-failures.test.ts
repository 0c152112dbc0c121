// The App ID call, the one made without the SDK, asks for JSON and fails as the SDK's calls do: a 407 as the proxy's
// doing, any other error status as Circle's (its words, or the status when the body has none), with its request ID;
// only a 429's Retry-After is waited out, with the sleep the gateway was given.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import type { CircleCall } from '../../../../src/shared/circle/circle-call';
import { rejectionOf } from '../../../support/rejections';
import { type LoopbackServer, type ScriptedAnswer, scriptedServer } from './loopback-servers';

const operation = 'GET /v1/w3s/config/entity';
const appId: ScriptedAnswer = { status: 200, body: { data: { appId: 'app-id' } } };
/** What the server answers next: the queued answers in turn, then `answer`. */
const queued: ScriptedAnswer[] = [];
let answer = appId;
let circle: LoopbackServer;

beforeAll(async () => {
  circle = await scriptedServer(() => queued.shift() ?? answer);
});
afterAll(() => circle.close());
afterEach(() => {
  circle.received.length = 0;
  // Each test scripts its own answers; none carries over to the next.
  queued.length = 0;
  answer = appId;
});

/** A gateway on the scripted server; `slept` hears every wait its pacing asks for. */
function gatewayHere(slept: number[] = []) {
  return createCircleGateway(
    { apiKey: 'TEST_API_KEY:appidcallkey0001:appidcallsecret01', baseUrl: circle.url },
    { retrySleep: async (ms) => void slept.push(ms) },
  );
}

const failureOf = (pending: Promise<unknown>) => rejectionOf(pending, CircleCallError);

describe('the App ID call', () => {
  it('asks for JSON', async () => {
    expect(await gatewayHere().fetchAppId()).toBe('app-id');
    expect(circle.received.map((request) => request.accept)).toEqual(['application/json']);
  });

  it('blames a proxy that wants authentication, in its own words', async () => {
    // Node's fetch makes a 407 a network error (the Fetch standard's rule); a transport that hands one back is read
    // as the proxy's doing all the same.
    const answering407: typeof fetch = async () =>
      new Response('{"message":"Proxy Authentication Required"}', { status: 407 });
    const gateway = createCircleGateway(
      { apiKey: 'TEST_API_KEY:appidcallkey0001:appidcallsecret01', baseUrl: circle.url },
      { fetch: answering407 },
    );
    const error = await failureOf(gateway.fetchAppId());
    expect({ ...error, message: error.message }).toMatchObject({
      kind: 'network',
      operation,
      message: 'Proxy authentication required',
      networkCode: 'HTTP 407',
      transport: 'proxy',
    });
  });

  it('names the status when Circle’s answer has no readable body', async () => {
    answer = { status: 502, body: '<html>Bad Gateway</html>' };
    const error = await failureOf(gatewayHere().fetchAppId());
    expect({ ...error, message: error.message }).toMatchObject({
      kind: 'circle',
      operation,
      message: 'HTTP 502',
      circle: { code: 502, status: 502 },
    });
  });

  it('keeps Circle’s code and words when the body has them', async () => {
    answer = { status: 400, body: { code: 2, message: 'Invalid request' } };
    const error = await failureOf(gatewayHere().fetchAppId());
    expect({ ...error, message: error.message }).toMatchObject({
      kind: 'circle',
      operation,
      message: 'Invalid request',
      circle: { code: 2, status: 400 },
    });
  });

  it('waits out a 429’s Retry-After with the sleep it was given, then asks again', async () => {
    const slept: number[] = [];
    queued.push({ status: 429, headers: { 'retry-after': '7' }, body: { code: 429, message: 'Too many requests' } });
    answer = appId;
    expect(await gatewayHere(slept).fetchAppId()).toBe('app-id');
    // The Retry-After, then the pacing's backoff before the second attempt.
    expect(slept).toHaveLength(2);
    expect(slept[0]).toBe(7000);
  });

  it('honours Retry-After on a 429 only: another status’s header makes no one wait', async () => {
    const slept: number[] = [];
    answer = { status: 503, headers: { 'retry-after': '7' }, body: { code: 503, message: 'Unavailable' } };
    const error = await failureOf(gatewayHere(slept).fetchAppId());
    expect(error.circle).toEqual({ code: 503, status: 503 });
    expect(error.retryAfterMs).toBeUndefined();
    expect(slept).toEqual([]);
  });

  it('carries the request ID Circle answered a failure with, and tells observers it', async () => {
    answer = { status: 404, headers: { 'x-request-id': 'answered-by-circle' }, body: { code: 404, message: 'No' } };
    const calls: CircleCall[] = [];
    const error = await failureOf(
      gatewayHere()
        .observed((call) => calls.push(call))
        .fetchAppId(),
    );
    expect(error.requestId).toBe('answered-by-circle');
    expect(calls).toEqual([{ endpoint: operation, httpStatus: 404, requestId: 'answered-by-circle' }]);
  });
});
