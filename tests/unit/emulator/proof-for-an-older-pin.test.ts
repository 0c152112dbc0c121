// An older challenge never replaces a newer PIN: what a CHANGE_PIN or RESTORE_PIN proved (the current PIN, the
// answers) holds only for the PIN as it was then. When another challenge sets the PIN in between, finishing the older
// one FAILS with 155122, leaves the PIN alone and is notified, under both behaviour profiles. Challenges are made and
// read with the official Node SDK; the hosted UI's part is played by the emulator's challenge steps.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { behaviourProfiles } from '../../../src/emulator/behaviour/emulator-behaviour';
import { seededAnswers, seededPin } from '../../support/seeded-customer';
import { type EmulatorUnderTest, startEmulator } from './emulator-under-test';

type Client = ReturnType<typeof initiateUserControlledWalletsClient>;
type Kind = 'CHANGE_PIN' | 'RESTORE_PIN';
interface Run {
  userToken: string;
  encryptionKey: string;
  challengeId: string;
  kind: Kind;
}
interface Delivered {
  notificationType: string;
  notification: { id: string; status: string; errorCode?: number };
}

let env: EmulatorUnderTest;
let sdk: Client;
let receiver: Server;
const delivered: Delivered[] = [];
const steps = () => env.emulator.challengeSteps;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST') delivered.push(JSON.parse(Buffer.concat(chunks).toString()));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  env = await startEmulator();
  sdk = initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  expect((await sdk.createSubscription({ endpoint })).data?.endpoint).toBe(endpoint);
});

afterEach(() => {
  env.emulator.changeBehaviour({ profile: 'circle' });
});

afterAll(async () => {
  await env.emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
  expect(env.schemaProblems()).toEqual([]);
});

async function newUser(): Promise<string> {
  const userId = `older-${randomUUID().slice(0, 8)}`;
  const response = await fetch(`${env.emulator.baseUrl}/emulator/users`, {
    method: 'POST',
    headers: env.authHeaders(),
    body: JSON.stringify({ userId, scenario: 'user-knows-pin' }),
  });
  expect(response.status).toBe(201);
  return userId;
}

/** A challenge made through the Node SDK and opened as the hosted UI opens it. */
async function opened(userId: string, kind: Kind): Promise<Run> {
  const { userToken = '', encryptionKey = '' } = (await sdk.createUserToken({ userId })).data ?? {};
  const request = { userToken, idempotencyKey: randomUUID() };
  const made = kind === 'CHANGE_PIN' ? await sdk.updateUserPin(request) : await sdk.restoreUserPin(request);
  const run = { userToken, encryptionKey, challengeId: made.data?.challengeId ?? '', kind };
  steps().open({ ...run, appId: env.emulator.appId });
  return run;
}

/** The current PIN or the answers, as the customer enters them. */
async function prove(run: Run, pin = seededPin): Promise<void> {
  const outcome =
    run.kind === 'CHANGE_PIN'
      ? await steps().verifyCurrentPin(run, pin)
      : await steps().verifyAnswers(run, [...seededAnswers]);
  expect(outcome.ok).toBe(true);
}

const finish = (run: Run, pin: string) => steps().completeWithNewPin(run, pin, pin);
const challengeOf = async (run: Run) => (await sdk.getUserChallenge(run)).data?.challenge;
const pinHashOf = (userId: string) => env.emulator.exportState().users.find((user) => user.id === userId)?.pinHash;

/** Whether `pin` is the user's PIN now, asked the way the hosted UI asks (a fresh CHANGE_PIN's first step). */
async function pinIs(userId: string, pin: string): Promise<boolean> {
  return (await steps().verifyCurrentPin(await opened(userId, 'CHANGE_PIN'), pin)).ok;
}

async function notifiedStatuses(challengeId: string, until: string): Promise<(string | number | undefined)[][]> {
  const of = () => delivered.filter((delivery) => delivery.notification.id === challengeId);
  await expect.poll(() => of().some((delivery) => delivery.notification.status === until)).toBe(true);
  return of().map(({ notification }) => [notification.status, notification.errorCode]);
}

describe.each(behaviourProfiles)('under the %s profile', (profile) => {
  it.each(['CHANGE_PIN', 'RESTORE_PIN'] as const)(
    'a %s proven before a newer CHANGE_PIN completed FAILS with 155122 and leaves the newer PIN',
    async (kind) => {
      env.emulator.changeBehaviour({ profile });
      const userId = await newUser();
      const older = await opened(userId, kind);
      await prove(older);

      const newer = await opened(userId, 'CHANGE_PIN');
      await prove(newer);
      expect((await finish(newer, '390517')).ok).toBe(true);
      const newerPin = pinHashOf(userId);

      expect(await finish(older, '602841')).toMatchObject({
        ok: false,
        challengeFailed: true,
        error: { code: 155122, message: 'The provided challengeId is invalid' },
      });
      expect(pinHashOf(userId)).toEqual(newerPin);
      expect(await challengeOf(older)).toEqual({
        id: older.challengeId,
        type: kind,
        status: 'FAILED',
        correlationIds: [],
        errorCode: 155122,
        errorMessage: 'The provided challengeId is invalid',
      });
      const notified = await notifiedStatuses(older.challengeId, 'FAILED');
      const failed = ['FAILED', 155122];
      expect(notified).toEqual(profile === 'detailed' ? [['IN_PROGRESS', undefined], failed] : [failed]);
      expect(await pinIs(userId, '390517')).toBe(true);
      expect(await pinIs(userId, '602841')).toBe(false);
    },
  );
});

describe('the proof, not the challenge’s age, decides', () => {
  it('a CHANGE_PIN proven before a RESTORE_PIN completed FAILS too', async () => {
    const userId = await newUser();
    const older = await opened(userId, 'CHANGE_PIN');
    await prove(older);
    const restore = await opened(userId, 'RESTORE_PIN');
    await prove(restore);
    expect((await finish(restore, '390517')).ok).toBe(true);
    expect(await finish(older, '602841')).toMatchObject({ challengeFailed: true, error: { code: 155122 } });
    expect(await pinIs(userId, '390517')).toBe(true);
  });

  it('a PIN set again to the same digits still ends an older proof', async () => {
    const userId = await newUser();
    const older = await opened(userId, 'RESTORE_PIN');
    await prove(older);
    const newer = await opened(userId, 'CHANGE_PIN');
    await prove(newer);
    expect((await finish(newer, seededPin)).ok).toBe(true);
    expect(await finish(older, '602841')).toMatchObject({ challengeFailed: true, error: { code: 155122 } });
    expect(await pinIs(userId, seededPin)).toBe(true);
  });

  it('an older challenge opened again proves against the PIN as it is now, and can finish', async () => {
    const userId = await newUser();
    const older = await opened(userId, 'CHANGE_PIN');
    await prove(older);
    const newer = await opened(userId, 'CHANGE_PIN');
    await prove(newer);
    expect((await finish(newer, '390517')).ok).toBe(true);

    steps().open({ ...older, appId: env.emulator.appId });
    await prove(older, '390517');
    expect((await finish(older, '602841')).ok).toBe(true);
    expect(await pinIs(userId, '602841')).toBe(true);
  });

  it('two proofs of the same PIN finishing at once: exactly one sets it, the other FAILS with 155122', async () => {
    const userId = await newUser();
    const [one, other] = [await opened(userId, 'CHANGE_PIN'), await opened(userId, 'RESTORE_PIN')];
    await prove(one);
    await prove(other);
    const outcomes = await Promise.all([finish(one, '390517'), finish(other, '602841')]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ challengeFailed: true, error: { code: 155122 } });
  });

  it('a proof from a state file that did not record its PIN is not trusted: finishing FAILS with 155122', async () => {
    const userId = await newUser();
    const run = await opened(userId, 'CHANGE_PIN');
    await prove(run);
    const state = env.emulator.exportState();
    const record = state.challenges.find((challenge) => challenge.id === run.challengeId);
    if (!record) throw new Error('no such challenge');
    delete record.progress.provenForPin;
    env.emulator.importState(state);
    expect(await finish(run, '602841')).toMatchObject({ challengeFailed: true, error: { code: 155122 } });
    expect(await pinIs(userId, seededPin)).toBe(true);
  });
});
