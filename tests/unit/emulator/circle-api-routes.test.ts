// Every route in Circle's OpenAPI files is either emulated or answers 501 with Circle's envelope naming it; a path in no
// OpenAPI file stays a 404. The emulator reads a checked-in list of those routes (it must not read reference/ at run
// time), so the first test fails whenever the list and the files disagree.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circleApiRoutesFrom, readOpenApiFiles } from '../../../scripts/generate-circle-api-routes.mjs';
import { circleApiRoutes } from '../../../src/emulator/http/circle-api-routes';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

/** What the emulator implements, as `METHOD path` in the OpenAPI files' spelling. */
const emulated = new Set([
  'GET /ping',
  'GET /v1/w3s/config/entity',
  'POST /v1/w3s/users',
  'GET /v1/w3s/users',
  'GET /v1/w3s/users/{id}',
  'POST /v1/w3s/users/token',
  'GET /v1/w3s/user',
  'POST /v1/w3s/user/initialize',
  'POST /v1/w3s/user/pin',
  'PUT /v1/w3s/user/pin',
  'POST /v1/w3s/user/pin/restore',
  'GET /v1/w3s/user/challenges',
  'GET /v1/w3s/user/challenges/{id}',
  'POST /v1/w3s/user/wallets',
  'GET /v1/w3s/wallets',
  'GET /v1/w3s/wallets/{id}',
  'GET /v1/w3s/wallets/{id}/balances',
  'GET /v1/w3s/transactions',
  'POST /v2/notifications/subscriptions',
  'GET /v2/notifications/subscriptions',
  'GET /v2/notifications/subscriptions/{id}',
  'PATCH /v2/notifications/subscriptions/{id}',
  'DELETE /v2/notifications/subscriptions/{id}',
  'GET /v2/notifications/publicKey/{id}',
]);

let env: EmulatorUnderTest;

const call = (method: string, path: string, headers = env.authHeaders()) =>
  fetch(`${env.emulator.baseUrl}${path.replace(/\{[A-Za-z]+\}/g, randomUUID())}`, {
    method,
    headers,
    body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
  });

beforeAll(async () => {
  env = await startEmulator();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('the route list', () => {
  it('is exactly the methods and paths in Circle’s OpenAPI files (regenerate with scripts/generate-circle-api-routes.mjs)', () => {
    expect(circleApiRoutes).toEqual(circleApiRoutesFrom(readOpenApiFiles()));
  });

  it('names every emulated route (a route the files lost would still be listed here)', () => {
    const listed = new Set(circleApiRoutes.map(({ method, path }) => `${method} ${path}`));
    expect([...emulated].filter((route) => !listed.has(route))).toEqual([]);
  });
});

describe('routes Circle has and the emulator does not', () => {
  const notEmulated = circleApiRoutes.filter(({ method, path }) => !emulated.has(`${method} ${path}`));

  it('are more than a handful (the list is not accidentally empty)', () => {
    expect(notEmulated.length).toBeGreaterThanOrEqual(20);
  });

  it.each(notEmulated)('$method $path answers 501 naming the route', async ({ method, path }) => {
    const response = await call(method, path);
    expect(response.status).toBe(501);
    expect(await readJson(response)).toEqual({
      code: 501,
      message: `${method} ${path} is not emulated: Circle's API has this route, this emulator does not.`,
    });
  });

  it('still needs the API key first', async () => {
    const response = await call('POST', '/v1/w3s/user/transactions/transfer', { 'Content-Type': 'application/json' });
    expect(response.status).toBe(401);
  });

  it('reach the official Node SDK as a 501 it can tell apart', async () => {
    const sdk = initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
    const failure = await sdk.signMessage({ userToken: 'any', walletId: randomUUID(), message: 'hello' }).then(
      () => undefined,
      (error: { status?: unknown; code?: unknown; message?: unknown }) => error,
    );
    expect(failure).toMatchObject({ status: 501, code: 501 });
    expect(String(failure?.message)).toContain('POST /v1/w3s/user/sign/message is not emulated');
  });
});

describe('routes the emulator implements', () => {
  it.each([...emulated])('%s never answers 501', async (route) => {
    const [method = '', path = ''] = route.split(' ');
    expect((await call(method, path)).status).not.toBe(501);
  });
});

describe('anything else', () => {
  it.each([
    ['GET', '/v1/w3s/nothing'],
    ['POST', '/v1/w3s/wallets'],
    ['DELETE', '/v1/w3s/users'],
    ['GET', '/v1/w3s/developer/wallets'],
  ])('%s %s stays a 404', async (method, path) => {
    const response = await call(method, path);
    expect(response.status).toBe(404);
    expect(await readJson(response)).toEqual({ code: 404, message: 'Not found.' });
  });
});
