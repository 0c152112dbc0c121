// User tokens are JWTs (HS256) signed with the entity's secret: `sub` is the userId and `exp` is 60 minutes after `iat`
// on the emulator's clock. The encryption key is derived from the token's id, so "does this key belong to this token"
// needs no stored session.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleError } from '../errors/circle-errors';

export const userTokenLifetimeSeconds = 60 * 60;

export interface UserTokenClaims {
  sub: string;
  iat: number;
  exp: number;
  jti: string;
  appId: string;
}

const base64Url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function sign(data: string, secret: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64')).update(data).digest('base64url');
}

export function issueUserToken(
  userId: string,
  appId: string,
  secret: string,
  nowMs: number,
): { userToken: string; encryptionKey: string; claims: UserTokenClaims } {
  const iat = Math.floor(nowMs / 1000);
  const claims: UserTokenClaims = { sub: userId, iat, exp: iat + userTokenLifetimeSeconds, jti: randomUUID(), appId };
  const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64Url(JSON.stringify(claims));
  const userToken = `${header}.${payload}.${sign(`${header}.${payload}`, secret)}`;
  return { userToken, encryptionKey: encryptionKeyFor(claims.jti, secret), claims };
}

export function encryptionKeyFor(tokenId: string, secret: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64')).update(`encryption-key:${tokenId}`).digest('base64');
}

// Tokens whose signature and claims were already checked, by secret and token: a client polling with one token has
// it verified once (the HMAC and JSON parse dominate a status read), while its expiry is checked on every call.
// Bounded: emptied when full.
const verifiedClaims = new Map<string, UserTokenClaims>();
const verifiedClaimsLimit = 10_000;

/** Verifies an `X-User-Token`: missing → 155103, bad shape or signature → 155105, expired → 155104. */
export function verifyUserToken(token: string | undefined, secret: string, nowMs: number): UserTokenClaims {
  if (token === undefined || token === '') throw circleError(circleErrorCodes.userTokenMissing);
  const key = `${secret}\u0000${token}`;
  let claims = verifiedClaims.get(key);
  if (claims === undefined) {
    claims = verifySignedClaims(token, secret);
    if (verifiedClaims.size >= verifiedClaimsLimit) verifiedClaims.clear();
    verifiedClaims.set(key, claims);
  }
  if (claims.exp * 1000 <= nowMs) throw circleError(circleErrorCodes.userTokenExpired);
  return { ...claims };
}

/** The claims of a well-formed token signed with `secret`, else 155105; expiry is the caller's check. */
function verifySignedClaims(token: string, secret: string): UserTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw circleError(circleErrorCodes.userTokenInvalid);
  const [header = '', payload = '', signature = ''] = parts;
  const expected = Buffer.from(sign(`${header}.${payload}`, secret));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    throw circleError(circleErrorCodes.userTokenInvalid);
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw circleError(circleErrorCodes.userTokenInvalid);
  }
  if (!isClaims(claims)) throw circleError(circleErrorCodes.userTokenInvalid);
  return claims;
}

function isClaims(value: unknown): value is UserTokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.sub === 'string' &&
    typeof claims.iat === 'number' &&
    typeof claims.exp === 'number' &&
    typeof claims.jti === 'string' &&
    typeof claims.appId === 'string'
  );
}
