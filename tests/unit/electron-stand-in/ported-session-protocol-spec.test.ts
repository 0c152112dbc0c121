// api-session-spec.ts "ses.protocol" and api-net-session-spec.ts, ported to the stand-in: a session's protocol
// handlers and webRequest listeners are its own. PIN Desk leans on exactly this: the windows' session holds the
// app's handlers and policy, and main's own session (src/main/session/main-calls-session.ts) holds none of them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standInSessions } from '../../support/electron-stand-in/session';

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((request, response) => response.end(`network ${request.url}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('api-session-spec.ts ses.protocol', () => {
  it('does not affect defaultSession', () => {
    const sessions = standInSessions();
    const custom = sessions.fromPartition('temp');
    custom.protocol.handle('sp', () => new Response('custom'));
    expect(sessions.defaultSession.protocol.isProtocolHandled('sp')).toBe(false);
    expect(custom.protocol.isProtocolHandled('sp')).toBe(true);
  });

  it('the default session’s http handler and cancelling listener never see another session’s fetch', async () => {
    const sessions = standInSessions();
    const handled: string[] = [];
    sessions.defaultSession.protocol.handle('http', (request) => {
      handled.push(request.url);
      return Response.error();
    });
    sessions.defaultSession.webRequest.onBeforeRequest((_details, callback) => callback({ cancel: true }));
    const own = sessions.fromPartition('pin-desk-main-calls');
    expect(await own.fetch(baseUrl).then((response) => response.text())).toBe('network /');
    expect(handled).toEqual([]);
    // The same fetch on the default session meets both (its listener first).
    await expect(sessions.defaultSession.fetch(baseUrl)).rejects.toThrow('net::ERR_BLOCKED_BY_CLIENT');
  });
});

describe('a request nothing answers fails with Chromium’s net error for the cause', () => {
  it('a refused connection is net::ERR_CONNECTION_REFUSED; a name that does not resolve, net::ERR_NAME_NOT_RESOLVED', async () => {
    const { defaultSession } = standInSessions();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(defaultSession.fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(/^net::ERR_CONNECTION_REFUSED/);
    await expect(defaultSession.fetch('http://no-such-host.invalid/')).rejects.toThrow(/^net::ERR_NAME_NOT_RESOLVED/);
  });
});
