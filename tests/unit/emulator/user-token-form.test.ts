// The user token as a client sees it, held to Circle's documented example (the "Create your first wallet with PIN"
// guide's POST /users/token response): header {"alg":"RS256","typ":"JWT"}, the example's claims in its order, a
// 2048-bit RSA signature that a standard JWT library verifies with the entity's key. Tokens are issued through the
// official Node SDK and used against the emulator as an app uses them.
import { createPublicKey } from 'node:crypto';
import { createRequire } from 'node:module';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator';
import { type EmulatorUnderTest, startEmulator } from './emulator-under-test';

// The real package, installed as the web SDK's dependency: what a backend would verify a token with.
const jwt = createRequire(import.meta.url)('jsonwebtoken') as {
  verify(token: string, key: unknown, options: { algorithms: string[]; clockTimestamp?: number }): unknown;
};

/** The claims of Circle's example token, in its order (its values: TEST, UUIDs, Unix seconds, its issuer, the userId). */
const circleExampleClaims = [
  'developerEntityEnvironment',
  'entityId',
  'exp',
  'iat',
  'internalUserId',
  'iss',
  'jti',
  'sub',
];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let env: EmulatorUnderTest;
const sdk = () => initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
const decode = (part: string | undefined) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString());
const tokenOf = async (userId: string) => (await sdk().createUserToken({ userId })).data?.userToken ?? '';
const publicKey = () => createPublicKey(env.emulator.exportState().entity.tokenSigningKeyPem);

beforeAll(async () => {
  env = await startEmulator();
});

afterAll(async () => {
  await env.emulator.close();
  expect(env.schemaProblems()).toEqual([]);
});

describe('a user token', () => {
  it('has Circle’s header, Circle’s claims in Circle’s order, and a 256-byte signature', async () => {
    const nowSeconds = () => Math.floor(env.emulator.clock.now().getTime() / 1000);
    const before = nowSeconds();
    const token = await tokenOf('user-knows-pin');
    const after = nowSeconds();
    const [header, payload, signature] = token.split('.');
    expect(header).toBe('eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9');
    expect(decode(header)).toEqual({ alg: 'RS256', typ: 'JWT' });
    const claims = decode(payload);
    expect(Object.keys(claims)).toEqual(circleExampleClaims);
    expect(claims).toMatchObject({
      developerEntityEnvironment: 'TEST',
      entityId: env.emulator.appId,
      iss: 'https://programmable-wallet.circle.com',
      sub: 'user-knows-pin',
    });
    expect(claims.exp - claims.iat).toBe(3600);
    // Issued at the emulator's now: the second the call was answered in (under load, a second may tick meanwhile).
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.iat).toBeLessThanOrEqual(after);
    expect(claims.jti).toMatch(uuid);
    expect(claims.internalUserId).toMatch(uuid);
    expect(claims.internalUserId[14]).toBe('5');
    expect(Buffer.from(signature ?? '', 'base64url')).toHaveLength(256);
  });

  it('verifies as RS256 with the entity’s key in a standard JWT library, and not as anything else', async () => {
    const token = await tokenOf('user-knows-pin');
    const clockTimestamp = Math.floor(env.emulator.clock.now().getTime() / 1000);
    expect(jwt.verify(token, publicKey(), { algorithms: ['RS256'], clockTimestamp })).toMatchObject({
      sub: 'user-knows-pin',
    });
    expect(() => jwt.verify(token, publicKey(), { algorithms: ['HS256'], clockTimestamp })).toThrow();
  });

  it('names the same internal user in every token of one user, and another for another user', async () => {
    const internal = async (userId: string) => decode((await tokenOf(userId)).split('.')[1]).internalUserId;
    const first = await internal('user-knows-pin');
    expect(await internal('user-knows-pin')).toBe(first);
    expect(await internal('user-no-pin')).not.toBe(first);
    const jtis = new Set(
      [await tokenOf('user-knows-pin'), await tokenOf('user-knows-pin')].map((t) => t.split('.')[1]),
    );
    expect(jtis.size).toBe(2);
  });

  it('is refused (155105) when its header, claims or signature were changed', async () => {
    const [header, payload, signature] = (await tokenOf('user-knows-pin')).split('.');
    const claims = decode(payload);
    const reencode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const forgeries = [
      `${reencode({ alg: 'HS256', typ: 'JWT' })}.${payload}.${signature}`,
      `${reencode({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      `${header}.${reencode({ ...claims, sub: 'user-no-pin' })}.${signature}`,
      `${header}.${payload}.${'A'.repeat(342)}`,
      `${header}.${payload}.${signature?.slice(0, -4)}`,
    ];
    for (const userToken of forgeries) {
      const response = await fetch(`${env.emulator.baseUrl}/v1/w3s/user`, {
        headers: env.authHeaders({ 'X-User-Token': userToken }),
      });
      expect(((await response.json()) as { code: number }).code, userToken.slice(0, 40)).toBe(155105);
    }
  });

  it('says LIVE on a mainnet emulator', async () => {
    const mainnet = await createEmulator({ network: 'mainnet' });
    try {
      const client = initiateUserControlledWalletsClient({ apiKey: mainnet.apiKey, baseUrl: mainnet.baseUrl });
      const token = (await client.createUserToken({ userId: 'user-knows-pin' })).data?.userToken ?? '';
      expect(decode(token.split('.')[1]).developerEntityEnvironment).toBe('LIVE');
    } finally {
      await mainnet.close();
    }
  });
});

describe('a state file from before tokens were signed RS256', () => {
  it('loads with a signing key of its own: new tokens work, tokens of the old key are refused with 155105', async () => {
    const old = await tokenOf('user-knows-pin');
    const state = env.emulator.exportState();
    const { tokenSigningKeyPem: previousKey, ...entity } = state.entity;
    env.emulator.importState({ ...state, entity });
    expect(env.emulator.exportState().entity.tokenSigningKeyPem).toContain('PRIVATE KEY');
    expect(env.emulator.exportState().entity.tokenSigningKeyPem).not.toBe(previousKey);
    const status = async (userToken: string) =>
      (await fetch(`${env.emulator.baseUrl}/v1/w3s/user`, { headers: env.authHeaders({ 'X-User-Token': userToken }) }))
        .status;
    expect(await status(old)).toBe(403);
    expect(await status(await tokenOf('user-knows-pin'))).toBe(200);
  });
});
