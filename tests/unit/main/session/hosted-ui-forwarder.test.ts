import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostedUiForwarder, hostedUiForwardTarget } from '../../../../src/main/session/hosted-ui-forwarder';
import { standInSessions } from '../../../support/electron-stand-in/session';

const base = 'http://127.0.0.1:8787/pw-auth/';

describe('where the hosted PIN UI is forwarded on emulator environments', () => {
  it('keeps path and query, under the emulator’s /pw-auth/', () => {
    expect(hostedUiForwardTarget('https://pw-auth.circle.com/?origin=http%3A%2F%2Flocalhost%3A1', base)).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787/pw-auth/?origin=http%3A%2F%2Flocalhost%3A1',
    });
    expect(hostedUiForwardTarget('https://pw-auth.circle.com/api/open', 'http://127.0.0.1:8787/pw-auth')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787/pw-auth/api/open',
    });
  });

  // Before: the target was `new URL(path, base)`, where `//host/x` is scheme-relative.
  it.each([
    ['//host/x', 'https://pw-auth.circle.com//host/x'],
    ['///host/x', 'https://pw-auth.circle.com///host/x'],
    ['/\\host/x', 'https://pw-auth.circle.com/\\host/x'],
    ['/%2F%2Fhost/x (encoded slashes)', 'https://pw-auth.circle.com/%2F%2Fhost/x'],
    ['/%2f/host/x (encoded, lower case)', 'https://pw-auth.circle.com/%2f/host/x'],
    ['/%5Chost/x (encoded backslash)', 'https://pw-auth.circle.com/%5Chost/x'],
    ['/%5c%5chost/x (encoded backslashes)', 'https://pw-auth.circle.com/%5c%5chost/x'],
    ['/api/%2E%2E%2F..%2Fx (encoded dot segments)', 'https://pw-auth.circle.com/api/%2E%2E%2F..%2Fx'],
    ['/api/open%2F%2E%2E (an encoded slash and dots)', 'https://pw-auth.circle.com/api/open%2F%2E%2E'],
    ['/%00 (NUL)', 'https://pw-auth.circle.com/%00'],
    ['/%E0%A4%A (a malformed escape)', 'https://pw-auth.circle.com/%E0%A4%A'],
  ])('refuses %s, which would leave /pw-auth/ or its host', (_name, url) => {
    const target = hostedUiForwardTarget(url, base);
    expect(target.ok).toBe(false);
  });

  it('refuses any other host', () => {
    expect(hostedUiForwardTarget('https://api.circle.com/v1/w3s/users', base)).toEqual({
      ok: false,
      reason: 'https://api.circle.com is not the hosted PIN UI',
    });
  });
});

describe('the hosted-UI https handler', () => {
  let upstream: Server;
  let upstreamUrl: string;
  const seen: { method?: string; url?: string; body?: string }[] = [];
  beforeAll(async () => {
    upstream = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, body });
        if (request.url?.endsWith('/moved')) {
          response.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end();
          return;
        }
        response.writeHead(200, { 'content-type': 'text/plain' }).end(`hosted ui ${request.url}`);
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => upstream.close(resolve)));

  /** The forward as main makes it in Electron: through its own session's fetch (the stand-in for Electron's). */
  function forwarder() {
    const refused: string[] = [];
    const mainCalls = standInSessions().fromPartition('pin-desk-main-calls');
    const handle = createHostedUiForwarder({
      baseUrl: `${upstreamUrl}/pw-auth/`,
      fetchDirect: (request) => mainCalls.fetch(request),
      onRefused: (url) => refused.push(url),
    });
    return { handle, refused };
  }

  it('forwards method and body to the emulator', async () => {
    const { handle } = forwarder();
    const page = await handle(new Request('https://pw-auth.circle.com/?origin=x'));
    expect(await page.text()).toBe('hosted ui /pw-auth/?origin=x');
    const post = await handle(new Request('https://pw-auth.circle.com/api/open', { method: 'POST', body: '{"a":1}' }));
    expect(post.status).toBe(200);
    expect(seen.at(-1)).toEqual({ method: 'POST', url: '/pw-auth/api/open', body: '{"a":1}' });
  });

  // The page's fetch carries `Origin: https://pw-auth.circle.com`; Electron's fetch would make it a CORS request to
  // the emulator's origin, which allows none (see the stand-in's net-fetch.ts cases).
  it('forwards the page’s POST without its Origin header, so Electron’s fetch makes no CORS request of it', async () => {
    const { handle, refused } = forwarder();
    const post = await handle(
      new Request('https://pw-auth.circle.com/api/current-pin', {
        method: 'POST',
        headers: { origin: 'https://pw-auth.circle.com', 'content-type': 'application/json' },
        body: '{"pin":"x"}',
      }),
    );
    expect(post.status).toBe(200);
    expect(seen.at(-1)).toEqual({ method: 'POST', url: '/pw-auth/api/current-pin', body: '{"pin":"x"}' });
    expect(refused).toEqual([]);
  });

  it('refuses a redirect from the emulator instead of following it', async () => {
    const { handle, refused } = forwarder();
    const before = seen.length;
    expect((await handle(new Request('https://pw-auth.circle.com/moved'))).type).toBe('error');
    expect(seen.length).toBe(before + 1);
    expect(refused).toEqual(['https://pw-auth.circle.com/moved']);
  });

  it.each([
    'https://pw-auth.circle.com///127.0.0.1/x',
    'https://pw-auth.circle.com/\\127.0.0.1/x',
    'https://example.com/',
  ])('answers %s with a network error, reaching nothing', async (url) => {
    const { handle, refused } = forwarder();
    const before = seen.length;
    expect((await handle(new Request(url))).type).toBe('error');
    expect(refused).toEqual([new Request(url).url]);
    expect(seen.length).toBe(before);
  });
});
