// The official Node SDK, unmodified, pointed at the emulator with `baseUrl`: every endpoint it has a method for,
// and Circle's errors as the SDK throws them. Every body the emulator sent is then checked against the OpenAPI files.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededPin } from '../../support/seeded-customer';
import { type EmulatorUnderTest, startEmulator } from './emulator-under-test';

type Client = ReturnType<typeof initiateUserControlledWalletsClient>;

let env: EmulatorUnderTest;
let sdk: Client;

/** The SDK's thrown error, reduced to what the console reads from it. */
async function sdkError(call: Promise<unknown>): Promise<{ code: unknown; status: unknown; body: unknown }> {
  try {
    await call;
  } catch (error) {
    const thrown = error as { code?: unknown; status?: unknown; error?: { response?: { data?: unknown } } };
    return { code: thrown.code, status: thrown.status, body: thrown.error?.response?.data };
  }
  throw new Error('expected the SDK call to fail');
}

async function tokenFor(userId: string) {
  const { data } = await sdk.createUserToken({ userId });
  if (!data) throw new Error('no token');
  return data;
}

beforeAll(async () => {
  env = await startEmulator();
  sdk = initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
});

afterAll(async () => {
  await env.emulator.close();
});

describe('users', () => {
  it('creates a user and refuses a duplicate with 155101', async () => {
    const created = await sdk.createUser({ userId: 'sdk-user-1' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ id: 'sdk-user-1', pinStatus: 'UNSET', status: 'ENABLED' });
    expect(await sdkError(sdk.createUser({ userId: 'sdk-user-1' }))).toMatchObject({
      code: 155101,
      status: 409,
      body: { code: 155101, message: 'Existing user already created with the provided userId.' },
    });
  });

  it('refuses user ids outside 5–50 characters with a field error', async () => {
    expect(await sdkError(sdk.createUser({ userId: 'abc' }))).toMatchObject({ code: 2, status: 400 });
    expect(await sdkError(sdk.createUser({ userId: 'x'.repeat(51) }))).toMatchObject({ code: 2, status: 400 });
  });

  it('gets a user by id, and 155102 for an unknown one', async () => {
    const { data } = await sdk.getUser({ userId: 'user-pin-locked' });
    expect(data?.user).toMatchObject({ id: 'user-pin-locked', pinStatus: 'LOCKED', securityQuestionStatus: 'ENABLED' });
    expect(data?.user?.pinDetails?.lockedExpiryDate).toBeDefined();
    expect(await sdkError(sdk.getUser({ userId: 'nobody-here' }))).toMatchObject({ code: 155102, status: 404 });
  });

  it('lists users with status filters', async () => {
    const locked = await sdk.listUsers({ pinStatus: 'LOCKED' });
    expect(locked.data?.users?.map((user) => user.id)).toEqual(['user-pin-locked']);
    const unset = await sdk.listUsers({ securityQuestionStatus: 'LOCKED' });
    expect(unset.data?.users?.map((user) => user.id)).toEqual(['user-answers-locked']);
  });

  it('pages through users with pageSize/pageAfter/pageBefore', async () => {
    const all = (await sdk.listUsers({ pageSize: 50, order: 'ASC' })).data?.users?.map((user) => user.id) ?? [];
    expect(all.slice(0, 5)).toEqual([
      'user-knows-pin',
      'user-pin-locked',
      'user-answers-locked',
      'user-disabled',
      'user-no-pin',
    ]);
    const first = (await sdk.listUsers({ pageSize: 2, order: 'ASC' })).data?.users?.map((user) => user.id);
    expect(first).toEqual(all.slice(0, 2));
    const second = await sdk.listUsers({ pageSize: 2, order: 'ASC', pageAfter: 'user-pin-locked' });
    expect(second.data?.users?.map((user) => user.id)).toEqual(all.slice(2, 4));
    const before = await sdk.listUsers({ pageSize: 2, order: 'ASC', pageBefore: 'user-disabled' });
    expect(before.data?.users?.map((user) => user.id)).toEqual(all.slice(1, 3));
    expect(await sdkError(sdk.listUsers({ pageAfter: 'no-such-user' }))).toMatchObject({ code: 156012, status: 404 });
  });

  it('filters users by creation date', async () => {
    const future = new Date(env.emulator.clock.now().getTime() + 60_000).toISOString();
    expect((await sdk.listUsers({ from: future })).data?.users).toEqual([]);
    expect((await sdk.listUsers({ to: future })).data?.users?.length).toBeGreaterThanOrEqual(5);
  });
});

describe('user tokens', () => {
  it('issues a JWT for 60 minutes of emulator time, with an encryption key', async () => {
    const { userToken, encryptionKey } = await tokenFor('user-knows-pin');
    expect(encryptionKey).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const claims = JSON.parse(Buffer.from(userToken.split('.')[1] ?? '', 'base64url').toString());
    expect(claims.sub).toBe('user-knows-pin');
    expect(claims.exp - claims.iat).toBe(3600);
    expect(await sdkError(sdk.createUserToken({ userId: 'nobody-here' }))).toMatchObject({ code: 155102, status: 404 });
  });

  it('reads the user behind a token', async () => {
    const { userToken } = await tokenFor('user-no-pin');
    const { data } = await sdk.getUserStatus({ userToken });
    expect(data).toMatchObject({ id: 'user-no-pin', pinStatus: 'UNSET', securityQuestionStatus: 'UNSET' });
  });

  it('rejects an invalid token with 155105 and an expired one with 155104', async () => {
    expect(await sdkError(sdk.getUserStatus({ userToken: 'not.a.token' }))).toMatchObject({
      code: 155105,
      status: 403,
    });
    const { userToken } = await tokenFor('user-knows-pin');
    const [header, payload] = userToken.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    expect(await sdkError(sdk.getUserStatus({ userToken: forged }))).toMatchObject({ code: 155105 });
    env.emulator.clock.advance(60 * 60);
    expect(await sdkError(sdk.getUserStatus({ userToken }))).toMatchObject({ code: 155104, status: 403 });
  });
});

describe('PIN challenges', () => {
  it('creates a CHANGE_PIN challenge, and the same idempotency key returns it with 200', async () => {
    const { userToken } = await tokenFor('user-knows-pin');
    const idempotencyKey = randomUUID();
    const first = await sdk.updateUserPin({ userToken, idempotencyKey });
    expect(first.status).toBe(201);
    const again = await sdk.updateUserPin({ userToken, idempotencyKey });
    expect(again.status).toBe(200);
    expect(again.data?.challengeId).toBe(first.data?.challengeId);
    const other = await sdk.updateUserPin({ userToken, idempotencyKey: randomUUID() });
    expect(other.data?.challengeId).not.toBe(first.data?.challengeId);
    const { data } = await sdk.getUserChallenge({ userToken, challengeId: first.data?.challengeId ?? '' });
    expect(data?.challenge).toMatchObject({ type: 'CHANGE_PIN', status: 'PENDING', correlationIds: [] });
  });

  it('scopes idempotency keys per user, and refuses a key reused for another request type', async () => {
    const idempotencyKey = randomUUID();
    const knows = await tokenFor('user-knows-pin');
    const created = await sdk.createUser({ userId: 'sdk-user-scope' });
    expect(created.status).toBe(201);
    const fresh = await tokenFor('sdk-user-scope');
    const change = await sdk.updateUserPin({ userToken: knows.userToken, idempotencyKey });
    const setPin = await sdk.createUserPin({ userToken: fresh.userToken, idempotencyKey });
    expect(setPin.status).toBe(201);
    expect(setPin.data?.challengeId).not.toBe(change.data?.challengeId);
    expect(await sdkError(sdk.restoreUserPin({ userToken: knows.userToken, idempotencyKey }))).toMatchObject({
      code: 156020,
      status: 403,
    });
  });

  it('refuses a challenge the user state does not allow, with Circle’s codes', async () => {
    await env.emulator.reset(); // earlier tests moved the clock past the seeded 5-minute PIN lock
    const noPin = await tokenFor('user-no-pin');
    const knows = await tokenFor('user-knows-pin');
    const locked = await tokenFor('user-pin-locked');
    const answersLocked = await tokenFor('user-answers-locked');
    const disabled = await tokenFor('user-disabled');
    const key = () => ({ idempotencyKey: randomUUID() });
    expect(await sdkError(sdk.updateUserPin({ ...noPin, ...key() }))).toMatchObject({ code: 155110, status: 400 });
    expect(await sdkError(sdk.restoreUserPin({ ...noPin, ...key() }))).toMatchObject({ code: 155110, status: 400 });
    expect(await sdkError(sdk.createUserPin({ ...knows, ...key() }))).toMatchObject({ code: 155107, status: 409 });
    expect(
      await sdkError(sdk.createUserPinWithWallets({ ...knows, ...key(), blockchains: ['MATIC-AMOY'] })),
    ).toMatchObject({ code: 155106, status: 409 });
    expect(await sdkError(sdk.updateUserPin({ ...locked, ...key() }))).toMatchObject({ code: 155119, status: 400 });
    expect(await sdkError(sdk.restoreUserPin({ ...answersLocked, ...key() }))).toMatchObject({ code: 155120 });
    expect(await sdkError(sdk.updateUserPin({ ...disabled, ...key() }))).toMatchObject({ code: 155109, status: 409 });
    // A locked PIN is exactly what restore is for.
    expect((await sdk.restoreUserPin({ ...locked, ...key() })).status).toBe(201);
  });

  it('creates SET_PIN and INITIALIZE challenges for a user without a PIN', async () => {
    await sdk.createUser({ userId: 'sdk-user-init' });
    const { userToken } = await tokenFor('sdk-user-init');
    const init = await sdk.createUserPinWithWallets({
      userToken,
      idempotencyKey: randomUUID(),
      accountType: 'SCA',
      blockchains: ['MATIC-AMOY'],
    });
    expect(init.status).toBe(201);
    const setPin = await sdk.createUserPin({ userToken, idempotencyKey: randomUUID() });
    const types = await sdk.listUserChallenges({ userToken });
    expect(types.data?.challenges?.map((challenge) => challenge.type)).toEqual(['INITIALIZE', 'SET_PIN']);
    expect(setPin.data?.challengeId).toBeDefined();
  });

  it('lists challenges by status and hides other users’ challenges (155116)', async () => {
    const knows = await tokenFor('user-knows-pin');
    const noPin = await tokenFor('user-no-pin');
    const { data } = await sdk.updateUserPin({ userToken: knows.userToken, idempotencyKey: randomUUID() });
    const challengeId = data?.challengeId ?? '';
    const pending = await sdk.listUserChallenges({ userToken: knows.userToken, challengeStatus: 'PENDING' });
    expect(pending.data?.challenges?.some((challenge) => challenge.id === challengeId)).toBe(true);
    const done = await sdk.listUserChallenges({ userToken: knows.userToken, challengeStatus: 'IN_PROGRESS' });
    expect(done.data?.challenges?.some((challenge) => challenge.id === challengeId)).toBe(false);
    expect(await sdkError(sdk.getUserChallenge({ userToken: noPin.userToken, challengeId }))).toMatchObject({
      code: 155116,
      status: 404,
    });
    expect(await sdkError(sdk.getUserChallenge({ userToken: knows.userToken, challengeId: 'nope' }))).toMatchObject({
      code: 156009,
      status: 400,
    });
  });

  it('reads an expired challenge as Circle documents it (FAILED, 155121), or EXPIRED under the detailed profile', async () => {
    await sdk.createUser({ userId: 'sdk-user-expiry' });
    const { userToken } = await tokenFor('sdk-user-expiry');
    const { data } = await sdk.createUserPin({ userToken, idempotencyKey: randomUUID() });
    const challengeId = data?.challengeId ?? '';
    env.emulator.clock.advance(10 * 60 + 1);
    // The SDK's type lets the list filter only by PENDING and IN_PROGRESS; Circle's API takes any status.
    const listed = async (status: string) => {
      const response = await fetch(`${env.emulator.baseUrl}/v1/w3s/user/challenges?status=${status}`, {
        headers: env.authHeaders({ 'X-User-Token': userToken }),
      });
      return ((await response.json()) as { data: { challenges: { id: string }[] } }).data.challenges;
    };
    const read = async () => ({
      one: (await sdk.getUserChallenge({ userToken, challengeId })).data?.challenge,
      failed: await listed('FAILED'),
      expired: await listed('EXPIRED'),
    });
    const circle = await read();
    expect(circle.one).toMatchObject({ status: 'FAILED', errorCode: 155121, errorMessage: expect.any(String) });
    expect(circle.failed.map((challenge) => challenge.id)).toEqual([challengeId]);
    expect(circle.expired).toEqual([]);
    try {
      env.emulator.changeBehaviour({ profile: 'detailed' });
      const detailed = await read();
      expect(detailed.one).toEqual({ id: challengeId, type: 'SET_PIN', status: 'EXPIRED', correlationIds: [] });
      expect(detailed.expired.map((challenge) => challenge.id)).toEqual([challengeId]);
      expect(detailed.failed).toEqual([]);
    } finally {
      env.emulator.changeBehaviour({ profile: 'circle' });
    }
  });

  it('reports COMPLETE and FAILED (with errorCode) as the hosted UI finishes challenges', async () => {
    const { emulator } = env;
    await emulator.reset();
    const open = async (userId: string) => {
      const { userToken, encryptionKey } = await tokenFor(userId);
      const { data } = await sdk.updateUserPin({ userToken, idempotencyKey: randomUUID() });
      const session = { userToken, challengeId: data?.challengeId ?? '' };
      emulator.challengeSteps.open({ ...session, encryptionKey: encryptionKey ?? '', appId: emulator.appId });
      return session;
    };
    const status = async (session: { userToken: string; challengeId: string }) =>
      (await sdk.getUserChallenge(session)).data?.challenge;

    const changed = await open('user-knows-pin');
    expect(await status(changed)).toMatchObject({ status: 'IN_PROGRESS' });
    expect((await emulator.challengeSteps.verifyCurrentPin(changed, seededPin)).ok).toBe(true);
    expect((await emulator.challengeSteps.completeWithNewPin(changed, '390517', '390517')).ok).toBe(true);
    expect(await status(changed)).toEqual({
      id: changed.challengeId,
      type: 'CHANGE_PIN',
      status: 'COMPLETE',
      correlationIds: [],
    });

    const failing = await open('user-knows-pin');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const outcome = await emulator.challengeSteps.verifyCurrentPin(failing, '111112');
      expect(outcome).toMatchObject({ ok: false, challengeFailed: false, error: { code: 155112 } });
    }
    const user = (await sdk.getUser({ userId: 'user-knows-pin' })).data?.user;
    expect(user?.pinDetails?.failedAttempts).toBe(3);
    const locking = await emulator.challengeSteps.verifyCurrentPin(failing, '111112');
    expect(locking).toMatchObject({ ok: false, challengeFailed: true, error: { code: 155119 } });
    expect(await status(failing)).toMatchObject({
      status: 'FAILED',
      errorCode: 155119,
      errorMessage: "The user's PIN input is locked. It will be unlocked after the cooldown period.",
    });
    const locked = (await sdk.getUser({ userId: 'user-knows-pin' })).data?.user;
    expect(locked).toMatchObject({ pinStatus: 'LOCKED', pinDetails: { failedAttempts: 4 } });
    expect(
      Date.parse(locked?.pinDetails?.lockedExpiryDate ?? '') - Date.parse(locked?.pinDetails?.lockedDate ?? ''),
    ).toBe(30 * 60 * 1000);
    emulator.clock.advance(30 * 60);
    const lifted = (await sdk.getUser({ userId: 'user-knows-pin' })).data?.user;
    expect(lifted).toMatchObject({ pinStatus: 'ENABLED', pinDetails: { failedAttempts: 0 } });
  });
});

afterAll(() => {
  expect(env.schemaProblems()).toEqual([]);
  expect(env.exchanges.length).toBeGreaterThan(40);
});
