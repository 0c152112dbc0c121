// Stale challenges: every step re-checks the rules a challenge was created under, against the user as they are now.
// A challenge that can no longer succeed — the PIN was set by another challenge, the user was disabled, the PIN or
// the answers were locked — ends FAILED with Circle's code, at opening and at completion, and overwrites nothing; a
// token of another user is refused and leaves the challenge as it was. Each change is made the way it happens in
// life: another challenge completes or locks, or the state is edited through export/import.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeSession } from '../../../src/emulator/challenges/challenge-steps';
import type { ChallengeType } from '../../../src/emulator/rules/challenge-lifecycle';
import { seededAnswers, seededPin } from '../../support/seeded-customer';
import { type ApiRequest, callApi, type EmulatorUnderTest, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;
const steps = () => env.emulator.challengeSteps;

type PinChallengeType = Exclude<ChallengeType, 'CREATE_WALLET'>;
interface Run extends ChallengeSession {
  encryptionKey: string;
  userId: string;
  type: PinChallengeType;
}

const creation: Record<PinChallengeType, { method: string; path: string }> = {
  INITIALIZE: { method: 'POST', path: '/v1/w3s/user/initialize' },
  SET_PIN: { method: 'POST', path: '/v1/w3s/user/pin' },
  CHANGE_PIN: { method: 'PUT', path: '/v1/w3s/user/pin' },
  RESTORE_PIN: { method: 'POST', path: '/v1/w3s/user/pin/restore' },
};
const questions = [
  { question: 'What was the name of your first pet?', answer: 'Rex' },
  { question: 'In which city were you born?', answer: 'Porto' },
];

const api = (path: string, init?: ApiRequest) => callApi(env, path, init);

async function newUser(scenario: 'user-knows-pin' | 'user-no-pin'): Promise<string> {
  const userId = `stale-${randomUUID().slice(0, 8)}`;
  expect((await api('/emulator/users', { method: 'POST', body: { userId, scenario } })).status).toBe(201);
  return userId;
}

async function tokenFor(userId: string): Promise<{ userToken: string; encryptionKey: string }> {
  return (await api('/v1/w3s/users/token', { method: 'POST', body: { userId } })).body.data;
}

async function create(userId: string, type: PinChallengeType): Promise<Run> {
  const token = await tokenFor(userId);
  const { method, path } = creation[type];
  const created = await api(path, { method, body: { idempotencyKey: randomUUID() }, userToken: token.userToken });
  expect(created.status).toBe(201);
  return { ...token, challengeId: created.body.data.challengeId, userId, type };
}

const open = (run: Run) => steps().open({ ...run, appId: env.emulator.appId });

/** Everything before the last step: the current PIN or the answers, where the type asks for them. */
async function proveIdentity(run: Run): Promise<void> {
  if (run.type === 'CHANGE_PIN') expect((await steps().verifyCurrentPin(run, seededPin)).ok).toBe(true);
  if (run.type === 'RESTORE_PIN') expect((await steps().verifyAnswers(run, [...seededAnswers])).ok).toBe(true);
}

const complete = (run: Run, pin = '390517') =>
  steps().completeWithNewPin(
    run,
    pin,
    pin,
    run.type === 'INITIALIZE' || run.type === 'SET_PIN' ? questions : undefined,
  );

/** A whole run of a challenge, as the hosted UI would do it. */
async function runToTheEnd(run: Run, pin: string): Promise<void> {
  open(run);
  await proveIdentity(run);
  expect((await complete(run, pin)).ok).toBe(true);
}

const challengeOf = async (run: Run) =>
  (await api(`/v1/w3s/user/challenges/${run.challengeId}`, { userToken: run.userToken })).body.data.challenge;

/** What the user's credentials are, as stored: a stale challenge must not change them. */
const credentialsOf = (userId: string) => {
  const user = env.emulator.exportState().users.find((record) => record.id === userId);
  return { pinHash: user?.pinHash, securityQuestions: user?.securityQuestions };
};

/** The ways a challenge goes stale, each done as it happens: through another challenge, or the state itself. */
const changes = {
  async pinSetByAnotherChallenge(userId: string, type: PinChallengeType) {
    await runToTheEnd(await create(userId, type), '205813');
  },
  async userDisabled(userId: string) {
    const state = env.emulator.exportState();
    const user = state.users.find((record) => record.id === userId);
    if (!user) throw new Error('no such user');
    user.status = 'DISABLED';
    expect((await api('/emulator/import', { method: 'POST', body: state })).status).toBe(200);
  },
  async pinLockedByAnotherChallenge(userId: string) {
    const other = await create(userId, 'CHANGE_PIN');
    open(other);
    for (let attempt = 0; attempt < 4; attempt += 1) await steps().verifyCurrentPin(other, '111112');
    expect((await challengeOf(other)).errorCode).toBe(155119);
  },
  async answersLockedByAnotherChallenge(userId: string) {
    const other = await create(userId, 'RESTORE_PIN');
    open(other);
    for (let attempt = 0; attempt < 4; attempt += 1) await steps().verifyAnswers(other, ['wrong', 'wrong']);
    expect((await challengeOf(other)).errorCode).toBe(155120);
  },
};

interface StaleCase {
  type: PinChallengeType;
  rule: string;
  scenario: 'user-knows-pin' | 'user-no-pin';
  makeStale(userId: string): Promise<void>;
  code: number;
}

const staleCases: StaleCase[] = [
  {
    type: 'INITIALIZE',
    rule: 'the PIN was set by another challenge',
    scenario: 'user-no-pin',
    makeStale: (userId) => changes.pinSetByAnotherChallenge(userId, 'INITIALIZE'),
    code: 155106,
  },
  {
    type: 'INITIALIZE',
    rule: 'the user was disabled',
    scenario: 'user-no-pin',
    makeStale: changes.userDisabled,
    code: 155109,
  },
  {
    type: 'SET_PIN',
    rule: 'the PIN was set by another challenge',
    scenario: 'user-no-pin',
    makeStale: (userId) => changes.pinSetByAnotherChallenge(userId, 'SET_PIN'),
    code: 155107,
  },
  {
    type: 'SET_PIN',
    rule: 'the user was disabled',
    scenario: 'user-no-pin',
    makeStale: changes.userDisabled,
    code: 155109,
  },
  {
    type: 'CHANGE_PIN',
    rule: 'the PIN was locked',
    scenario: 'user-knows-pin',
    makeStale: changes.pinLockedByAnotherChallenge,
    code: 155119,
  },
  {
    type: 'CHANGE_PIN',
    rule: 'the user was disabled',
    scenario: 'user-knows-pin',
    makeStale: changes.userDisabled,
    code: 155109,
  },
  {
    type: 'RESTORE_PIN',
    rule: 'the answers were locked',
    scenario: 'user-knows-pin',
    makeStale: changes.answersLockedByAnotherChallenge,
    code: 155120,
  },
  {
    type: 'RESTORE_PIN',
    rule: 'the user was disabled',
    scenario: 'user-knows-pin',
    makeStale: changes.userDisabled,
    code: 155109,
  },
];

beforeAll(async () => {
  env = await startEmulator();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('the issue’s story: several INITIALIZE challenges for one user', () => {
  it('completes the first; the second then FAILS with 155106 and changes nothing; opening the third FAILS too', async () => {
    const userId = await newUser('user-no-pin');
    const [first, second, third] = [
      await create(userId, 'INITIALIZE'),
      await create(userId, 'INITIALIZE'),
      await create(userId, 'INITIALIZE'),
    ];
    open(first);
    open(second);
    expect((await complete(first, '205813')).ok).toBe(true);
    const afterFirst = credentialsOf(userId);

    expect(await complete(second, '390517')).toMatchObject({
      ok: false,
      challengeFailed: true,
      error: { code: 155106 },
    });
    expect(await challengeOf(second)).toMatchObject({
      status: 'FAILED',
      errorCode: 155106,
      errorMessage: 'The user had already been initialized.',
    });
    expect(credentialsOf(userId)).toEqual(afterFirst);

    expect(() => open(third)).toThrow(expect.objectContaining({ code: 155106 }));
    expect(await challengeOf(third)).toMatchObject({ status: 'FAILED', errorCode: 155106 });

    // The first PIN is still the one that works.
    const change = await create(userId, 'CHANGE_PIN');
    open(change);
    expect((await steps().verifyCurrentPin(change, '390517')).ok).toBe(false);
    expect((await steps().verifyCurrentPin(change, '205813')).ok).toBe(true);
  });
});

describe.each(staleCases)('$type when $rule', ({ type, scenario, makeStale, code }) => {
  it(`FAILS with ${code} at opening`, async () => {
    const userId = await newUser(scenario);
    const run = await create(userId, type);
    await makeStale(userId);
    const before = credentialsOf(userId);
    expect(() => open(run)).toThrow(expect.objectContaining({ code }));
    expect(await challengeOf(run)).toMatchObject({ status: 'FAILED', errorCode: code });
    expect(credentialsOf(userId)).toEqual(before);
  });

  it(`FAILS with ${code} at completion, overwriting nothing`, async () => {
    const userId = await newUser(scenario);
    const run = await create(userId, type);
    open(run);
    await proveIdentity(run);
    await makeStale(userId);
    const before = credentialsOf(userId);
    expect(await complete(run)).toMatchObject({ ok: false, challengeFailed: true, error: { code } });
    expect(await challengeOf(run)).toMatchObject({ status: 'FAILED', errorCode: code });
    expect(credentialsOf(userId)).toEqual(before);
  });
});

describe.each(['INITIALIZE', 'SET_PIN', 'CHANGE_PIN', 'RESTORE_PIN'] as const)(
  '%s with a token of another user',
  (type) => {
    const scenario = type === 'INITIALIZE' || type === 'SET_PIN' ? 'user-no-pin' : 'user-knows-pin';

    it('is refused with 155116 at opening, and the challenge stays PENDING for its owner', async () => {
      const run = await create(await newUser(scenario), type);
      const stranger = await tokenFor(await newUser(scenario));
      expect(() => open({ ...run, ...stranger })).toThrow(expect.objectContaining({ code: 155116 }));
      expect((await challengeOf(run)).status).toBe('PENDING');
      expect(open(run).challenge.status).toBe('IN_PROGRESS');
    });

    it('is refused with 155116 at completion, and the owner can still finish', async () => {
      const run = await create(await newUser(scenario), type);
      const stranger = await tokenFor(await newUser(scenario));
      open(run);
      await proveIdentity(run);
      await expect(complete({ ...run, ...stranger })).rejects.toMatchObject({ code: 155116 });
      expect((await challengeOf(run)).status).toBe('IN_PROGRESS');
      expect((await complete(run)).ok).toBe(true);
    });
  },
);

describe('the steps between', () => {
  it('a CHANGE_PIN whose user was disabled after opening FAILS with 155109 at the current-PIN check', async () => {
    const userId = await newUser('user-knows-pin');
    const run = await create(userId, 'CHANGE_PIN');
    open(run);
    await changes.userDisabled(userId);
    expect(await steps().verifyCurrentPin(run, seededPin)).toMatchObject({
      challengeFailed: true,
      error: { code: 155109 },
    });
    expect((await challengeOf(run)).errorCode).toBe(155109);
  });

  it('two INITIALIZE completions at once: exactly one sets the PIN, the other FAILS with 155106', async () => {
    const userId = await newUser('user-no-pin');
    const [one, other] = [await create(userId, 'INITIALIZE'), await create(userId, 'INITIALIZE')];
    open(one);
    open(other);
    const outcomes = await Promise.all([complete(one, '205813'), complete(other, '390517')]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ challengeFailed: true, error: { code: 155106 } });
  });
});
