// Main's own fetch on Electron's session as the stand-in models it (tests/support/electron-stand-in/): a redirect is
// cancelled by Electron's fetch ('Redirect was cancelled'), and the refusal names what onBeforeRedirect heard.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedirectRefusedError } from '../../../../src/main/circle/circle-redirects';
import { mainCallsFetch, mainCallsPartition } from '../../../../src/main/session/main-calls-session';
import { standInSessions } from '../../../support/electron-stand-in/session';

let bound: Server;
let elsewhere: Server;
let boundUrl: string;
let elsewhereUrl: string;
let elsewhereRequests = 0;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  elsewhere = createServer((_request, response) => {
    elsewhereRequests += 1;
    response.end('{"data":{"appId":"stolen"}}');
  });
  elsewhereUrl = await listen(elsewhere);
  bound = createServer((request, response) => {
    if (request.url === '/v1/w3s/config/entity') {
      response.writeHead(307, { location: `${elsewhereUrl}/v1/w3s/config/entity?from=bound` }).end();
      return;
    }
    response.end('{"data":{}}');
  });
  boundUrl = await listen(bound);
});
afterAll(async () => {
  await new Promise((resolve) => bound.close(resolve));
  await new Promise((resolve) => elsewhere.close(resolve));
});

describe("main's own fetch, on its own session", () => {
  it('refuses a 307 from the bound host, naming the status and the host it pointed to; the other host gets nothing', async () => {
    const calls = standInSessions().fromPartition(mainCallsPartition);
    const fetchOnOwnSession = mainCallsFetch(calls);
    const failure = await fetchOnOwnSession(`${boundUrl}/v1/w3s/config/entity`, {
      headers: { authorization: 'Bearer TEST_API_KEY:a:b' },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RedirectRefusedError);
    expect((failure as RedirectRefusedError).redirectStatus).toBe(307);
    expect((failure as Error).message).toContain(elsewhereUrl);
    expect((failure as Error).message).not.toContain('from=bound');
    expect(elsewhereRequests).toBe(0);
  });

  it('answers everything else as the server did', async () => {
    const calls = standInSessions().fromPartition(mainCallsPartition);
    const answer = await mainCallsFetch(calls)(new URL(`${boundUrl}/v1/w3s/users/x`));
    expect(await answer.json()).toEqual({ data: {} });
  });
});
