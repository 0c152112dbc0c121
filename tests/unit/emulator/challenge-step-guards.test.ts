// The guards of each hosted-UI step, one by one: what a step refuses (with Circle's code), and that a refusal leaves
// the challenge and the user's credentials as they were. Challenges are made through the REST API; the hosted UI's
// part is played by the emulator's challenge steps.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChallengeView } from '../../../src/emulator/challenges/challenge-creation';
import type { ChallengeSession } from '../../../src/emulator/challenges/challenge-steps';
import type { ChallengeRecord } from '../../../src/emulator/state/emulator-state';
import { seededAnswers, seededPin } from '../../support/seeded-customer';
import { type ApiRequest, callApi, type EmulatorUnderTest, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;
const steps = () => env.emulator.challengeSteps;

interface Run extends ChallengeSession {
  encryptionKey: string;
}

const questions = [
  { question: 'What was the name of your first pet?', answer: 'Rex' },
  { question: 'In which city were you born?', answer: 'Porto' },
];

const api = (path: string, init?: ApiRequest) => callApi(env, path, init);

async function newUser(scenario: 'user-knows-pin' | 'user-no-pin' | 'user-pin-locked'): Promise<string> {
  const userId = `guard-${randomUUID().slice(0, 8)}`;
  expect((await api('/emulator/users', { method: 'POST', body: { userId, scenario } })).status).toBe(201);
  return userId;
}

async function create(userId: string, method: string, path: string, body: object = {}): Promise<Run> {
  const token = (await api('/v1/w3s/users/token', { method: 'POST', body: { userId } })).body.data;
  const created = await api(path, {
    method,
    body: { idempotencyKey: randomUUID(), ...body },
    userToken: token.userToken,
  });
  expect(created.status).toBe(201);
  return { userToken: token.userToken, encryptionKey: token.encryptionKey, challengeId: created.body.data.challengeId };
}

const open = (run: Run) => steps().open({ ...run, appId: env.emulator.appId });
const challengeOf = async (run: Run) =>
  (await api(`/v1/w3s/user/challenges/${run.challengeId}`, { userToken: run.userToken })).body.data.challenge;
const stored = (userId: string) => {
  const user = env.emulator.exportState().users.find((record) => record.id === userId);
  if (!user) throw new Error(`no user ${userId}`);
  return user;
};
/** Changes the stored state at once (as a state file loaded in the middle of a step would). */
function editState(edit: (state: ReturnType<typeof env.emulator.exportState>) => void) {
  const state = env.emulator.exportState();
  edit(state);
  env.emulator.importState(state);
}
const credentialsOf = (userId: string) => {
  const { pinHash, securityQuestions } = stored(userId);
  return { pinHash, securityQuestions };
};

beforeAll(async () => {
  env = await startEmulator();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('opening', () => {
  it('refuses to open a finished challenge again (155122), which stays COMPLETE', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'PUT', '/v1/w3s/user/pin');
    open(run);
    expect((await steps().verifyCurrentPin(run, seededPin)).ok).toBe(true);
    expect((await steps().completeWithNewPin(run, '390517', '390517')).ok).toBe(true);
    expect(() => open(run)).toThrow(expect.objectContaining({ code: 155122 }));
    expect((await challengeOf(run)).status).toBe('COMPLETE');
  });

  it('gives no security questions for a user who has none', async () => {
    const run = await create(await newUser('user-no-pin'), 'POST', '/v1/w3s/user/pin');
    expect(open(run).questions).toEqual([]);
  });
});

describe('checking the current PIN or the answers', () => {
  it('a challenge not opened yet takes no step (155122) and stays PENDING', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'PUT', '/v1/w3s/user/pin');
    await expect(steps().verifyCurrentPin(run, seededPin)).rejects.toMatchObject({ code: 155122 });
    await expect(steps().verifyAnswers(run, [...seededAnswers])).rejects.toMatchObject({ code: 155122 });
    expect((await challengeOf(run)).status).toBe('PENDING');
    expect(stored(userId).pinAttempts.failedAttempts).toBe(0);
  });

  it('a locked PIN is not checked, even right, in a challenge that allows a locked PIN: 155119 FAILS it', async () => {
    const userId = await newUser('user-pin-locked');
    const run = await create(userId, 'POST', '/v1/w3s/user/pin/restore');
    open(run);
    expect(await steps().verifyCurrentPin(run, seededPin)).toMatchObject({
      ok: false,
      challengeFailed: true,
      error: { code: 155119 },
    });
    expect(await challengeOf(run)).toMatchObject({ status: 'FAILED', errorCode: 155119 });
  });

  it('a user without a PIN has no PIN to match: 155112, and the challenge goes on', async () => {
    const run = await create(await newUser('user-no-pin'), 'POST', '/v1/w3s/user/pin');
    open(run);
    expect(await steps().verifyCurrentPin(run, '390517')).toMatchObject({
      ok: false,
      challengeFailed: false,
      error: { code: 155112 },
    });
  });

  it('a user without security questions has no answers to match, not even none: 155115', async () => {
    const run = await create(await newUser('user-no-pin'), 'POST', '/v1/w3s/user/pin');
    open(run);
    expect(await steps().verifyAnswers(run, [])).toMatchObject({
      ok: false,
      challengeFailed: false,
      error: { code: 155115 },
    });
    expect(await steps().verifyAnswers(run, ['Rex'])).toMatchObject({ error: { code: 155115 } });
  });

  it('the right answers with one more, or one fewer, are wrong (155115); exactly the right ones pass', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'POST', '/v1/w3s/user/pin/restore');
    open(run);
    expect(await steps().verifyAnswers(run, [...seededAnswers, 'extra'])).toMatchObject({ error: { code: 155115 } });
    expect(await steps().verifyAnswers(run, [seededAnswers[0]])).toMatchObject({ error: { code: 155115 } });
    expect(stored(userId).answerAttempts.failedAttempts).toBe(2);
    expect((await steps().verifyAnswers(run, [...seededAnswers])).ok).toBe(true);
  });

  it('a check on a challenge the user no longer allows FAILS it, even with the right PIN', async () => {
    const userId = await newUser('user-no-pin');
    const first = await create(userId, 'POST', '/v1/w3s/user/pin');
    const second = await create(userId, 'POST', '/v1/w3s/user/pin');
    open(first);
    open(second);
    expect((await steps().completeWithNewPin(first, '390517', '390517', questions)).ok).toBe(true);
    const outcome = await steps().verifyCurrentPin(second, '390517');
    expect(outcome).toMatchObject({ ok: false, challengeFailed: true });
    expect((await challengeOf(second)).status).toBe('FAILED');
  });

  it('wrong PINs entered at once are all counted', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'PUT', '/v1/w3s/user/pin');
    open(run);
    const outcomes = await Promise.all([
      steps().verifyCurrentPin(run, '111112'),
      steps().verifyCurrentPin(run, '111113'),
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([false, false]);
    expect(stored(userId).pinAttempts.failedAttempts).toBe(2);
  });

  it('of two locking PINs entered at once, the second finds the challenge FAILED already and is refused (155122)', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'PUT', '/v1/w3s/user/pin');
    open(run);
    for (let attempt = 0; attempt < 3; attempt += 1) await steps().verifyCurrentPin(run, '111112');
    const both = await Promise.allSettled([
      steps().verifyCurrentPin(run, '111113'),
      steps().verifyCurrentPin(run, '111114'),
    ]);
    // Either PIN's hashing may end first (two scrypt runs on a loaded machine): "second" is the second to finish.
    const [first, second] = [...both].sort((a, b) => a.status.localeCompare(b.status));
    expect(first).toMatchObject({ status: 'fulfilled', value: { challengeFailed: true, error: { code: 155119 } } });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 155122 } });
    expect(await challengeOf(run)).toMatchObject({ status: 'FAILED', errorCode: 155119 });
  });
});

describe('setting the new PIN', () => {
  it.each([
    { made: 'a CREATE_WALLET challenge', path: '/v1/w3s/user/wallets', body: { blockchains: ['ETH-SEPOLIA'] } },
    { made: 'a RESTORE_PIN without the answers checked', path: '/v1/w3s/user/pin/restore', body: undefined },
  ])('$made sets no PIN (155122)', async ({ path, body }) => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'POST', path, body);
    open(run);
    const before = credentialsOf(userId);
    await expect(steps().completeWithNewPin(run, '390517', '390517')).rejects.toMatchObject({ code: 155122 });
    expect(credentialsOf(userId)).toEqual(before);
    expect((await challengeOf(run)).status).toBe('IN_PROGRESS');
  });

  it('an INITIALIZE needs two security questions (155123), then sets them', async () => {
    const userId = await newUser('user-no-pin');
    const run = await create(userId, 'POST', '/v1/w3s/user/initialize');
    open(run);
    await expect(steps().completeWithNewPin(run, '390517', '390517', questions.slice(0, 1))).rejects.toMatchObject({
      code: 155123,
    });
    expect(credentialsOf(userId)).toEqual({ pinHash: null, securityQuestions: null });
    expect((await steps().completeWithNewPin(run, '390517', '390517', questions)).ok).toBe(true);
    expect(stored(userId).securityQuestions?.map((entry) => entry.question)).toEqual(
      questions.map((entry) => entry.question),
    );
  });

  it('a weak PIN is refused without failing the challenge', async () => {
    const run = await create(await newUser('user-no-pin'), 'POST', '/v1/w3s/user/pin');
    open(run);
    expect(await steps().completeWithNewPin(run, '123456', '123456', questions)).toEqual({
      ok: false,
      challengeFailed: false,
      error: expect.objectContaining({ code: 155704 }),
    });
  });

  it('a hint that gives an answer away is refused, whichever question it is on', async () => {
    const userId = await newUser('user-no-pin');
    const run = await create(userId, 'POST', '/v1/w3s/user/pin');
    open(run);
    const giveaway = [questions[0], { ...questions[1], hint: 'porto' }] as typeof questions;
    const outcome = await steps().completeWithNewPin(run, '390517', '390517', giveaway);
    expect(outcome).toMatchObject({ ok: false, challengeFailed: false });
    expect(credentialsOf(userId)).toEqual({ pinHash: null, securityQuestions: null });
    expect((await challengeOf(run)).status).toBe('IN_PROGRESS');
  });

  it('a challenge the user no longer allows FAILS before anything about the new PIN is checked', async () => {
    const userId = await newUser('user-no-pin');
    const first = await create(userId, 'POST', '/v1/w3s/user/pin');
    const second = await create(userId, 'POST', '/v1/w3s/user/pin');
    open(first);
    open(second);
    expect((await steps().completeWithNewPin(first, '390517', '390517', questions)).ok).toBe(true);
    expect(await steps().completeWithNewPin(second, '123456', '123456')).toMatchObject({
      ok: false,
      challengeFailed: true,
    });
    expect((await challengeOf(second)).status).toBe('FAILED');
  });
});

describe('what changed while a secret was being hashed', () => {
  it('a challenge FAILED meanwhile is not completed (155122) and the PIN stays as it was', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'PUT', '/v1/w3s/user/pin');
    open(run);
    expect((await steps().verifyCurrentPin(run, seededPin)).ok).toBe(true);
    const before = credentialsOf(userId);
    const completing = steps().completeWithNewPin(run, '390517', '390517');
    editState((state) => {
      const challenge = state.challenges.find((record) => record.id === run.challengeId);
      if (!challenge) throw new Error('no such challenge');
      Object.assign(challenge, { status: 'FAILED', errorCode: 155122, errorMessage: 'failed meanwhile' });
    });
    await expect(completing).rejects.toMatchObject({ code: 155122 });
    expect(credentialsOf(userId)).toEqual(before);
    expect(await challengeOf(run)).toMatchObject({ status: 'FAILED', errorCode: 155122 });
  });

  it('a user disabled while their PIN was checked gets no wallets: the CREATE_WALLET FAILS', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'POST', '/v1/w3s/user/wallets', { blockchains: ['ETH-SEPOLIA'] });
    open(run);
    const confirming = steps().confirmWithPin(run, seededPin);
    editState((state) => {
      const user = state.users.find((record) => record.id === userId);
      if (!user) throw new Error('no such user');
      user.status = 'DISABLED';
    });
    expect(await confirming).toMatchObject({ ok: false, challengeFailed: true, error: { code: 155109 } });
    expect(await challengeOf(run)).toMatchObject({ status: 'FAILED' });
    expect(env.emulator.exportState().wallets.filter((wallet) => wallet.userId === userId)).toEqual([]);
  });
});

describe('a challenge as the API shows it', () => {
  const failed = {
    id: 'c1',
    type: 'SET_PIN',
    status: 'FAILED',
    correlationIds: [],
  } as unknown as ChallengeRecord;

  it('a FAILED challenge without a code shows none', () => {
    expect(toChallengeView({ ...failed, errorCode: null, errorMessage: null })).toEqual({
      id: 'c1',
      type: 'SET_PIN',
      status: 'FAILED',
      correlationIds: [],
    });
  });

  it.each(['PENDING', 'IN_PROGRESS', 'COMPLETE', 'EXPIRED'])(
    'a %s challenge shows no error, even with one stored',
    (status) => {
      expect(
        toChallengeView({ ...failed, status, errorCode: 155122, errorMessage: 'stale' } as ChallengeRecord),
      ).toEqual({
        id: 'c1',
        type: 'SET_PIN',
        status,
        correlationIds: [],
      });
    },
  );

  it('a FAILED challenge with a code but no message shows an empty message', () => {
    expect(toChallengeView({ ...failed, errorCode: 155122, errorMessage: null })).toMatchObject({
      errorCode: 155122,
      errorMessage: '',
    });
  });
});

describe('confirming a CREATE_WALLET with the PIN', () => {
  it('refuses any other challenge (155122), even an INITIALIZE that makes wallets', async () => {
    const knowsPin = await newUser('user-knows-pin');
    const change = await create(knowsPin, 'PUT', '/v1/w3s/user/pin');
    open(change);
    await expect(steps().confirmWithPin(change, seededPin)).rejects.toMatchObject({ code: 155122 });
    const noPin = await newUser('user-no-pin');
    const initialize = await create(noPin, 'POST', '/v1/w3s/user/initialize', { blockchains: ['ETH-SEPOLIA'] });
    open(initialize);
    await expect(steps().confirmWithPin(initialize, '390517')).rejects.toMatchObject({ code: 155122 });
    expect(stored(noPin).pinAttempts.failedAttempts).toBe(0);
    expect(env.emulator.exportState().wallets.filter((wallet) => wallet.userId === noPin)).toEqual([]);
  });
});
