// Developer controls under /emulator/: scenario users, the clock, faults, reset, and export/import round trips.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${env.emulator.baseUrl}${path}`, {
    method,
    headers: env.authHeaders(),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await readJson(response) };
}

beforeAll(async () => {
  env = await startEmulator();
});

beforeEach(async () => {
  await control('DELETE', '/emulator/faults');
  await env.emulator.reset();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('/emulator/users', () => {
  it('creates a user in a scenario’s state, with the scenario’s PIN lock', async () => {
    const created = await control('POST', '/emulator/users', { userId: 'copy-of-locked', scenario: 'user-pin-locked' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      id: 'copy-of-locked',
      pinStatus: 'LOCKED',
      securityQuestionStatus: 'ENABLED',
    });
    expect(
      (await control('POST', '/emulator/users', { userId: 'copy-of-locked', scenario: 'user-no-pin' })).body.code,
    ).toBe(155101);
    expect((await control('POST', '/emulator/users', { userId: 'copy-bad', scenario: 'nope' })).status).toBe(400);
  });

  it('creates a user from explicit fields', async () => {
    const created = await control('POST', '/emulator/users', {
      userId: 'explicit-user',
      pin: '205813',
      securityQuestions: [{ question: 'Favourite colour?', answer: 'teal' }],
      answersLockedForSeconds: 60,
      status: 'DISABLED',
    });
    expect(created.body.data).toMatchObject({
      status: 'DISABLED',
      pinStatus: 'ENABLED',
      securityQuestionStatus: 'LOCKED',
    });
    expect((await control('POST', '/emulator/users', { userId: 'explicit-2', pin: '12345' })).body.code).toBe(2);
  });

  it('needs the API key', async () => {
    const response = await fetch(`${env.emulator.baseUrl}/emulator/reset`, { method: 'POST' });
    expect(response.status).toBe(401);
  });
});

describe('/emulator/clock', () => {
  it('reads and advances the virtual clock, which lifts locks', async () => {
    const before = (await control('GET', '/emulator/clock')).body.data;
    const advanced = (await control('POST', '/emulator/clock', { advanceSeconds: 301 })).body.data;
    expect(Date.parse(advanced.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(301_000);
    const user = await control('GET', '/v1/w3s/users/user-pin-locked');
    expect(user.body.data.user.pinStatus).toBe('ENABLED');
    expect((await control('POST', '/emulator/clock', { advanceSeconds: -1 })).status).toBe(400);
  });
});

describe('/emulator/faults', () => {
  it('answers the next matching calls with the injected error, then behaves again', async () => {
    const added = await control('POST', '/emulator/faults', {
      method: 'GET',
      path: '/v1/w3s/users/*',
      status: 503,
      code: 155102,
      times: 2,
    });
    expect(added.status).toBe(201);
    const first = await control('GET', '/v1/w3s/users/user-knows-pin');
    expect(first).toEqual({ status: 503, body: { code: 155102, message: 'Cannot find the user id in the system.' } });
    expect((await control('GET', '/v1/w3s/users/user-knows-pin')).status).toBe(503);
    expect((await control('GET', '/v1/w3s/users/user-knows-pin')).status).toBe(200);
  });

  it('adds latency, drops connections, and clears', async () => {
    await control('POST', '/emulator/faults', { method: 'GET', path: '/ping', delayMs: 150 });
    const started = Date.now();
    expect((await fetch(`${env.emulator.baseUrl}/ping`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await control('POST', '/emulator/faults', { method: '*', path: '/ping', drop: true });
    await expect(fetch(`${env.emulator.baseUrl}/ping`)).rejects.toThrow();
    await control('POST', '/emulator/faults', { method: 'GET', path: '/ping', status: 500, times: 5 });
    await control('DELETE', '/emulator/faults');
    expect((await fetch(`${env.emulator.baseUrl}/ping`)).status).toBe(200);
  });
});

describe('reset, export and import', () => {
  it('round-trips the whole state into a fresh emulator, where the same PIN still works', async () => {
    await control('POST', '/emulator/users', { userId: 'exported-user', scenario: 'user-knows-pin' });
    const exported = await control('GET', '/emulator/export');
    const other = await createEmulator({ apiKey: env.emulator.apiKey, secretHashCost: { N: 16, r: 1, p: 1 } });
    const imported = await fetch(`${other.baseUrl}/emulator/import`, {
      method: 'POST',
      headers: env.authHeaders(),
      body: JSON.stringify(exported.body),
    });
    expect(imported.status).toBe(200);
    expect(other.appId).toBe(env.emulator.appId);
    expect(other.exportState()).toEqual(exported.body);
    await other.close();
  });

  it('refuses a corrupt state and keeps the current one', async () => {
    const before = env.emulator.exportState();
    const broken = { ...before, users: [{ id: 'x' }] };
    const refused = await control('POST', '/emulator/import', broken);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(2);
    expect(env.emulator.exportState()).toEqual(before);
    expect((await control('POST', '/emulator/import', 'not a state')).status).toBe(400);
  });

  it('reset brings back the seeded users and forgets the rest', async () => {
    await control('POST', '/emulator/users', { userId: 'temporary-user', scenario: 'user-no-pin' });
    const reset = await control('POST', '/emulator/reset');
    expect(reset.body.data.users).toBe(5);
    expect((await control('GET', '/v1/w3s/users/temporary-user')).body.code).toBe(155102);
  });
});
