// User tokens in the form of Circle's documented example, as far as a client can see: a JWT signed RS256 (with the
// emulated entity's own 2048-bit RSA key), header `{"alg":"RS256","typ":"JWT"}`, and the example's claims in its order —
// developerEntityEnvironment, entityId, exp, iat, internalUserId, iss, jti, sub (the developer's userId) — with `exp`
// 60 minutes after `iat` on the emulator's clock. Where the values can only be the emulator's, reference/circle/
// README.md says so. The encryption key is derived from the token's id (`jti`) with the entity's secret, so "does this
// key belong to this token" needs no stored session.
import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  randomUUID,
  sign,
  verify,
} from 'node:crypto';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleError } from '../errors/circle-errors';

export const userTokenLifetimeSeconds = 60 * 60;
/** The issuer in Circle's example. */
export const userTokenIssuer = 'https://programmable-wallet.circle.com';

export interface UserTokenClaims {
  developerEntityEnvironment: 'TEST' | 'LIVE';
  entityId: string;
  exp: number;
  iat: number;
  internalUserId: string;
  iss: string;
  jti: string;
  sub: string;
}

/** What tokens are signed and checked with: the emulated entity, its network, its keys. */
export interface UserTokenAuthority {
  entityId: string;
  environment: 'TEST' | 'LIVE';
  /** PKCS#8 PEM of the entity's RSA key. */
  signingKeyPem: string;
  /** Base64 HMAC secret the encryption keys are derived with. */
  secret: string;
}

const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');

// Parsing a PEM costs more than a status read; each entity's keys are parsed once. Bounded: emptied when full.
const keysByPem = new Map<string, { privateKey: KeyObject; publicKey: KeyObject }>();
function keysOf(pem: string): { privateKey: KeyObject; publicKey: KeyObject } {
  let keys = keysByPem.get(pem);
  if (!keys) {
    const privateKey = createPrivateKey(pem);
    keys = { privateKey, publicKey: createPublicKey(privateKey) };
    if (keysByPem.size >= 100) keysByPem.clear();
    keysByPem.set(pem, keys);
  }
  return keys;
}

/** A UUID of version 5's shape (as Circle's example's is), the same for one user of one entity. */
export function internalUserIdOf(entityId: string, userId: string): string {
  const bytes = createHash('sha1').update(`${entityId}\u0000${userId}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function issueUserToken(
  userId: string,
  authority: UserTokenAuthority,
  nowMs: number,
): { userToken: string; encryptionKey: string; claims: UserTokenClaims } {
  const iat = Math.floor(nowMs / 1000);
  const claims: UserTokenClaims = {
    developerEntityEnvironment: authority.environment,
    entityId: authority.entityId,
    exp: iat + userTokenLifetimeSeconds,
    iat,
    internalUserId: internalUserIdOf(authority.entityId, userId),
    iss: userTokenIssuer,
    jti: randomUUID(),
    sub: userId,
  };
  const signed = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = sign('sha256', Buffer.from(signed), keysOf(authority.signingKeyPem).privateKey);
  const userToken = `${signed}.${signature.toString('base64url')}`;
  return { userToken, encryptionKey: encryptionKeyFor(claims.jti, authority.secret), claims };
}

export function encryptionKeyFor(tokenId: string, secret: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64')).update(`encryption-key:${tokenId}`).digest('base64');
}

// Tokens whose signature and claims were already checked, per public key: a client polling with one token has it
// verified once (the RSA check and JSON parse dominate a status read), while its expiry is checked on every call.
// Bounded: emptied when full.
const verifiedClaims = new WeakMap<KeyObject, Map<string, UserTokenClaims>>();
const verifiedClaimsLimit = 10_000;

/** Verifies an `X-User-Token`: missing → 155103, bad shape or signature → 155105, expired → 155104. */
export function verifyUserToken(
  token: string | undefined,
  authority: UserTokenAuthority,
  nowMs: number,
): UserTokenClaims {
  if (token === undefined || token === '') throw circleError(circleErrorCodes.userTokenMissing);
  const { publicKey } = keysOf(authority.signingKeyPem);
  let checked = verifiedClaims.get(publicKey);
  if (!checked) {
    checked = new Map();
    verifiedClaims.set(publicKey, checked);
  }
  let claims = checked.get(token);
  if (claims === undefined) {
    claims = verifySignedClaims(token, publicKey);
    if (checked.size >= verifiedClaimsLimit) checked.clear();
    checked.set(token, claims);
  }
  if (claims.exp * 1000 <= nowMs) throw circleError(circleErrorCodes.userTokenExpired);
  return { ...claims };
}

/** The claims of a well-formed RS256 token signed with this key, else 155105; expiry is the caller's check. */
function verifySignedClaims(token: string, publicKey: KeyObject): UserTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== header) throw circleError(circleErrorCodes.userTokenInvalid);
  const [, payload = '', signature = ''] = parts;
  const signed = Buffer.from(`${header}.${payload}`);
  if (!signatureHolds(signed, publicKey, signature)) throw circleError(circleErrorCodes.userTokenInvalid);
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw circleError(circleErrorCodes.userTokenInvalid);
  }
  if (!isClaims(claims)) throw circleError(circleErrorCodes.userTokenInvalid);
  return claims;
}

function signatureHolds(signed: Buffer, publicKey: KeyObject, signature: string): boolean {
  try {
    return verify('sha256', signed, publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

function isClaims(value: unknown): value is UserTokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  const strings = ['developerEntityEnvironment', 'entityId', 'internalUserId', 'iss', 'jti', 'sub'];
  return (
    strings.every((name) => typeof claims[name] === 'string') &&
    typeof claims.iat === 'number' &&
    typeof claims.exp === 'number'
  );
}
