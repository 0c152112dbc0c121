// The hosted UI's steps on a running emulator: what opening a challenge checks, PIN and answer attempts with their
// lockouts, new-PIN rules, and completion — observed through the REST API like the console observes it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seededPin } from '../../support/seeded-customer';
import { type ApiRequest, callApi, type EmulatorUnderTest, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;

const api = (path: string, init?: ApiRequest) => callApi(env, path, init);

async function challengeFor(userId: string, method: string, path: string) {
  const token = (await api('/v1/w3s/users/token', { method: 'POST', body: { userId } })).body.data;
  const created = await api(path, { method, body: { idempotencyKey: randomUUID() }, userToken: token.userToken });
  expect(created.status).toBe(201);
  const session = { userToken: token.userToken as string, challengeId: created.body.data.challengeId as string };
  return { session, encryptionKey: token.encryptionKey as string };
}

const challengeStatus = async (session: { userToken: string; challengeId: string }) =>
  (await api(`/v1/w3s/user/challenges/${session.challengeId}`, { userToken: session.userToken })).body.data.challenge;
const user = async (userId: string) => (await api(`/v1/w3s/users/${userId}`)).body.data.user;

beforeAll(async () => {
  env = await startEmulator();
});

beforeEach(async () => {
  await env.emulator.reset();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('opening a challenge', () => {
  it('checks appId (155114), encryption key (155118), owner (155116) and expiry (155121)', async () => {
    const steps = env.emulator.challengeSteps;
    const { session, encryptionKey } = await challengeFor('user-knows-pin', 'PUT', '/v1/w3s/user/pin');
    const appId = env.emulator.appId;
    expect(() => steps.open({ ...session, encryptionKey, appId: randomUUID() })).toThrow(
      expect.objectContaining({ code: 155114 }),
    );
    expect(() => steps.open({ ...session, encryptionKey: 'AAAA', appId })).toThrow(
      expect.objectContaining({ code: 155118 }),
    );
    const other = (await api('/v1/w3s/users/token', { method: 'POST', body: { userId: 'user-no-pin' } })).body.data;
    expect(() =>
      steps.open({ ...session, userToken: other.userToken, encryptionKey: other.encryptionKey, appId }),
    ).toThrow(expect.objectContaining({ code: 155116 }));
    expect((await challengeStatus(session)).status).toBe('PENDING');
    expect(steps.open({ ...session, encryptionKey, appId }).challenge.status).toBe('IN_PROGRESS');
    env.emulator.clock.advance(10 * 60);
    expect(() => steps.open({ ...session, encryptionKey, appId })).toThrow(expect.objectContaining({ code: 155121 }));
    // The default (circle) profile reads an expiry as Circle documents it.
    expect(await challengeStatus(session)).toMatchObject({ status: 'FAILED', errorCode: 155121 });
  });

  it('gives the security questions’ text for a restore', async () => {
    const { session, encryptionKey } = await challengeFor('user-knows-pin', 'POST', '/v1/w3s/user/pin/restore');
    const opened = env.emulator.challengeSteps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    expect(opened.questions).toEqual([
      { question: 'What was the name of your first pet?', type: 'TEXT', hint: null },
      { question: 'In which city were you born?', type: 'TEXT', hint: null },
    ]);
  });
});

describe('changing a PIN', () => {
  it('forgets what was verified when the challenge is opened again (a cancelled window must start over)', async () => {
    const steps = env.emulator.challengeSteps;
    const { session, encryptionKey } = await challengeFor('user-knows-pin', 'PUT', '/v1/w3s/user/pin');
    steps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    expect((await steps.verifyCurrentPin(session, seededPin)).ok).toBe(true);
    steps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    await expect(steps.completeWithNewPin(session, '390517', '390517')).rejects.toMatchObject({ code: 155122 });
    expect((await challengeStatus(session)).status).toBe('IN_PROGRESS');
  });

  it('refuses a weak PIN (155704) and a mismatch (155703) without failing the challenge, then completes', async () => {
    const steps = env.emulator.challengeSteps;
    const { session, encryptionKey } = await challengeFor('user-knows-pin', 'PUT', '/v1/w3s/user/pin');
    steps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    await expect(steps.completeWithNewPin(session, '390517', '390517')).rejects.toMatchObject({ code: 155122 });
    expect((await steps.verifyCurrentPin(session, seededPin)).ok).toBe(true);
    expect(await steps.completeWithNewPin(session, '123456', '123456')).toMatchObject({ error: { code: 155704 } });
    expect(await steps.completeWithNewPin(session, '390517', '390518')).toMatchObject({ error: { code: 155703 } });
    expect((await challengeStatus(session)).status).toBe('IN_PROGRESS');
    expect((await steps.completeWithNewPin(session, '390517', '390517')).ok).toBe(true);
    expect((await challengeStatus(session)).status).toBe('COMPLETE');
    // The new PIN is now the one that opens the next change.
    const next = await challengeFor('user-knows-pin', 'PUT', '/v1/w3s/user/pin');
    steps.open({ ...next.session, encryptionKey: next.encryptionKey, appId: env.emulator.appId });
    expect(await steps.verifyCurrentPin(next.session, seededPin)).toMatchObject({ error: { code: 155112 } });
    expect((await steps.verifyCurrentPin(next.session, '390517')).ok).toBe(true);
  });
});

describe('restoring a PIN with security answers', () => {
  it('accepts answers case-insensitively and trimmed, sets a new PIN and lifts a PIN lock', async () => {
    const steps = env.emulator.challengeSteps;
    expect((await user('user-pin-locked')).pinStatus).toBe('LOCKED');
    const { session, encryptionKey } = await challengeFor('user-pin-locked', 'POST', '/v1/w3s/user/pin/restore');
    steps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    expect((await steps.verifyAnswers(session, ['  Biscuit', 'LISBON '])).ok).toBe(true);
    expect((await steps.completeWithNewPin(session, '205813', '205813')).ok).toBe(true);
    expect(await challengeStatus(session)).toMatchObject({ type: 'RESTORE_PIN', status: 'COMPLETE' });
    expect(await user('user-pin-locked')).toMatchObject({ pinStatus: 'ENABLED', pinDetails: { failedAttempts: 0 } });
  });

  it('counts wrong answers (155115) and locks them on the fourth, failing the challenge with 155120', async () => {
    const steps = env.emulator.challengeSteps;
    const { session, encryptionKey } = await challengeFor('user-knows-pin', 'POST', '/v1/w3s/user/pin/restore');
    steps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await steps.verifyAnswers(session, ['biscuit', 'porto'])).toMatchObject({ error: { code: 155115 } });
      expect((await user('user-knows-pin')).securityQuestionDetails.failedAttempts).toBe(attempt);
    }
    expect(await steps.verifyAnswers(session, ['biscuit', 'porto'])).toMatchObject({
      challengeFailed: true,
      error: { code: 155120 },
    });
    expect(await challengeStatus(session)).toMatchObject({ status: 'FAILED', errorCode: 155120 });
    expect((await user('user-knows-pin')).securityQuestionStatus).toBe('LOCKED');
    const again = await api('/v1/w3s/users/token', { method: 'POST', body: { userId: 'user-knows-pin' } });
    const refused = await api('/v1/w3s/user/pin/restore', {
      method: 'POST',
      body: { idempotencyKey: randomUUID() },
      userToken: again.body.data.userToken,
    });
    expect(refused).toEqual({
      status: 400,
      body: {
        code: 155120,
        message: "The user's security questions input is locked. It will be unlocked after the cooldown period.",
      },
    });
  });
});

describe('setting a first PIN', () => {
  it('needs two security questions, then enables PIN and questions', async () => {
    const steps = env.emulator.challengeSteps;
    const { session, encryptionKey } = await challengeFor('user-no-pin', 'POST', '/v1/w3s/user/pin');
    steps.open({ ...session, encryptionKey, appId: env.emulator.appId });
    await expect(steps.completeWithNewPin(session, '205813', '205813')).rejects.toMatchObject({ code: 155123 });
    const questions = [
      { question: 'What was the name of your first pet?', answer: 'Rex' },
      { question: 'In which city were you born?', answer: 'Porto' },
    ];
    expect((await steps.completeWithNewPin(session, '205813', '205813', questions)).ok).toBe(true);
    expect(await user('user-no-pin')).toMatchObject({ pinStatus: 'ENABLED', securityQuestionStatus: 'ENABLED' });
  });
});

describe('secrets at rest', () => {
  it('stores PINs and answers only as salted scrypt hashes', async () => {
    const state = JSON.stringify(env.emulator.exportState());
    expect(state).not.toContain(seededPin);
    expect(state).not.toContain('biscuit');
    const snapshot = env.emulator.exportState();
    const [first] = snapshot.users;
    expect(first?.pinHash?.algorithm).toBe('scrypt');
    // The seeded users share each seeded secret's hash (seeded-users.test.ts); a user made later has salts of its own.
    const made = await callApi(env, '/emulator/users', {
      method: 'POST',
      body: { userId: `salted-${randomUUID()}`, scenario: 'user-knows-pin' },
    });
    expect(made.status).toBe(201);
    const madeUser = env.emulator.exportState().users.find((user) => user.id === made.body.data.id);
    expect(madeUser?.pinHash?.algorithm).toBe('scrypt');
    expect(madeUser?.pinHash?.salt).not.toBe(first?.pinHash?.salt);
    expect(madeUser?.securityQuestions?.[0]?.answerHash.salt).not.toBe(first?.securityQuestions?.[0]?.answerHash.salt);
  });
});
