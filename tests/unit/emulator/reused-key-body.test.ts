// The same idempotency key with another body (other blockchains): Circle documents nothing, so under the default the
// emulator answers as the key's first request was (Circle's reading of a reused key) and warns the developer — on its
// output and at GET /emulator/warnings, which the control page shows — naming the key and the fields that differ.
// Under `idempotencyBody: strict` (`--idempotency strict`) it refuses with Circle's 156020 instead. Through the
// official Node SDK; every body checked against Circle's OpenAPI files.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { behaviourFromFlags } from '../../../src/emulator/behaviour/emulator-behaviour';
import { differingFields } from '../../../src/emulator/idempotency/reused-key-body';
import { type EmulatorWarning, WarningLog } from '../../../src/emulator/warnings/warning-log';
import { type EmulatorUnderTest, startEmulator } from './emulator-under-test';

type Client = ReturnType<typeof initiateUserControlledWalletsClient>;

let env: EmulatorUnderTest;
let sdk: Client;
const written: EmulatorWarning[] = [];

beforeAll(async () => {
  env = await startEmulator({ onWarning: (warning) => written.push(warning) });
  sdk = initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
});

afterEach(() => {
  env.emulator.changeBehaviour({ idempotencyBody: 'warn', idempotency: 'successful-only' });
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

async function sdkError(call: Promise<unknown>): Promise<{ status: unknown; body: unknown }> {
  try {
    await call;
  } catch (error) {
    const thrown = error as { status?: unknown; error?: { response?: { data?: unknown } } };
    return { status: thrown.status, body: thrown.error?.response?.data };
  }
  throw new Error('expected the SDK call to fail');
}

async function tokenOf(scenario: 'user-knows-pin' | 'user-no-pin'): Promise<string> {
  const userId = `reuse-${randomUUID().slice(0, 8)}`;
  const made = await fetch(`${env.emulator.baseUrl}/emulator/users`, {
    method: 'POST',
    headers: env.authHeaders(),
    body: JSON.stringify({ userId, scenario }),
  });
  expect(made.status).toBe(201);
  return (await sdk.createUserToken({ userId })).data?.userToken ?? '';
}

async function warningsServed(): Promise<EmulatorWarning[]> {
  const response = await fetch(`${env.emulator.baseUrl}/emulator/warnings`, { headers: env.authHeaders() });
  return ((await response.json()) as { data: { warnings: EmulatorWarning[] } }).data.warnings;
}

describe('POST /user/wallets: one key, other blockchains', () => {
  it('warn (the default): answers the first challenge, and warns naming the key and `blockchains`', async () => {
    const userToken = await tokenOf('user-knows-pin');
    const idempotencyKey = randomUUID();
    const first = await sdk.createWallet({ userToken, idempotencyKey, blockchains: ['ETH-SEPOLIA'] });
    expect(first.status).toBe(201);
    written.length = 0;

    const again = await sdk.createWallet({ userToken, idempotencyKey, blockchains: ['MATIC-AMOY'] });
    expect(again.status).toBe(200);
    expect(again.data?.challengeId).toBe(first.data?.challengeId);

    expect(written).toEqual([
      expect.objectContaining({ kind: 'idempotency-body', idempotencyKey, fields: ['blockchains'] }),
    ]);
    const [warning] = written;
    expect(warning?.outcome).toBe('answered-as-first');
    expect(warning?.message).toContain(idempotencyKey);
    expect(warning?.message).toContain('`blockchains`');
    expect(warning?.message).toContain(`challenge ${first.data?.challengeId}`);
    expect((await warningsServed())[0]).toEqual(warning);
  });

  it('strict: refuses with 156020 (403) naming the fields, and makes no other challenge', async () => {
    env.emulator.changeBehaviour({ idempotencyBody: 'strict' });
    const userToken = await tokenOf('user-knows-pin');
    const idempotencyKey = randomUUID();
    const first = await sdk.createWallet({ userToken, idempotencyKey, blockchains: ['ETH-SEPOLIA'] });
    written.length = 0;

    const refused = await sdkError(
      sdk.createWallet({ userToken, idempotencyKey, blockchains: ['ETH-SEPOLIA'], accountType: 'SCA' }),
    );
    expect(refused).toEqual({
      status: 403,
      body: {
        code: 156020,
        message: expect.stringMatching(/^Please use a new idempotency key\. .*`accountType`/),
      },
    });
    expect(written.map((warning) => [warning.fields, warning.outcome])).toEqual([[['accountType'], 'refused']]);
    const listed = await sdk.listUserChallenges({ userToken });
    expect(listed.data?.challenges?.map((challenge) => challenge.id)).toEqual([first.data?.challengeId]);
  });

  it.each(['warn', 'strict'] as const)(
    '%s: the same body again is the same request, without a warning',
    async (rule) => {
      env.emulator.changeBehaviour({ idempotencyBody: rule });
      const userToken = await tokenOf('user-knows-pin');
      const idempotencyKey = randomUUID();
      const first = await sdk.createWallet({ userToken, idempotencyKey, blockchains: ['ETH-SEPOLIA'] });
      written.length = 0;
      // EOA is the default account type: said or not, it is one request.
      const again = await sdk.createWallet({
        userToken,
        idempotencyKey,
        blockchains: ['ETH-SEPOLIA'],
        accountType: 'EOA',
      });
      expect(again.data?.challengeId).toBe(first.data?.challengeId);
      expect(written).toEqual([]);
    },
  );
});

describe('POST /user/initialize: one key, another wallet name', () => {
  it('warn: answers the first challenge and names `metadata`', async () => {
    const userToken = await tokenOf('user-no-pin');
    const idempotencyKey = randomUUID();
    const first = await sdk.createUserPinWithWallets({ userToken, idempotencyKey, blockchains: ['SOL-DEVNET'] });
    written.length = 0;
    const again = await sdk.createUserPinWithWallets({
      userToken,
      idempotencyKey,
      blockchains: ['SOL-DEVNET'],
      metadata: [{ name: 'Savings' }],
    });
    expect(again.data?.challengeId).toBe(first.data?.challengeId);
    expect(written.map((warning) => warning.fields)).toEqual([['metadata']]);
  });

  it('strict, under the replay-errors rule too: refused with 156020', async () => {
    env.emulator.changeBehaviour({ idempotencyBody: 'strict', idempotency: 'replay-errors' });
    const userToken = await tokenOf('user-no-pin');
    const idempotencyKey = randomUUID();
    await sdk.createUserPinWithWallets({ userToken, idempotencyKey, blockchains: ['SOL-DEVNET'] });
    const refused = await sdkError(
      sdk.createUserPinWithWallets({ userToken, idempotencyKey, blockchains: ['SOL-DEVNET', 'ETH-SEPOLIA'] }),
    );
    expect(refused).toMatchObject({ status: 403, body: { code: 156020 } });
  });
});

describe('the fields compared, and the flag', () => {
  it('names every field whose value differs, a missing one included, sorted', () => {
    expect(
      differingFields({ blockchains: ['A'], accountType: 'EOA' }, { blockchains: ['A'], accountType: 'EOA' }),
    ).toEqual([]);
    expect(differingFields({ blockchains: ['A', 'B'] }, { blockchains: ['B', 'A'] })).toEqual(['blockchains']);
    expect(differingFields({ metadata: [{ name: 'x' }] }, { metadata: [{ name: 'y' }], accountType: 'SCA' })).toEqual([
      'accountType',
      'metadata',
    ]);
  });

  it('--idempotency takes a word of either setting, or one of each joined by a comma', () => {
    expect(behaviourFromFlags({ idempotency: 'strict' })).toEqual({ idempotencyBody: 'strict' });
    expect(behaviourFromFlags({ idempotency: 'replay-errors' })).toEqual({ idempotency: 'replay-errors' });
    expect(behaviourFromFlags({ idempotency: 'replay-errors,strict' })).toEqual({
      idempotency: 'replay-errors',
      idempotencyBody: 'strict',
    });
    for (const wrong of ['sometimes', 'strict,warn', 'replay-errors,successful-only', 'strict,', ''])
      expect(() => behaviourFromFlags({ idempotency: wrong }), wrong).toThrow(/--idempotency/);
  });

  it('writes each warning to stderr when the emulator’s owner gives no output of its own', () => {
    const stderr = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const log = new WarningLog();
      log.record({
        at: '2025-01-01T00:00:00.000Z',
        kind: 'idempotency-body',
        message: 'Idempotency key k of user u was reused with another `blockchains`',
        idempotencyKey: 'k',
        fields: ['blockchains'],
        outcome: 'answered-as-first',
      });
      expect(stderr).toHaveBeenCalledWith(
        '[emulator] warning: Idempotency key k of user u was reused with another `blockchains`',
      );
      expect(log.list()).toHaveLength(1);
    } finally {
      stderr.mockRestore();
    }
  });
});
