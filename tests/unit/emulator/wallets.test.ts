// Wallets as Circle makes them, through the official Node SDK: `POST /user/initialize` with blockchains and
// `POST /user/wallets` return challenges, and the wallets appear when the challenge completes (INITIALIZE: PIN and
// questions set; CREATE_WALLET: the customer confirms with their PIN). Listing, reading, balances and transactions
// answer in Circle's shapes: every body is checked against the OpenAPI files when the file ends.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededPin } from '../../support/seeded-customer';
import { type EmulatorUnderTest, readJson, startEmulator } from './emulator-under-test';

type Client = ReturnType<typeof initiateUserControlledWalletsClient>;

let env: EmulatorUnderTest;
let sdk: Client;

async function sdkError(call: Promise<unknown>): Promise<{ code: unknown; status: unknown }> {
  try {
    await call;
  } catch (error) {
    const thrown = error as { code?: unknown; status?: unknown };
    return { code: thrown.code, status: thrown.status };
  }
  throw new Error('expected the SDK call to fail');
}

async function newUser(scenario: 'user-knows-pin' | 'user-no-pin' | 'user-pin-locked' | 'user-disabled') {
  const userId = `wallets-${randomUUID().slice(0, 8)}`;
  const response = await fetch(`${env.emulator.baseUrl}/emulator/users`, {
    method: 'POST',
    headers: env.authHeaders(),
    body: JSON.stringify({ userId, scenario }),
  });
  expect(response.status).toBe(201);
  const { data } = await sdk.createUserToken({ userId });
  if (!data?.userToken || !data.encryptionKey) throw new Error('no token');
  return { userId, userToken: data.userToken, encryptionKey: data.encryptionKey };
}

type Session = Awaited<ReturnType<typeof newUser>>;

const open = (user: Session, challengeId: string) =>
  env.emulator.challengeSteps.open({ ...user, challengeId, appId: env.emulator.appId });

const questions = [
  { question: 'What was the name of your first pet?', answer: 'Rex' },
  { question: 'In which city were you born?', answer: 'Porto' },
];

async function walletsOf(user: Session) {
  return (await sdk.listWallets({ userToken: user.userToken })).data?.wallets ?? [];
}

/** A user who went through INITIALIZE with wallets on these blockchains. */
async function initializedWith(blockchains: Parameters<Client['createUserPinWithWallets']>[0]['blockchains']) {
  const user = await newUser('user-no-pin');
  const started = await sdk.createUserPinWithWallets({
    userToken: user.userToken,
    idempotencyKey: randomUUID(),
    blockchains,
  });
  const challengeId = started.data?.challengeId ?? '';
  open(user, challengeId);
  const session = { userToken: user.userToken, challengeId };
  expect((await env.emulator.challengeSteps.completeWithNewPin(session, '205813', '205813', questions)).ok).toBe(true);
  return user;
}

beforeAll(async () => {
  env = await startEmulator();
  sdk = initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('wallets at initialize', () => {
  it('appear when the INITIALIZE challenge completes: one per blockchain, LIVE, one wallet set, an address per family', async () => {
    const user = await newUser('user-no-pin');
    const started = await sdk.createUserPinWithWallets({
      userToken: user.userToken,
      idempotencyKey: randomUUID(),
      blockchains: ['MATIC-AMOY', 'SOL-DEVNET', 'APTOS-TESTNET', 'NEAR-TESTNET'],
    });
    expect(started.status).toBe(201);
    const challengeId = started.data?.challengeId ?? '';
    expect(await walletsOf(user)).toEqual([]);

    open(user, challengeId);
    const session = { userToken: user.userToken, challengeId };
    expect((await env.emulator.challengeSteps.completeWithNewPin(session, '205813', '205813', questions)).ok).toBe(
      true,
    );
    const completed = (await sdk.getUserChallenge(session)).data?.challenge;
    expect(completed).toMatchObject({ type: 'INITIALIZE', status: 'COMPLETE' });

    const wallets = await sdk.listWallets({ userToken: user.userToken, order: 'ASC' });
    const listed = wallets.data?.wallets ?? [];
    // Named in the challenge, as CREATE_WALLET names its wallets.
    expect(completed?.correlationIds).toEqual(listed.map((wallet) => wallet.id));
    expect(listed.map((wallet) => wallet.blockchain)).toEqual([
      'MATIC-AMOY',
      'SOL-DEVNET',
      'APTOS-TESTNET',
      'NEAR-TESTNET',
    ]);
    for (const wallet of listed) {
      expect(wallet).toMatchObject({ state: 'LIVE', custodyType: 'ENDUSER', accountType: 'EOA', userId: user.userId });
    }
    expect(new Set(listed.map((wallet) => wallet.walletSetId)).size).toBe(1);
    const [evm, solana, aptos, near] = listed;
    expect(evm?.address).toMatch(/^0x[0-9a-f]{40}$/);
    expect(solana?.address).toMatch(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
    expect(aptos?.address).toMatch(/^0x[0-9a-f]{64}$/);
    expect(near?.address).toMatch(/^[0-9a-f]{64}$/);
    expect(near?.initialPublicKey).toMatch(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
  });

  it('makes none without blockchains', async () => {
    const user = await newUser('user-no-pin');
    const started = await sdk.createUserPin({ userToken: user.userToken, idempotencyKey: randomUUID() });
    open(user, started.data?.challengeId ?? '');
    const session = { userToken: user.userToken, challengeId: started.data?.challengeId ?? '' };
    expect((await env.emulator.challengeSteps.completeWithNewPin(session, '205813', '205813', questions)).ok).toBe(
      true,
    );
    expect(await walletsOf(user)).toEqual([]);
  });
});

describe('reading wallets', () => {
  it('gets one wallet by id; another user’s or an unknown one is 156001, a malformed id 156009', async () => {
    const owner = await initializedWith(['ETH-SEPOLIA']);
    const [wallet] = await walletsOf(owner);
    const read = await sdk.getWallet({ id: wallet?.id ?? '', userToken: owner.userToken });
    expect(read.data?.wallet).toEqual(wallet);
    const stranger = await newUser('user-knows-pin');
    expect(await sdkError(sdk.getWallet({ id: wallet?.id ?? '', userToken: stranger.userToken }))).toEqual({
      code: 156001,
      status: 404,
    });
    expect(await sdkError(sdk.getWallet({ id: randomUUID(), userToken: owner.userToken }))).toMatchObject({
      code: 156001,
    });
    expect(await sdkError(sdk.getWallet({ id: 'not-a-uuid', userToken: owner.userToken }))).toMatchObject({
      code: 156009,
    });
  });

  it('filters and pages the list', async () => {
    const user = await initializedWith(['ETH-SEPOLIA', 'MATIC-AMOY', 'BASE-SEPOLIA']);
    const all = await walletsOf(user);
    expect(all).toHaveLength(3);
    const byChain = await sdk.listWallets({ userToken: user.userToken, blockchain: 'MATIC-AMOY' });
    expect(byChain.data?.wallets?.map((wallet) => wallet.blockchain)).toEqual(['MATIC-AMOY']);
    const address = all[0]?.address.toUpperCase().replace('0X', '0x') ?? '';
    expect((await sdk.listWallets({ userToken: user.userToken, address })).data?.wallets).toHaveLength(1);
    const firstPage = (await sdk.listWallets({ userToken: user.userToken, order: 'ASC', pageSize: 2 })).data?.wallets;
    expect(firstPage).toHaveLength(2);
    const next = await sdk.listWallets({
      userToken: user.userToken,
      order: 'ASC',
      pageSize: 2,
      pageAfter: firstPage?.[1]?.id,
    });
    expect(next.data?.wallets?.map((wallet) => wallet.blockchain)).toEqual(['BASE-SEPOLIA']);
    expect((await sdk.listWallets({ userToken: user.userToken, walletSetId: randomUUID() })).data?.wallets).toEqual([]);
  });

  it('answers empty token balances and no transactions', async () => {
    const user = await initializedWith(['ARB-SEPOLIA']);
    const [wallet] = await walletsOf(user);
    const balances = await sdk.getWalletTokenBalance({
      walletId: wallet?.id ?? '',
      userToken: user.userToken,
      includeAll: true,
    });
    expect(balances.data).toEqual({ tokenBalances: [] });
    const transactions = await sdk.listTransactions({ userToken: user.userToken, walletIds: [wallet?.id ?? ''] });
    expect(transactions.data).toEqual({ transactions: [] });
    expect(await sdkError(sdk.listTransactions({ userToken: user.userToken, state: 'NOPE' as 'SENT' }))).toMatchObject({
      code: 2,
      status: 400,
    });
  });

  it('needs the user token', async () => {
    const response = await fetch(`${env.emulator.baseUrl}/v1/w3s/wallets`, { headers: env.authHeaders() });
    expect(response.status).toBe(401);
    expect((await readJson(response)).code).toBe(155103);
  });
});

describe('CREATE_WALLET', () => {
  it('is a challenge the customer confirms with their PIN: a wrong PIN counts, the right one makes the wallet', async () => {
    const user = await newUser('user-knows-pin');
    const started = await sdk.createWallet({
      userToken: user.userToken,
      idempotencyKey: randomUUID(),
      blockchains: ['ETH-SEPOLIA'],
      accountType: 'SCA',
      metadata: [{ name: 'Savings', refId: 'ref-1' }],
    });
    expect(started.status).toBe(201);
    const challengeId = started.data?.challengeId ?? '';
    const session = { userToken: user.userToken, challengeId };
    expect((await sdk.getUserChallenge(session)).data?.challenge).toMatchObject({
      type: 'CREATE_WALLET',
      status: 'PENDING',
    });
    open(user, challengeId);
    const steps = env.emulator.challengeSteps;
    expect(await steps.confirmWithPin(session, '111112')).toMatchObject({ ok: false, error: { code: 155112 } });
    expect((await sdk.getUser({ userId: user.userId })).data?.user?.pinDetails?.failedAttempts).toBe(1);
    expect(await walletsOf(user)).toEqual([]);

    expect((await steps.confirmWithPin(session, seededPin)).ok).toBe(true);
    const [wallet] = await walletsOf(user);
    expect(wallet).toMatchObject({
      blockchain: 'ETH-SEPOLIA',
      accountType: 'SCA',
      scaCore: 'circle_6900_singleowner_v2',
      name: 'Savings',
      refId: 'ref-1',
      state: 'LIVE',
    });
    expect((await sdk.getUserChallenge(session)).data?.challenge).toEqual({
      id: challengeId,
      type: 'CREATE_WALLET',
      status: 'COMPLETE',
      correlationIds: [wallet?.id],
    });
    expect((await sdk.getUser({ userId: user.userId })).data?.user?.pinDetails?.failedAttempts).toBe(0);
  });

  it('adds to the wallet set the user already has', async () => {
    const user = await initializedWith(['MATIC-AMOY']);
    const started = await sdk.createWallet({
      userToken: user.userToken,
      idempotencyKey: randomUUID(),
      blockchains: ['SOL-DEVNET'],
    });
    const session = { userToken: user.userToken, challengeId: started.data?.challengeId ?? '' };
    open(user, session.challengeId);
    expect((await env.emulator.challengeSteps.confirmWithPin(session, '205813')).ok).toBe(true);
    const wallets = await walletsOf(user);
    expect(wallets).toHaveLength(2);
    expect(new Set(wallets.map((wallet) => wallet.walletSetId)).size).toBe(1);
  });

  it('locks the PIN on the fourth wrong entry and FAILS with 155119, making nothing', async () => {
    const user = await newUser('user-knows-pin');
    const started = await sdk.createWallet({
      userToken: user.userToken,
      idempotencyKey: randomUUID(),
      blockchains: ['OP-SEPOLIA'],
    });
    const session = { userToken: user.userToken, challengeId: started.data?.challengeId ?? '' };
    open(user, session.challengeId);
    for (let attempt = 0; attempt < 3; attempt += 1)
      await env.emulator.challengeSteps.confirmWithPin(session, '111112');
    expect(await env.emulator.challengeSteps.confirmWithPin(session, '111112')).toMatchObject({
      challengeFailed: true,
      error: { code: 155119 },
    });
    expect((await sdk.getUserChallenge(session)).data?.challenge).toMatchObject({
      status: 'FAILED',
      errorCode: 155119,
    });
    expect(await walletsOf(user)).toEqual([]);
  });

  it('is refused as Circle refuses it', async () => {
    const key = () => randomUUID();
    const knows = await newUser('user-knows-pin');
    type WalletFields = Pick<Parameters<Client['createWallet']>[0], 'accountType' | 'blockchains' | 'metadata'>;
    const create = (user: Session, fields: Partial<WalletFields>) =>
      sdkError(
        sdk.createWallet({ userToken: user.userToken, idempotencyKey: key(), blockchains: ['ETH-SEPOLIA'], ...fields }),
      );
    expect(await create(await newUser('user-no-pin'), {})).toEqual({ code: 155110, status: 400 });
    expect(await create(await newUser('user-disabled'), {})).toEqual({ code: 155109, status: 409 });
    expect(await create(await newUser('user-pin-locked'), {})).toEqual({ code: 155119, status: 400 });
    expect(await create(knows, { accountType: 'SCA', blockchains: ['SOL-DEVNET'] })).toEqual({
      code: 155507,
      status: 400,
    });
    expect(await create(knows, { accountType: 'SCA', blockchains: ['ETH-SEPOLIA', 'MATIC-AMOY'] })).toEqual({
      code: 155508,
      status: 400,
    });
    expect(await create(knows, { metadata: [{ name: 'a' }, { name: 'b' }] })).toEqual({ code: 155504, status: 400 });
    expect(await create(knows, { blockchains: ['ETH-SEPOLIA', 'ETH-SEPOLIA'] })).toEqual({ code: 2, status: 400 });
    expect(await create(knows, { blockchains: [] })).toEqual({ code: 2, status: 400 });
  });

  it('opens in the hosted UI only for its owner, with the blockchains to confirm', async () => {
    const user = await newUser('user-knows-pin');
    const started = await sdk.createWallet({
      userToken: user.userToken,
      idempotencyKey: randomUUID(),
      blockchains: ['AVAX-FUJI'],
    });
    const challengeId = started.data?.challengeId ?? '';
    const response = await fetch(`${env.emulator.baseUrl}/pw-auth/api/open`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...user, challengeId, appId: env.emulator.appId }),
    });
    expect(await readJson(response)).toEqual({
      challenge: { type: 'CREATE_WALLET', status: 'IN_PROGRESS' },
      securityQuestions: questions.map(({ question }) => ({ question, type: 'TEXT', hint: null })),
      blockchains: ['AVAX-FUJI'],
    });
  });
});

describe('wallets in the state', () => {
  it('survive export and import; a state file from before wallets loads with none', async () => {
    const user = await initializedWith(['UNI-SEPOLIA']);
    const exported = env.emulator.exportState();
    expect(exported.wallets.some((wallet) => wallet.userId === user.userId)).toBe(true);
    env.emulator.importState(exported);
    expect(await walletsOf(user)).toHaveLength(1);

    const { wallets: _dropped, ...beforeWallets } = exported;
    env.emulator.importState(beforeWallets);
    expect(env.emulator.exportState().wallets).toEqual([]);
    expect(await walletsOf(user)).toEqual([]);
    expect(() => env.emulator.importState({ ...exported, wallets: [{ id: 'x' }] })).toThrow(/wallets/);
  });
});
