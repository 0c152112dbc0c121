import { X509Certificate } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testScryptCost } from '../../../src/emulator';
import { browserFlagsLine, hostResolverRules } from '../../../src/emulator/circle-hosts/browser-flags';
import {
  type CircleShapedEmulator,
  startCircleShapedEmulator,
} from '../../../src/emulator/circle-hosts/circle-shaped-emulator';
import { spkiHashOf } from '../../../src/emulator/circle-hosts/throwaway-certificate';
import { installFetchTransport } from '../../../src/main/circle/circle-transport';
import { circleHostsFetch } from '../../support/circle-hosts-fetch';

let shaped: CircleShapedEmulator;
let circleFetch: typeof fetch;
const pageOrigin = 'https://pw-auth.circle.com';

beforeAll(async () => {
  shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
  circleFetch = circleHostsFetch(shaped.tlsPort, shaped.certificate.cert);
});
afterAll(() => shaped.emulator.close());

const apiKeyHeader = () => ({ authorization: `Bearer ${shaped.emulator.apiKey}` });

async function userToken(userId = 'user-knows-pin'): Promise<string> {
  const response = await circleFetch('https://api.circle.com/v1/w3s/users/token', {
    method: 'POST',
    headers: { ...apiKeyHeader(), 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { data: { userToken: string } }).data.userToken;
}

describe('the throwaway certificate and the browser flags', () => {
  it('covers the three host names, and its SPKI hash is the one the flags carry', () => {
    const certificate = new X509Certificate(shaped.certificate.cert);
    for (const host of ['api.circle.com', 'pw-auth.circle.com', 'assets.circle-emulator.test']) {
      expect(certificate.checkHost(host), host).toBe(host);
    }
    expect(certificate.checkHost('circle.com')).toBeUndefined();
    expect(shaped.certificate.spkiHash).toBe(spkiHashOf(shaped.certificate.cert));
    expect(shaped.certificate.spkiHash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(shaped.switches('/tmp/x')).toEqual([
      `--host-resolver-rules=${hostResolverRules(shaped.tlsPort)}`,
      `--ignore-certificate-errors-spki-list=${shaped.certificate.spkiHash}`,
      '--user-data-dir=/tmp/x',
    ]);
  });

  it('the control page says where the web SDK finds the hosted page: https://pw-auth.circle.com on the TLS port', async () => {
    const html = await (await fetch(`${shaped.emulator.baseUrl}/`)).text();
    expect(html).toContain(
      `Web SDK: a browser app's W3SSdk reaches this emulator's hosted PIN page at https://pw-auth.circle.com (TLS port ${shaped.tlsPort})`.replaceAll(
        "'",
        '&#39;',
      ),
    );
  });

  it('prints the flags on one line, double-quoting values with spaces or commas', () => {
    expect(
      browserFlagsLine([
        '--host-resolver-rules=MAP api.circle.com 127.0.0.1:9, MAP pw-auth.circle.com 127.0.0.1:9',
        '--ignore-certificate-errors-spki-list=abc+/=',
        '--user-data-dir=/tmp/My Folder/"x"',
      ]),
    ).toBe(
      '--host-resolver-rules="MAP api.circle.com 127.0.0.1:9, MAP pw-auth.circle.com 127.0.0.1:9" ' +
        '--ignore-certificate-errors-spki-list=abc+/= --user-data-dir="/tmp/My Folder/\\"x\\""',
    );
    expect(hostResolverRules(4433)).toBe(
      'MAP api.circle.com 127.0.0.1:4433, MAP pw-auth.circle.com 127.0.0.1:4433, ' +
        'MAP assets.circle-emulator.test 127.0.0.1:4433',
    );
  });
});

describe('the emulator under Circle’s host names', () => {
  it('answers the official Node SDK at https://api.circle.com, and its plain address as before', async () => {
    const undo = installFetchTransport(circleFetch);
    try {
      const sdk = initiateUserControlledWalletsClient({
        apiKey: shaped.emulator.apiKey,
        baseUrl: 'https://api.circle.com',
      });
      expect((await sdk.getUser({ userId: 'user-knows-pin' })).data?.user).toMatchObject({ pinStatus: 'ENABLED' });
    } finally {
      undo();
    }
    expect((await fetch(`${shaped.emulator.baseUrl}/ping`)).status).toBe(200);
  });

  it('routes by host: the API on api.circle.com only, the hosted page on pw-auth.circle.com only', async () => {
    expect(
      (await circleFetch('https://pw-auth.circle.com/v1/w3s/config/entity', { headers: apiKeyHeader() })).status,
    ).toBe(404);
    expect((await circleFetch('https://api.circle.com/')).status).toBe(404);
    expect((await circleFetch('https://api.circle.com/pw-auth/')).status).toBe(404);
    expect((await circleFetch('https://assets.circle-emulator.test/v1/w3s/config/entity')).status).toBe(404);
    const stylesheet = await circleFetch('https://assets.circle-emulator.test/hosted-pin.css');
    expect(stylesheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await stylesheet.text()).toContain('.backdrop');
  });

  it('the page sets a host-only Secure, SameSite=None, HttpOnly session cookie and links its stylesheet on the asset host', async () => {
    const page = await circleFetch(`${pageOrigin}/?origin=http://localhost:47291`);
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-pw_auth_session=[\w-]{32}; /);
    const attributes = cookie.split('; ').slice(1);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'Secure', 'HttpOnly', 'SameSite=None']));
    expect(attributes.some((attribute) => attribute.startsWith('Domain'))).toBe(false);
    const html = await page.text();
    expect(html).toContain('<link rel="stylesheet" href="https://assets.circle-emulator.test/hosted-pin.css" />');
    expect(html).not.toContain('<style>');
    expect(page.headers.get('content-security-policy')).toContain(
      "style-src https://assets.circle-emulator.test; connect-src 'self' https://api.circle.com;",
    );
  });

  it('refuses the page’s own API calls without the cookie the document set, and answers them with it', async () => {
    const body = JSON.stringify({ pin: '390517' });
    const check = (cookie?: string) =>
      circleFetch(`${pageOrigin}/api/new-pin-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body,
      });
    const refused = await check();
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 401, message: expect.stringContaining('session cookie') });
    expect((await check('__Host-pw_auth_session=made-up')).status).toBe(401);
    const setCookie = (await circleFetch(`${pageOrigin}/?origin=x`)).headers.get('set-cookie') ?? '';
    const accepted = await check(setCookie.split(';')[0]);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ ok: true });
  });

  it('answers the page’s CORS call with exactly the headers its origin needs, and no other origin', async () => {
    const path = 'https://api.circle.com/v1/w3s/hosted-pin/session';
    const preflight = await circleFetch(path, {
      method: 'OPTIONS',
      headers: {
        origin: pageOrigin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-user-token',
      },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries([...preflight.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': pageOrigin,
      'access-control-allow-methods': 'GET',
      'access-control-allow-headers': 'X-User-Token',
      'access-control-max-age': '600',
    });
    const token = await userToken();
    const answered = await circleFetch(path, { headers: { origin: pageOrigin, 'x-user-token': token } });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('access-control-allow-origin')).toBe(pageOrigin);
    expect(answered.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await answered.json()).toEqual({ data: { userId: 'user-knows-pin', expiresAt: expect.any(String) } });
    const expired = await circleFetch(path, { headers: { origin: pageOrigin, 'x-user-token': 'not-a-token' } });
    expect(expired.headers.get('access-control-allow-origin')).toBe(pageOrigin);
    expect((await expired.json()) as { code: number }).toMatchObject({ code: 155105 });
    const elsewhere = await circleFetch(path, { headers: { origin: 'https://evil.example', 'x-user-token': token } });
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});
