// Cases of Electron's own spec files, ported to the stand-in for Electron's session, net, protocol and webRequest
// (tests/support/electron-stand-in/). Each `it` names the Electron spec file and case it comes from; the
// expectations are Electron's. Where Electron loads a page to make the request, the stand-in's `frameRequest` plays
// the renderer's request. A stand-in that passes these behaves, where PIN Desk leans on it, as Electron does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { standInNet, standInSessions } from '../../support/electron-stand-in/session';

type Route = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server;
let baseUrl: string;
const routes = new Map<string, Route>();
const received: { url: string; method: string; origin?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ url: request.url ?? '', method: request.method ?? '', origin: request.headers.origin });
    const route = routes.get(request.url ?? '');
    if (route) return route(request, response);
    response.end(request.url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => {
  routes.clear();
  received.length = 0;
});

function electron() {
  const session = standInSessions();
  return { session, net: standInNet(session.defaultSession) };
}
const appFrame = { url: 'http://localhost:47291/index.html', origin: 'http://localhost:47291', parent: null };

describe('api-session-spec.ts', () => {
  it('session.defaultSession: returns the default session (fromPartition(""))', () => {
    const { session } = electron();
    expect(session.defaultSession).toBe(session.fromPartition(''));
  });
  it('session.fromPartition(partition, options): returns existing session with same partition', () => {
    const { session } = electron();
    expect(session.fromPartition('test')).toBe(session.fromPartition('test'));
    expect(session.fromPartition('test')).not.toBe(session.defaultSession);
  });
});

describe('api-net-session-spec.ts webRequest', () => {
  it('Should throw when invalid filters are passed', () => {
    const { session } = electron();
    expect(() =>
      session.defaultSession.webRequest.onBeforeRequest({ urls: ['*://www.googleapis.com'] }, () => {}),
    ).toThrow('Invalid url pattern *://www.googleapis.com: Empty path.');
  });
  it('Should not throw when valid filters are passed', () => {
    const { session } = electron();
    expect(() =>
      session.defaultSession.webRequest.onBeforeRequest({ urls: ['*://www.googleapis.com/'] }, () => {}),
    ).not.toThrow();
  });
  it('Requests should be intercepted by webRequest module (redirectURL)', async () => {
    const { session, net } = electron();
    let intercepted = false;
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      if (details.url === `${baseUrl}requestUrl`) {
        intercepted = true;
        callback({ redirectURL: `${baseUrl}redirectUrl` });
      } else callback({ cancel: false });
    });
    const response = await net.fetch(`${baseUrl}requestUrl`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('/redirectUrl');
    expect(intercepted).toBe(true);
    expect(received.map((request) => request.url)).toEqual(['/redirectUrl']);
  });
  it('should to able to create and intercept a request using a custom session object', async () => {
    const { session } = electron();
    session.defaultSession.webRequest.onBeforeRequest(() => {
      throw new Error('Request should not be intercepted by the default session');
    });
    const custom = session.fromPartition(`custom-partition-${Math.random()}`);
    let intercepted = false;
    custom.webRequest.onBeforeRequest((details, callback) => {
      intercepted = details.url === `${baseUrl}requestUrl` || intercepted;
      callback(details.url === `${baseUrl}requestUrl` ? { redirectURL: `${baseUrl}redirectUrl` } : {});
    });
    const response = await custom.fetch(`${baseUrl}requestUrl`);
    expect(await response.text()).toBe('/redirectUrl');
    expect(intercepted).toBe(true);
  });
  it('triggers webRequest handlers when bypassCustomProtocolHandlers', async () => {
    const { session, net } = electron();
    let seen: { url: string } | null = null;
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      seen = details;
      callback({});
    });
    const body = await net.fetch(baseUrl, { bypassCustomProtocolHandlers: true }).then((r) => r.text());
    expect(body).toBe('/');
    expect(seen).toHaveProperty('url', baseUrl);
  });
});

describe('api-web-request-spec.ts webRequest.onBeforeRequest', () => {
  const cancel = (_details: unknown, callback: (response: { cancel: boolean }) => void) => callback({ cancel: true });

  it('can cancel the request (net::ERR_BLOCKED_BY_CLIENT, as onErrorOccurred reports)', async () => {
    const { session, net } = electron();
    session.defaultSession.webRequest.onBeforeRequest(cancel);
    await expect(net.fetch(baseUrl)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
    expect(received).toEqual([]);
  });
  it('can filter URLs', async () => {
    const { session, net } = electron();
    session.defaultSession.webRequest.onBeforeRequest({ urls: [`${baseUrl}filter/*`] }, cancel);
    expect(await net.fetch(`${baseUrl}nofilter/test`).then((r) => r.text())).toBe('/nofilter/test');
    await expect(net.fetch(`${baseUrl}filter/test`)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
  });
  it('can filter all URLs with syntax <all_urls>', async () => {
    const { session, net } = electron();
    session.defaultSession.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, cancel);
    await expect(net.fetch(`${baseUrl}filter/test`)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
    await expect(net.fetch(`${baseUrl}nofilter/test`)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
  });
  it('can filter URLs with overlapping patterns of urls and excludeUrls', async () => {
    const { session, net } = electron();
    const filter = { urls: [`${baseUrl}filter/*`], excludeUrls: [`${baseUrl}filter/test`] };
    session.defaultSession.webRequest.onBeforeRequest(filter, cancel);
    expect(await net.fetch(`${baseUrl}filter/test`).then((r) => r.text())).toBe('/filter/test');
  });
  it('can filter URLs and types', async () => {
    const { session } = electron();
    const ses = session.defaultSession;
    const xhr = { frame: appFrame, webContentsId: 1, resourceType: 'xhr' as const };
    ses.webRequest.onBeforeRequest({ urls: [`${baseUrl}filter/*`], types: ['xhr'] }, cancel);
    await expect(ses.frameRequest(`${baseUrl}filter/test`, xhr)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
    ses.webRequest.onBeforeRequest({ urls: [`${baseUrl}filter/*`], types: ['stylesheet'] }, cancel);
    expect(await ses.frameRequest(`${baseUrl}filter/test`, xhr).then((r) => r.text())).toBe('/filter/test');
  });
  it('receives details object: a frame’s request carries its frame and webContentsId', async () => {
    const { session } = electron();
    let details: Record<string, unknown> = {};
    session.defaultSession.webRequest.onBeforeRequest((received, callback) => {
      details = { ...received };
      callback({});
    });
    await session.defaultSession.frameRequest(baseUrl, { frame: appFrame, webContentsId: 7, resourceType: 'xhr' });
    expect(details).toMatchObject({ url: baseUrl, method: 'GET', resourceType: 'xhr', webContentsId: 7 });
    expect(details.frame).toBe(appFrame);
    expect(details.id).toEqual(expect.any(Number));
    expect(details.timestamp).toEqual(expect.any(Number));
    expect(details.uploadData).toBeUndefined();
  });
  it('receives details object: main’s own fetch has no frame, webContents or webContentsId (electron_api_web_request.cc)', async () => {
    const { session, net } = electron();
    let details: Record<string, unknown> = {};
    session.defaultSession.webRequest.onBeforeRequest((received, callback) => {
      details = { ...received };
      callback({});
    });
    await net.fetch(baseUrl);
    expect(details.url).toBe(baseUrl);
    expect('frame' in details).toBe(false);
    expect('webContentsId' in details).toBe(false);
    expect('webContents' in details).toBe(false);
  });
  it('receives post data in details object', async () => {
    const { session, net } = electron();
    let upload = '';
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      upload = details.uploadData?.[0]?.bytes.toString() ?? '';
      callback({ cancel: true });
    });
    await expect(net.fetch(baseUrl, { method: 'POST', body: 'name=post+test&type=string' })).rejects.toThrow();
    expect(upload).toBe('name=post+test&type=string');
  });
  it('can redirect the request', async () => {
    const { session, net } = electron();
    session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
      callback(details.url === baseUrl ? { redirectURL: `${baseUrl}redirect` } : {}),
    );
    expect(await net.fetch(baseUrl).then((r) => r.text())).toBe('/redirect');
  });
});

describe('api-web-request-spec.ts webRequest.onBeforeRedirect', () => {
  it('receives details object', async () => {
    const { session, net } = electron();
    const redirectURL = `${baseUrl}redirect`;
    session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
      callback(details.url === baseUrl ? { redirectURL } : {}),
    );
    const seen: Record<string, unknown>[] = [];
    session.defaultSession.webRequest.onBeforeRedirect((details) => seen.push({ ...details }));
    expect(await net.fetch(baseUrl).then((r) => r.text())).toBe('/redirect');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      statusLine: 'HTTP/1.1 307 Internal Redirect',
      statusCode: 307,
      redirectURL,
      fromCache: false,
    });
  });
});

describe('api-net-spec.ts and client-request.md: redirect modes', () => {
  function redirectTo(target: string) {
    routes.set('/moved', (_request, response) => {
      response.statusCode = 302;
      response.setHeader('Location', target);
      response.end();
    });
  }
  it('should not follow redirect when mode is error', async () => {
    const { net } = electron();
    redirectTo('/200');
    await expect(net.fetch(`${baseUrl}moved`, { redirect: 'error' })).rejects.toThrow(
      "Attempted to redirect, but redirect policy was 'error'",
    );
    expect(received.map((request) => request.url)).toEqual(['/moved']);
  });
  it('manual: "the redirection will be cancelled unless request.followRedirect is invoked" (net.fetch never calls it)', async () => {
    const { session, net } = electron();
    redirectTo('/200');
    const redirects: { statusCode: number; redirectURL: string }[] = [];
    session.defaultSession.webRequest.onBeforeRedirect((details) => redirects.push(details));
    await expect(net.fetch(`${baseUrl}moved`, { redirect: 'manual' })).rejects.toThrow('Redirect was cancelled');
    expect(received.map((request) => request.url)).toEqual(['/moved']);
    expect(redirects).toMatchObject([{ statusCode: 302, redirectURL: `${baseUrl}200` }]);
  });
  it('follow (the default): the redirect is followed, and webRequest sees each hop', async () => {
    const { session, net } = electron();
    redirectTo('/200');
    const asked: string[] = [];
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      asked.push(details.url);
      callback({});
    });
    expect(await net.fetch(`${baseUrl}moved`).then((r) => r.text())).toBe('/200');
    expect(asked).toEqual([`${baseUrl}moved`, `${baseUrl}200`]);
  });
});

describe('api-protocol-spec.ts handle', () => {
  it('receives requests to a custom scheme', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('test-scheme', (request) => new Response(`hello ${request.url}`));
    const response = await net.fetch('test-scheme://foo/');
    expect(response.status).toBe(200);
  });
  it('can be unhandled', async () => {
    const { session, net } = electron();
    const { protocol } = session.defaultSession;
    protocol.handle('test-scheme', (request) => new Response(`hello ${request.url}`));
    expect((await net.fetch('test-scheme://foo/')).status).toBe(200);
    protocol.unhandle('test-scheme');
    await expect(net.fetch('test-scheme://foo/')).rejects.toThrow(/ERR_UNKNOWN_URL_SCHEME/);
    expect(() => protocol.unhandle('test-scheme')).toThrow('Failed to unhandle protocol: test-scheme');
  });
  it('a scheme handled twice fails to register (protocol.ts)', () => {
    const { session } = electron();
    session.defaultSession.protocol.handle('https', () => new Response('one'));
    expect(() => session.defaultSession.protocol.handle('https', () => new Response('two'))).toThrow(
      'Failed to register protocol: https',
    );
    expect(session.defaultSession.protocol.isProtocolHandled('https')).toBe(true);
  });
  it('normalizes http urls', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('http', (request) => new Response(request.url));
    expect(await net.fetch('http://foo').then((r) => r.text())).toBe('http://foo/');
  });
  it('can send errors', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('test-scheme', () => Response.error());
    await expect(net.fetch('test-scheme://foo/')).rejects.toThrow('net::ERR_FAILED');
  });
  it('handles a synchronous error in the handler', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('test-scheme', () => {
      throw new Error('test');
    });
    await expect(net.fetch('test-scheme://foo/')).rejects.toThrow('net::ERR_UNEXPECTED');
  });
  it('can bypass intercepted protocol handlers', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('http', () => new Response('custom'));
    expect(await net.fetch(baseUrl).then((r) => r.text())).toBe('custom');
    expect(await net.fetch(baseUrl, { bypassCustomProtocolHandlers: true }).then((r) => r.text())).toBe('/');
  });
  it('bypassing custom protocol handlers also bypasses new protocols', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('app', () => new Response('custom'));
    await expect(net.fetch('app://foo/', { bypassCustomProtocolHandlers: true })).rejects.toThrow(
      'net::ERR_UNKNOWN_URL_SCHEME',
    );
  });
  it('can forward to the original handler (a frame’s navigation, handled, forwarded past the handler)', async () => {
    const { session, net } = electron();
    session.defaultSession.protocol.handle('http', (request) =>
      net.fetch(request, { bypassCustomProtocolHandlers: true }),
    );
    const response = await session.defaultSession.frameRequest(baseUrl, {
      frame: null,
      webContentsId: 1,
      resourceType: 'mainFrame',
    });
    expect(await response.text()).toBe('/');
  });
  it('a handler never sees the request’s cookies (electron/electron#39525)', async () => {
    const { session, net } = electron();
    let cookie: string | null = 'unset';
    session.defaultSession.protocol.handle('https', (request) => {
      cookie = request.headers.get('cookie');
      return new Response('ok');
    });
    await net.fetch('https://pw-auth.circle.com/', { headers: { cookie: 'session=1' } });
    expect(cookie).toBeNull();
  });
});

describe('net-fetch.ts: an Origin header makes a CORS request', () => {
  it('a cross-origin POST with another origin’s Origin header and no CORS answer fails with net::ERR_FAILED', async () => {
    const { net } = electron();
    await expect(
      net.fetch(`${baseUrl}api`, {
        method: 'POST',
        headers: { origin: 'https://pw-auth.circle.com', 'content-type': 'application/json' },
        body: '{}',
      }),
    ).rejects.toThrow('net::ERR_FAILED');
  });
  it('the same POST without an Origin header is main’s own request, and no CORS applies', async () => {
    const { net } = electron();
    const response = await net.fetch(`${baseUrl}api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await response.text()).toBe('/api');
  });
});
