// The emulator's user tokens as pure functions on an explicit clock: what is issued (claims, lifetime, the derived
// encryption key and internal user id), and each way a presented token is refused — 155103 missing, 155105 not one
// this entity signed (shape, header, signature, claims), 155104 expired, checked on every call.
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  encryptionKeyFor,
  internalUserIdOf,
  issueUserToken,
  type UserTokenAuthority,
  verifyUserToken,
} from '../../../src/emulator/auth/user-token';

const pemKey = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const authority: UserTokenAuthority = {
  entityId: 'entity-1',
  environment: 'TEST',
  signingKeyPem: pemKey(),
  secret: Buffer.alloc(32, 9).toString('base64'),
};
const now = Date.parse('2026-12-01T10:00:00.999Z');
const iat = Date.parse('2026-12-01T10:00:00Z') / 1000;

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const circleHeader = b64({ alg: 'RS256', typ: 'JWT' });
/** A token signed with the authority's own key around any header and payload: only the checks can refuse it. */
function signedToken(payload: unknown, header = circleHeader, pem = authority.signingKeyPem): string {
  const signed = `${header}.${b64(payload)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), pem).toString('base64url')}`;
}
function refusalCode(token: string | undefined, atMs = now): number | null {
  try {
    verifyUserToken(token, authority, atMs);
    return null;
  } catch (error) {
    return (error as { code: number }).code;
  }
}

describe('issuing a user token', () => {
  it('claims the entity, its environment, the user, Circle’s issuer, and 60 minutes from the second it was issued', () => {
    const { claims, userToken, encryptionKey } = issueUserToken('user-knows-pin', authority, now);
    expect(claims).toEqual({
      developerEntityEnvironment: 'TEST',
      entityId: 'entity-1',
      exp: iat + 3600,
      iat,
      internalUserId: internalUserIdOf('entity-1', 'user-knows-pin'),
      iss: 'https://programmable-wallet.circle.com',
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sub: 'user-knows-pin',
    });
    expect(verifyUserToken(userToken, authority, now)).toEqual(claims);
    expect(encryptionKey).toBe(encryptionKeyFor(claims.jti, authority.secret));
  });

  it('derives a 32-byte encryption key per token id and secret', () => {
    const key = encryptionKeyFor('jti-1', authority.secret);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(encryptionKeyFor('jti-1', authority.secret)).toBe(key);
    expect(encryptionKeyFor('jti-2', authority.secret)).not.toBe(key);
    expect(encryptionKeyFor('jti-1', Buffer.alloc(32, 1).toString('base64'))).not.toBe(key);
  });

  it('keys the derivation with the secret’s bytes, not its base64 text: with or without padding, the same key', () => {
    const padded = authority.secret;
    expect(padded.endsWith('=')).toBe(true);
    expect(encryptionKeyFor('jti-1', padded.replace(/=+$/, ''))).toBe(encryptionKeyFor('jti-1', padded));
  });

  it('names one internal user per entity and user: a version-5 UUID, the same each time', () => {
    const id = internalUserIdOf('entity-1', 'user-knows-pin');
    // SHA-1 of "entity-1\0user-knows-pin" is e466944d740db02b60707bc0b816f8d6…: its version nibble (b) set to 5 and
    // its variant byte (60) to 10xxxxxx (a0).
    expect(id).toBe('e466944d-740d-502b-a070-7bc0b816f8d6');
    expect(internalUserIdOf('entity-1', 'user-knows-pin')).toBe(id);
    expect(internalUserIdOf('entity-2', 'user-knows-pin')).not.toBe(id);
    // The entity and the user are kept apart: ("ab", "c") is not ("a", "bc").
    expect(internalUserIdOf('ab', 'c')).not.toBe(internalUserIdOf('a', 'bc'));
  });

  it('gives every internal user id version 5 and the RFC 4122 variant, with the hash’s own bits beside them', () => {
    const ids = Array.from({ length: 32 }, (_, index) => internalUserIdOf('entity-1', `user-${index}`));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The digits beside the fixed version and variant bits are the hash's, so they vary from user to user.
    expect(new Set(ids.map((id) => id[15])).size).toBeGreaterThan(1);
    expect(new Set(ids.map((id) => id[20])).size).toBeGreaterThan(1);
  });
});

describe('checking a presented user token', () => {
  const claims = issueUserToken('user-knows-pin', authority, now).claims;

  it('refuses a missing or empty token as 155103', () => {
    expect(refusalCode(undefined)).toBe(155103);
    expect(refusalCode('')).toBe(155103);
  });

  it('refuses anything this entity did not sign in Circle’s form as 155105', () => {
    const good = signedToken(claims);
    const [header, payload, signature] = good.split('.');
    expect(refusalCode(good)).toBeNull();
    expect(refusalCode('not-a-token')).toBe(155105);
    expect(refusalCode(`${header}.${payload}`)).toBe(155105);
    expect(refusalCode(`${good}.extra`)).toBe(155105);
    expect(refusalCode(signedToken(claims, b64({ alg: 'RS256' })))).toBe(155105);
    expect(refusalCode(`${header}.${b64({ ...claims, sub: 'someone-else' })}.${signature}`)).toBe(155105);
    expect(refusalCode(signedToken(claims, circleHeader, pemKey()))).toBe(155105);
    expect(refusalCode(`${header}.${payload}.`)).toBe(155105);
  });

  it('refuses every token as 155105 when the entity’s key cannot check an RS256 signature (an Ed25519 key)', () => {
    const ed25519 = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const forged = `${circleHeader}.${b64(claims)}.${b64('any signature')}`;
    expect(() => verifyUserToken(forged, { ...authority, signingKeyPem: ed25519 }, now)).toThrow(
      expect.objectContaining({ code: 155105 }),
    );
  });

  it('refuses a signed payload that is not the claims as 155105', () => {
    expect(refusalCode(signedToken('not json'))).toBe(155105);
    expect(refusalCode(signedToken(null))).toBe(155105);
    expect(refusalCode(signedToken('"a string"'))).toBe(155105);
    for (const name of ['developerEntityEnvironment', 'entityId', 'internalUserId', 'iss', 'jti', 'sub'])
      expect(refusalCode(signedToken({ ...claims, [name]: 7 })), name).toBe(155105);
    expect(refusalCode(signedToken({ ...claims, iat: String(claims.iat) }))).toBe(155105);
    expect(refusalCode(signedToken({ ...claims, exp: String(claims.exp) }))).toBe(155105);
  });

  it('refuses a token as 155104 from the second it expires, on every call after it was first accepted', () => {
    const { userToken } = issueUserToken('user-knows-pin', authority, now);
    const expiresAtMs = (iat + 3600) * 1000;
    expect(refusalCode(userToken, expiresAtMs - 1)).toBeNull();
    expect(refusalCode(userToken, expiresAtMs)).toBe(155104);
    expect(refusalCode(userToken, expiresAtMs - 1)).toBeNull();
  });

  it('answers a copy of the claims: changing it changes nothing for the next call', () => {
    const { userToken } = issueUserToken('user-knows-pin', authority, now);
    const first = verifyUserToken(userToken, authority, now);
    first.exp = 0;
    first.sub = 'someone-else';
    expect(verifyUserToken(userToken, authority, now)).toMatchObject({ exp: iat + 3600, sub: 'user-knows-pin' });
  });
});
