// Circle's conventions on every route, called with plain fetch: /ping and /v1/w3s/config/entity (the two the SDK has
// no method for), API-key auth, X-Request-Id, missing user tokens, the error envelope for bad input, rate limits.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;
const call = (path: string, init: RequestInit = {}) => fetch(`${env.emulator.baseUrl}${path}`, init);

beforeAll(async () => {
  env = await startEmulator();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('health and entity config', () => {
  it('answers /ping without a key', async () => {
    const response = await call('/ping');
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({ message: 'pong' });
  });

  it('gives the appId from /v1/w3s/config/entity, stable across calls and resets', async () => {
    const read = async () => (await readJson(await call('/v1/w3s/config/entity', { headers: env.authHeaders() }))).data;
    const first = await read();
    expect(first).toEqual({ appId: env.emulator.appId });
    await env.emulator.reset();
    expect(await read()).toEqual(first);
  });
});

describe('API keys', () => {
  it('refuses a missing or malformed key with 401 and Circle’s message', async () => {
    for (const authorization of [undefined, 'Bearer', 'Bearer nope', 'Basic abc', `Bearer ${env.emulator.apiKey}:x`]) {
      const response = await call('/v1/w3s/users', { headers: authorization ? { Authorization: authorization } : {} });
      expect(response.status).toBe(401);
      expect(await readJson(response)).toEqual({ code: 401, message: 'Malformed authorization.' });
    }
  });

  it('refuses a well-formed unknown key with 156007', async () => {
    const response = await call('/v1/w3s/users', { headers: { Authorization: 'Bearer TEST_API_KEY:abc:def' } });
    expect(response.status).toBe(401);
    expect((await readJson(response)).code).toBe(156007);
  });

  it('makes LIVE_API_KEY keys on mainnet and accepts a given key', async () => {
    const mainnet = await createEmulator({ network: 'mainnet', secretHashCost: { N: 16, r: 1, p: 1 } });
    expect(mainnet.apiKey).toMatch(/^LIVE_API_KEY:[0-9a-f]{32}:[0-9a-f]{32}$/);
    await mainnet.close();
    const given = await createEmulator({
      apiKey: 'TEST_API_KEY:my-id:my-secret',
      secretHashCost: { N: 16, r: 1, p: 1 },
    });
    const response = await fetch(`${given.baseUrl}/v1/w3s/config/entity`, {
      headers: { Authorization: 'Bearer TEST_API_KEY:my-id:my-secret' },
    });
    expect(response.status).toBe(200);
    await given.close();
    await expect(createEmulator({ apiKey: 'LIVE_API_KEY:a:b' })).rejects.toThrow(/network/);
    await expect(createEmulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('generates a fresh key per start', async () => {
    const other = await createEmulator({ secretHashCost: { N: 16, r: 1, p: 1 } });
    expect(other.apiKey).not.toBe(env.emulator.apiKey);
    expect(env.emulator.apiKey).toMatch(/^TEST_API_KEY:/);
    await other.close();
  });
});

describe('request ids and user tokens', () => {
  it('echoes X-Request-Id when sent and makes one up otherwise', async () => {
    const id = randomUUID();
    const echoed = await call('/ping', { headers: { 'X-Request-Id': id } });
    expect(echoed.headers.get('x-request-id')).toBe(id);
    const failed = await call('/v1/w3s/users/nobody-here', { headers: env.authHeaders({ 'X-Request-Id': id }) });
    expect(failed.status).toBe(404);
    expect(failed.headers.get('x-request-id')).toBe(id);
    const made = (await call('/ping')).headers.get('x-request-id');
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a missing X-User-Token with 155103', async () => {
    const response = await call('/v1/w3s/user', { headers: env.authHeaders() });
    expect(response.status).toBe(401);
    expect((await readJson(response)).code).toBe(155103);
  });
});

describe('bad input gets the error envelope', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    call(path, { method: 'POST', headers: env.authHeaders(headers), body });

  it('invalid JSON → 400 code 2 "Invalid Entity"', async () => {
    const response = await post('/v1/w3s/users', '{"userId":');
    expect(response.status).toBe(400);
    expect(await readJson(response)).toEqual({ code: 2, message: 'Invalid Entity' });
  });

  it('wrong JSON types → "Cannot unmarshal"; missing fields → "INVALID: `field` empty"', async () => {
    expect(await readJson(await post('/v1/w3s/users', '{"userId":12345}'))).toEqual({
      code: 2,
      message: 'Cannot unmarshal',
    });
    expect(await readJson(await post('/v1/w3s/users', '[]'))).toEqual({ code: 2, message: 'Cannot unmarshal' });
    expect(await readJson(await post('/v1/w3s/users', '{}'))).toEqual({ code: 2, message: 'INVALID: `userId` empty' });
  });

  it('a non-UUID idempotency key → field error', async () => {
    const { data } = await readJson(await post('/v1/w3s/users/token', '{"userId":"user-knows-pin"}'));
    const response = await call('/v1/w3s/user/pin', {
      method: 'PUT',
      headers: env.authHeaders({ 'X-User-Token': data.userToken }),
      body: JSON.stringify({ idempotencyKey: 'not-a-uuid' }),
    });
    expect(response.status).toBe(400);
    expect((await readJson(response)).code).toBe(2);
  });

  it('an oversize body → 413 envelope', async () => {
    const response = await post('/v1/w3s/users', JSON.stringify({ userId: 'x'.repeat(200_000) }));
    expect(response.status).toBe(413);
    expect(await readJson(response)).toEqual({ code: 413, message: 'Request entity too large.' });
  });

  it('an unknown route or method → 404 envelope', async () => {
    for (const [method, path] of [
      ['GET', '/v1/w3s/nothing'],
      ['DELETE', '/v1/w3s/users'],
      ['GET', '/nothing-here'],
    ] as const) {
      const response = await call(path, { method, headers: env.authHeaders() });
      expect(response.status).toBe(404);
      expect(await readJson(response)).toEqual({ code: 404, message: 'Not found.' });
    }
  });

  it('a prototype-poisoning body is refused as invalid JSON', async () => {
    const response = await post('/v1/w3s/users', '{"userId":"poison-1","__proto__":{"admin":true}}');
    expect(response.status).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('a non-JSON content type → 400 envelope', async () => {
    const response = await post('/v1/w3s/users', 'userId=abcdef', { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(400);
    expect((await readJson(response)).code).toBe(2);
  });
});

describe('rate limits', () => {
  it('are off by default', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => call('/v1/w3s/users', { headers: env.authHeaders() })),
    );
    expect(statuses.every((response) => response.status === 200)).toBe(true);
  });

  it('answer 429 past 20 GETs per second per key when switched on', async () => {
    const limited = await createEmulator({ rateLimits: true, secretHashCost: { N: 16, r: 1, p: 1 } });
    const headers = { Authorization: `Bearer ${limited.apiKey}` };
    // Sent as one burst well inside a second; a window boundary can split it, so allow for two windows.
    const responses = await Promise.all(
      Array.from({ length: 45 }, () => fetch(`${limited.baseUrl}/v1/w3s/users`, { headers })),
    );
    const tooMany = responses.filter((response) => response.status === 429);
    expect(tooMany.length).toBeGreaterThanOrEqual(5);
    expect(await tooMany[0]?.json()).toEqual({ code: 429, message: 'Too many requests.' });
    expect(tooMany[0]?.headers.get('retry-after')).toBe('1');
    await limited.close();
  });
});
