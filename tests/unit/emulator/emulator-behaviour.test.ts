// The behaviour settings (`POST /emulator/behaviour`, `createEmulator`'s `behaviour`) and what they change: the
// idempotency rule, the hosted page's error mode; plus the unlock control, and X-Request-Id on every response.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testScryptCost } from '../../../src/emulator/auth/secret-hash';
import { createEmulator } from '../../../src/emulator/create-emulator';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;

async function call(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${env.emulator.baseUrl}${path}`, {
    method,
    headers: env.authHeaders(options.headers),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  env = await startEmulator();
});

afterEach(async () => {
  await call('POST', '/emulator/behaviour', {
    body: { profile: 'circle', hostedUiErrors: 'report', idempotency: 'successful-only', idempotencyBody: 'warn' },
  });
  await call('DELETE', '/emulator/faults');
  await env.emulator.reset();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('POST /emulator/behaviour', () => {
  it('starts on the defaults closest to Circle, changes only the fields sent, and answers the settings', async () => {
    expect((await call('GET', '/emulator/behaviour')).body).toEqual({
      data: { profile: 'circle', hostedUiErrors: 'report', idempotency: 'successful-only', idempotencyBody: 'warn' },
    });
    const changed = await call('POST', '/emulator/behaviour', { body: { idempotency: 'replay-errors' } });
    expect(changed).toMatchObject({
      status: 200,
      body: {
        data: { profile: 'circle', hostedUiErrors: 'report', idempotency: 'replay-errors', idempotencyBody: 'warn' },
      },
    });
    const all = await call('POST', '/emulator/behaviour', {
      body: { profile: 'detailed', hostedUiErrors: 'inline', idempotencyBody: 'strict' },
    });
    expect(all.body.data).toEqual({
      profile: 'detailed',
      hostedUiErrors: 'inline',
      idempotency: 'replay-errors',
      idempotencyBody: 'strict',
    });
    expect((await call('POST', '/emulator/behaviour', { body: {} })).body.data).toEqual(all.body.data);
    expect(env.emulator.behaviour()).toEqual(all.body.data);
  });

  it('refuses a value or a field it does not know, naming it, and changes nothing', async () => {
    const wrongValue = await call('POST', '/emulator/behaviour', { body: { profile: 'strict' } });
    expect(wrongValue.status).toBe(400);
    expect(wrongValue.body).toMatchObject({ code: 2, message: expect.stringContaining('profile') });
    expect(wrongValue.body.message).toContain('detailed');
    const unknown = await call('POST', '/emulator/behaviour', { body: { hostedUiErrors: 'report', speed: 'fast' } });
    expect(unknown.body).toMatchObject({ code: 2, message: expect.stringContaining('speed') });
    expect((await call('POST', '/emulator/behaviour', { body: ['circle'] })).status).toBe(400);
    expect(env.emulator.behaviour()).toEqual({
      profile: 'circle',
      hostedUiErrors: 'report',
      idempotency: 'successful-only',
      idempotencyBody: 'warn',
    });
  });

  it('needs the API key, like every control', async () => {
    const response = await fetch(`${env.emulator.baseUrl}/emulator/behaviour`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: 'detailed' }),
    });
    expect(response.status).toBe(401);
    expect(env.emulator.behaviour().profile).toBe('circle');
  });

  it('can be chosen when the emulator starts, and a bad choice stops the start', async () => {
    const started = await createEmulator({
      secretHashCost: testScryptCost,
      behaviour: { profile: 'detailed', idempotency: 'replay-errors' },
    });
    expect(started.behaviour()).toEqual({
      profile: 'detailed',
      hostedUiErrors: 'report',
      idempotency: 'replay-errors',
      idempotencyBody: 'warn',
    });
    await started.close();
    await expect(createEmulator({ behaviour: { profile: 'loose' as 'circle' } })).rejects.toThrow(/behaviour/);
  });

  it('sets the hosted page’s error mode in the page it serves next', async () => {
    const page = async () => (await fetch(`${env.emulator.baseUrl}/pw-auth/?origin=https://app.example`)).text();
    expect(await page()).toContain('"hostedUiErrors":"report"');
    await call('POST', '/emulator/behaviour', { body: { hostedUiErrors: 'inline' } });
    expect(await page()).toContain('"hostedUiErrors":"inline"');
  });
});

describe('idempotency keys under each rule', () => {
  const tokenFor = async (userId: string) =>
    (await call('POST', '/v1/w3s/users/token', { body: { userId } })).body.data as { userToken: string };
  const changePin = (userToken: string, idempotencyKey: string) =>
    call('PUT', '/v1/w3s/user/pin', { body: { idempotencyKey }, headers: { 'X-User-Token': userToken } });
  const restorePin = (userToken: string, idempotencyKey: string) =>
    call('POST', '/v1/w3s/user/pin/restore', { body: { idempotencyKey }, headers: { 'X-User-Token': userToken } });

  it.each(['successful-only', 'replay-errors'] as const)('%s: a key that made a challenge returns it', async (rule) => {
    await call('POST', '/emulator/behaviour', { body: { idempotency: rule } });
    const { userToken } = await tokenFor('user-knows-pin');
    const key = randomUUID();
    const first = await changePin(userToken, key);
    expect(first.status).toBe(201);
    const again = await changePin((await tokenFor('user-knows-pin')).userToken, key);
    expect(again).toMatchObject({ status: 200, body: { data: { challengeId: first.body.data.challengeId } } });
    expect((await restorePin(userToken, key)).body.code).toBe(156020);
  });

  it('successful-only: a key whose request was refused can be used again, and then succeeds', async () => {
    await call('POST', '/emulator/users', { body: { userId: 'locked-copy', scenario: 'user-pin-locked' } });
    const key = randomUUID();
    expect((await changePin((await tokenFor('locked-copy')).userToken, key)).body.code).toBe(155119);
    await call('POST', '/emulator/users/locked-copy/unlock', { body: {} });
    expect((await changePin((await tokenFor('locked-copy')).userToken, key)).status).toBe(201);
  });

  it('replay-errors: the refusal is answered again to that key even once its cause is gone; a new key succeeds', async () => {
    await call('POST', '/emulator/behaviour', { body: { idempotency: 'replay-errors' } });
    await call('POST', '/emulator/users', { body: { userId: 'locked-copy', scenario: 'user-pin-locked' } });
    const key = randomUUID();
    expect((await changePin((await tokenFor('locked-copy')).userToken, key)).body.code).toBe(155119);
    await call('POST', '/emulator/users/locked-copy/unlock', { body: {} });
    expect((await changePin((await tokenFor('locked-copy')).userToken, key)).body.code).toBe(155119);
    expect((await restorePin((await tokenFor('locked-copy')).userToken, key)).body.code).toBe(156020);
    expect((await changePin((await tokenFor('locked-copy')).userToken, randomUUID())).status).toBe(201);
  });

  it('replay-errors: an expired token’s 155104 is replayed to the same key with a fresh token', async () => {
    await call('POST', '/emulator/behaviour', { body: { idempotency: 'replay-errors' } });
    const stale = await tokenFor('user-knows-pin');
    env.emulator.clock.advance(61 * 60);
    const key = randomUUID();
    expect((await changePin(stale.userToken, key)).body.code).toBe(155104);
    const fresh = await tokenFor('user-knows-pin');
    expect((await changePin(fresh.userToken, key)).body.code).toBe(155104);
    expect((await changePin(fresh.userToken, randomUUID())).status).toBe(201);
  });

  it.each(['successful-only', 'replay-errors'] as const)(
    '%s: an unknown outcome (5xx, 429) never sticks to the key',
    async (rule) => {
      await call('POST', '/emulator/behaviour', { body: { idempotency: rule } });
      const { userToken } = await tokenFor('user-knows-pin');
      const key = randomUUID();
      await call('POST', '/emulator/faults', { body: { method: 'PUT', path: '/v1/w3s/user/pin', status: 500 } });
      expect((await changePin(userToken, key)).status).toBe(500);
      await call('POST', '/emulator/faults', { body: { method: 'PUT', path: '/v1/w3s/user/pin', status: 429 } });
      expect((await changePin(userToken, key)).status).toBe(429);
      expect((await changePin(userToken, key)).status).toBe(201);
    },
  );
});

describe('POST /emulator/users/{id}/unlock', () => {
  it('lifts the locks and records when, as Circle’s lastLockOverrideDate', async () => {
    const before = (await call('GET', '/v1/w3s/users/user-pin-locked')).body.data.user;
    expect(before.pinStatus).toBe('LOCKED');
    expect(before.pinDetails.lastLockOverrideDate).toBeUndefined();
    const from = env.emulator.clock.now().getTime();
    const unlocked = await call('POST', '/emulator/users/user-pin-locked/unlock', {
      body: { securityQuestions: false },
    });
    expect(unlocked.body.data).toMatchObject({ pinStatus: 'ENABLED', pinDetails: { failedAttempts: 0 } });
    const overridden = Date.parse(unlocked.body.data.pinDetails.lastLockOverrideDate);
    expect(overridden).toBeGreaterThanOrEqual(from);
    expect(overridden).toBeLessThanOrEqual(env.emulator.clock.now().getTime());
    expect(unlocked.body.data.securityQuestionDetails.lastLockOverrideDate).toBeUndefined();
    const after = (await call('GET', '/v1/w3s/users/user-pin-locked')).body.data.user;
    expect(after.pinDetails.lastLockOverrideDate).toBe(unlocked.body.data.pinDetails.lastLockOverrideDate);
    expect((await call('POST', '/emulator/users/nobody-here/unlock', { body: {} })).body.code).toBe(155102);
    expect((await call('POST', '/emulator/users/user-pin-locked/unlock', { body: { pin: 'yes' } })).status).toBe(400);
  });

  it('survives an export and import', async () => {
    await call('POST', '/emulator/users/user-answers-locked/unlock', { body: {} });
    const state = (await call('GET', '/emulator/export')).body;
    await env.emulator.reset();
    expect((await call('POST', '/emulator/import', { body: state })).status).toBe(200);
    const user = (await call('GET', '/v1/w3s/users/user-answers-locked')).body.data.user;
    expect(user.securityQuestionStatus).toBe('ENABLED');
    expect(user.securityQuestionDetails.lastLockOverrideDate).toEqual(expect.any(String));
  });
});

describe('X-Request-Id', () => {
  it('comes back on every response: the one sent when it is 1–128 printable characters, else a fresh UUID', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const sent = randomUUID();
    const requests: [string, string][] = [
      ['GET', '/v1/w3s/users/user-knows-pin'],
      ['GET', '/v1/w3s/users/nobody-here'],
      ['GET', '/no/such/route'],
      ['POST', '/emulator/behaviour'],
      ['GET', '/ping'],
    ];
    for (const [method, path] of requests) {
      const kept = await call(method, path, { headers: { 'X-Request-Id': sent } });
      expect(kept.headers.get('x-request-id'), path).toBe(sent);
      const fresh = await call(method, path, { headers: { 'X-Request-Id': 'x'.repeat(129) } });
      expect(fresh.headers.get('x-request-id'), path).toMatch(uuid);
    }
    const unauthenticated = await fetch(`${env.emulator.baseUrl}/v1/w3s/users/user-knows-pin`);
    expect(unauthenticated.headers.get('x-request-id')).toMatch(uuid);
    const page = await fetch(`${env.emulator.baseUrl}/pw-auth/`, { headers: { 'X-Request-Id': 'page-load-1' } });
    expect(page.headers.get('x-request-id')).toBe('page-load-1');
    expect((await readJson(unauthenticated)).code).toBe(401);
  });
});
