// Issue 23 §3: the API key never leaves the host it was checked against. A base URL that answers with a redirect fails
// the call, says where it pointed, and nothing reaches that place, on every transport main uses.
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { type CircleGateway, createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import {
  RedirectRefusedError,
  refusingRedirects,
  type SeenRedirect,
} from '../../../../src/main/circle/circle-redirects';
import { circleFetch, type FetchFunction, installFetchTransport } from '../../../../src/main/circle/circle-transport';
import { flowFailure } from '../../../../src/main/failures/flow-failure';
import type { CircleCall } from '../../../../src/shared/circle/circle-call';
import { rejectionOf } from '../../../support/rejections';
import { frontServer, type LoopbackServer, recordingServer } from './loopback-servers';

const apiKey = 'TEST_API_KEY:redirectkeyid0001:redirectsecret0001';
const keyParts = [apiKey, ...apiKey.split(':').slice(1)];
const redirectStatuses = [301, 302, 303, 307, 308];

/**
 * Electron's `net.fetch`, as far as redirects go. It is built on ClientRequest, whose handler of the URL loader's
 * 'redirect' event (electron/electron lib/common/api/net-client-request.ts) follows under `follow`, kills the request
 * with `new Error("Attempted to redirect, but redirect policy was 'error'")` under `error`, and under `manual`, unless
 * followRedirect() is called during the event (nobody does), with `new Error('Redirect was cancelled')`. Before that,
 * the session's webRequest.onBeforeRedirect hears of it (shell/browser/net/proxying_url_loader_factory.cc calls
 * OnBeforeRedirect, then the client's OnReceiveRedirect); `onBeforeRedirect` plays that listener.
 */
function electronLikeFetch(onBeforeRedirect?: (details: { url: string } & SeenRedirect) => void): FetchFunction {
  return async (input, init) => {
    const asked = new Request(input, init);
    const policy = asked.redirect;
    const headers = new Headers(asked.headers);
    const answer = await fetch(asked, { redirect: 'manual' });
    const location = answer.headers.get('location');
    if (!redirectStatuses.includes(answer.status) || !location) return answer;
    const redirectURL = new URL(location, asked.url).href;
    onBeforeRedirect?.({ url: asked.url, statusCode: answer.status, redirectURL });
    if (policy === 'error') throw new Error("Attempted to redirect, but redirect policy was 'error'");
    if (policy === 'manual') throw new Error('Redirect was cancelled');
    // `follow`: on to the new URL with the same headers, as Chromium does for a 307.
    return fetch(redirectURL, { method: asked.method, headers, redirect: 'follow' });
  };
}

/** Main's wiring in Electron: what onBeforeRedirect saw, by request URL, handed to refusingRedirects. */
function electronLikeWithSeenRedirects(): FetchFunction {
  const seen = new Map<string, SeenRedirect>();
  return refusingRedirects(
    electronLikeFetch(({ url, statusCode, redirectURL }) => seen.set(url, { statusCode, redirectURL })),
    { seenRedirect: (url) => seen.get(url) },
  );
}

let elsewhere: LoopbackServer;
let bound: LoopbackServer;
let undoTransport: (() => void) | undefined;

beforeAll(async () => {
  elsewhere = await recordingServer();
  // The bound base URL answers every request with a 307 to the same path on the other server.
  bound = await frontServer({ redirects: () => true, redirectTo: elsewhere.url });
});
afterAll(async () => {
  await bound.close();
  await elsewhere.close();
});
afterEach(() => {
  undoTransport?.();
  undoTransport = undefined;
  bound.received.length = 0;
  elsewhere.received.length = 0;
});

const failureOf = (pending: Promise<unknown>) => rejectionOf(pending, CircleCallError);

/** One call of each kind the gateway makes: the direct App ID call, SDK reads, and SDK writes with a body. */
const everyKindOfCall: [string, (gateway: CircleGateway) => Promise<unknown>][] = [
  ['GET /v1/w3s/config/entity', (gateway) => gateway.fetchAppId()],
  ['GET /v1/w3s/users/{id}', (gateway) => gateway.getUser('user-knows-pin')],
  ['POST /v1/w3s/users/token', (gateway) => gateway.createUserToken('user-knows-pin')],
  ['PUT /v1/w3s/user/pin', (gateway) => gateway.createPinChangeChallenge('a-user-token', crypto.randomUUID())],
  ['GET /v1/w3s/user/challenges', (gateway) => gateway.listChallenges('a-user-token')],
  ['POST /v2/notifications/subscriptions', (gateway) => gateway.subscribeNotifications('https://example.test/hook')],
];

const transports: [string, () => FetchFunction | undefined, boolean][] = [
  ['no transport installed (the SDK’s axios in Node)', () => undefined, true],
  ['a Node fetch transport', () => fetch, true],
  ['an Electron-like fetch (rejects with “Redirect was cancelled”)', () => electronLikeFetch(), false],
  ['an Electron-like fetch, with what onBeforeRedirect saw', electronLikeWithSeenRedirects, true],
];

describe('a base URL answering 307 to another server', () => {
  it('really would send the call there if it were followed (the test bed can fail)', async () => {
    const followed = await fetch(`${bound.url}/v1/w3s/config/entity`, { headers: { authorization: 'Bearer x' } });
    expect(await followed.json()).toEqual({ data: { appId: 'elsewhere' } });
    expect(elsewhere.received).toHaveLength(1);
  });

  it.each(transports)(
    'with %s: every call fails naming the redirect, and the other server receives nothing',
    async (_name, transport, statusKnown) => {
      const installed = transport();
      if (installed) undoTransport = installFetchTransport(installed);
      const calls: CircleCall[] = [];
      const gateway = createCircleGateway({ apiKey, baseUrl: bound.url }).observed((call) => calls.push(call));

      for (const [operation, call] of everyKindOfCall) {
        const error = await failureOf(call(gateway));
        expect(error.kind, operation).toBe('redirect');
        expect(error.operation).toBe(operation);
        if (statusKnown) {
          expect(error.message).toBe(
            `Circle's API answered 307, a redirect to ${elsewhere.url}. PIN Desk follows no redirect with the API key, so nothing was sent there.`,
          );
        } else {
          expect(error.message).toBe(
            "Circle's API answered with a redirect. PIN Desk follows no redirect with the API key, so nothing was sent where it pointed.",
          );
        }
        const failure = flowFailure('token', error);
        expect(failure.code).toBe('redirect-refused');
        expect(failure.message).toContain(error.message);
        const everything = `${inspect(error, { depth: 10, showHidden: true })} ${failure.message}`;
        for (const part of keyParts) expect(everything).not.toContain(part);
      }

      expect(elsewhere.received).toEqual([]);
      // Each call reached the bound server once, with the key, and was not retried.
      expect(bound.received).toHaveLength(everyKindOfCall.length);
      expect(bound.received.every((request) => request.authorization === `Bearer ${apiKey}`)).toBe(true);
      expect(calls.map((call) => [call.endpoint, call.httpStatus])).toEqual(
        everyKindOfCall.map(([operation]) => [operation, statusKnown ? 307 : null]),
      );
    },
  );

  it.each(redirectStatuses)('refuses a %i like a 307', async (status) => {
    const other = await frontServer({ redirects: () => true, redirectTo: elsewhere.url, redirectStatus: status });
    try {
      const gateway = createCircleGateway({ apiKey, baseUrl: other.url });
      for (const call of [() => gateway.fetchAppId(), () => gateway.createUserToken('user-knows-pin')]) {
        expect((await failureOf(call())).message).toContain(`answered ${status}, a redirect to ${elsewhere.url}.`);
      }
      expect(elsewhere.received).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('names only where the redirect pointed, never its path or query', async () => {
    const leaky = await frontServer({
      redirects: () => true,
      redirectTo: `${elsewhere.url}/collect?key=${encodeURIComponent(apiKey)}&path=`,
    });
    try {
      const gateway = createCircleGateway({ apiKey, baseUrl: leaky.url });
      const error = await failureOf(gateway.getUser('user-knows-pin'));
      expect(error.message).toContain(`a redirect to ${elsewhere.url}.`);
      expect(error.message).not.toMatch(/collect|key=/);
      expect(elsewhere.received).toEqual([]);
    } finally {
      await leaky.close();
    }
  });
});

describe('refusingRedirects', () => {
  it('overrides a caller’s own redirect mode, on a Request as on an init', async () => {
    const refusing = refusingRedirects(fetch);
    const asked = new Request(`${bound.url}/v1/w3s/users/token`, {
      method: 'POST',
      redirect: 'follow',
      body: '{"userId":"user-knows-pin"}',
    });
    await expect(refusing(asked)).rejects.toBeInstanceOf(RedirectRefusedError);
    await expect(refusing(`${bound.url}/v1/w3s/users/x`, { redirect: 'follow' })).rejects.toMatchObject({
      redirectStatus: 307,
      redirectOrigin: elsewhere.url,
    });
    expect(elsewhere.received).toEqual([]);
  });

  it('turns Electron’s rejection under redirect: "error" into the same refusal', async () => {
    const refusing = refusingRedirects(async () => {
      throw new Error("Attempted to redirect, but redirect policy was 'error'");
    });
    await expect(refusing('https://api.circle.com/v1/w3s/config/entity')).rejects.toBeInstanceOf(RedirectRefusedError);
  });

  it('asks seenRedirect by the request’s URL, and refuses even when it throws', async () => {
    const asked: string[] = [];
    const cancelled = async () => {
      throw new Error('Redirect was cancelled');
    };
    const refusing = refusingRedirects(cancelled, {
      seenRedirect: (url) => {
        asked.push(url);
        return { statusCode: 308, redirectURL: 'https://other.example:8443/v1/w3s/users/token' };
      },
    });
    await expect(refusing(new URL('https://gateway.example/circle/v1/w3s/users/token'))).rejects.toThrow(
      "Circle's API answered 308, a redirect to https://other.example:8443. PIN Desk follows no redirect with the API key, so nothing was sent there.",
    );
    expect(asked).toEqual(['https://gateway.example/circle/v1/w3s/users/token']);
    const throwing = refusingRedirects(cancelled, {
      seenRedirect: () => {
        throw new Error('lookup failed');
      },
    });
    await expect(throwing('https://api.circle.com/x')).rejects.toMatchObject({ redirectStatus: undefined });
  });

  it('refuses an opaque redirect (a browser’s fetch), and a redirect a transport followed anyway', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, redirected: false, headers: new Headers(), body: null };
    const browserLike = refusingRedirects(async () => opaque as unknown as Response);
    await expect(browserLike('https://api.circle.com/x')).rejects.toMatchObject({ redirectStatus: undefined });

    const ignoresManual = refusingRedirects((input, init) => fetch(input, { ...init, redirect: 'follow' }));
    const error = await rejectionOf(ignoresManual(`${bound.url}/v1/w3s/users/x`), RedirectRefusedError);
    expect(error).toMatchObject({ followed: true, redirectOrigin: elsewhere.url });
    expect(error.message).toMatch(/followed a redirect .* although PIN Desk asked it not to/);
  });

  it('refuses a redirect a transport followed for a HEAD, whose answer has no body to let go', async () => {
    const ignoresManual = refusingRedirects((input, init) => fetch(input, { ...init, redirect: 'follow' }));
    const error = await rejectionOf(
      ignoresManual(`${bound.url}/v1/w3s/users/x`, { method: 'HEAD' }),
      RedirectRefusedError,
    );
    expect(error).toMatchObject({ followed: true, redirectOrigin: elsewhere.url });
  });

  it('passes other answers and failures through untouched, 304 included', async () => {
    const answer = new Response(null, { status: 304 });
    expect(await refusingRedirects(async () => answer)('https://api.circle.com/x')).toBe(answer);
    const offline = new TypeError('fetch failed');
    await expect(
      refusingRedirects(async () => {
        throw offline;
      })('https://api.circle.com/x'),
    ).rejects.toBe(offline);
  });

  it('wraps a fetch once: installing an already refusing one keeps its options', () => {
    const refusing = electronLikeWithSeenRedirects();
    expect(refusingRedirects(refusing)).toBe(refusing);
    undoTransport = installFetchTransport(refusing);
    expect(circleFetch()).toBe(refusing);
  });
});
