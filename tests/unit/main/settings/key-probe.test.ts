// The live check of a key (GET /v1/w3s/config/entity) against a local HTTP server standing in for whatever answers at
// the base URL: which field each failure belongs beside, and what it says. The key is never in a message.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeKey } from '../../../../src/main/settings/key-probe';

const apiKey = 'TEST_API_KEY:5d0b7e3a9c214f6e8a1b3c5d7e9f1a2b:c0ffee00deadbeef0123456789abcdef';

/** Answers by the first part of the path: /ok, /unknown-key, /malformed-key, /redirect, /forbidden. */
let server: Server;
let origin: string;
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const scenario = (request.url ?? '').split('/')[1];
    if (scenario === 'ok') return json(200, { data: { appId: 'app-of-ok' } });
    if (scenario === 'unknown-key') return json(401, { code: 156007, message: 'API key not found' });
    if (scenario === 'malformed-key') return json(401, { code: 401, message: 'Malformed key' });
    if (scenario === 'forbidden') return json(403, { code: 156001, message: 'Forbidden' });
    if (scenario === 'redirect') {
      return response.writeHead(302, { location: 'https://elsewhere.example/v1/w3s/config/entity' }).end();
    }
    return json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const probe = (scenario: string) => probeKey(apiKey, `${origin}/${scenario}`);

describe('the live check of a key', () => {
  it('answers the App ID when the base URL knows the key', async () => {
    expect(await probe('ok')).toEqual({ ok: true, appId: 'app-of-ok' });
  });

  it('puts a key the base URL does not know (156007) beside the key, saying so', async () => {
    const answer = await probe('unknown-key');
    expect(answer).toMatchObject({ ok: false, field: 'apiKey' });
    if (answer.ok) return;
    expect(answer.failure).toMatchObject({
      code: 'unknown-api-key',
      message: `${origin}/unknown-key does not know this key (156007). Check you copied the whole key, for the right environment.`,
      circle: { code: 156007, status: 401 },
    });
  });

  it('puts a key refused with another 401 beside the key, as malformed', async () => {
    const answer = await probe('malformed-key');
    expect(answer).toMatchObject({ ok: false, field: 'apiKey' });
    if (answer.ok) return;
    expect(answer.failure).toMatchObject({
      code: 'unknown-api-key',
      message: `${origin}/malformed-key refused this key as malformed.`,
      circle: { code: 401, status: 401 },
    });
  });

  it('puts a proxy’s refusal and a redirect beside the base URL: the address is what is wrong', async () => {
    // A proxy that wants credentials answers 407 itself (Electron's net.fetch hands that answer back; Node's fetch
    // throws on a 407 from a server that is no proxy, so the answer comes from the fetch at the edge here).
    const proxy = await probeKey(apiKey, `${origin}/ok`, {
      fetch: async () => new Response('{}', { status: 407, headers: { 'content-type': 'application/json' } }),
    });
    expect(proxy).toMatchObject({ ok: false, field: 'baseUrl', failure: { code: 'proxy-failed' } });
    const redirect = await probe('redirect');
    expect(redirect).toMatchObject({ ok: false, field: 'baseUrl', failure: { code: 'redirect-refused' } });
    const nothing = await probeKey(apiKey, 'http://127.0.0.1:9');
    expect(nothing).toMatchObject({ ok: false, field: 'baseUrl', failure: { code: 'circle-unreachable' } });
  });

  it('puts a secure connection that cannot be verified beside the base URL', async () => {
    // https to a plain-http server: the TLS handshake fails.
    const answer = await probeKey(apiKey, `${origin.replace('http:', 'https:')}/ok`);
    expect(answer).toMatchObject({ ok: false, field: 'baseUrl', failure: { code: 'tls-failed' } });
  });

  it('puts any other refusal from Circle beside the key', async () => {
    const answer = await probe('forbidden');
    expect(answer).toMatchObject({ ok: false, field: 'apiKey', failure: { code: 'app-id-failed' } });
  });

  it('asks through the fetch it is given', async () => {
    const seen: string[] = [];
    const answer = await probeKey(apiKey, `${origin}/ok`, {
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    expect(answer).toEqual({ ok: true, appId: 'app-of-ok' });
    expect(seen).toEqual([`${origin}/ok/v1/w3s/config/entity`]);
  });

  it('never repeats the key in a failure', async () => {
    const [, id = '', secret = ''] = apiKey.split(':');
    for (const scenario of ['unknown-key', 'malformed-key', 'forbidden', 'redirect']) {
      const answer = await probe(scenario);
      expect(answer.ok).toBe(false);
      for (const part of [apiKey, id, secret]) expect(JSON.stringify(answer)).not.toContain(part);
      if (!answer.ok) for (const part of [apiKey, id, secret]) expect(answer.failure.message).not.toContain(part);
    }
  });
});
