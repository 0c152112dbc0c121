// What a developer pastes to execute a challenge made elsewhere (Circle's guide, step 4), checked in one place: the
// contract's zod schema in main and the renderer's inline messages both use these (the renderer without zod). The
// token is only decoded, never verified: Circle is the one to trust it or not.
import { decode } from '../jwt/decode-only-jsonwebtoken';

/** A user token is a JWT of about 1 KB; anything far longer is not one. */
export const userTokenMaxLength = 8192;
/** Circle's encryption keys are 32 bytes, in base64: 44 characters ending in `=`. */
export const encryptionKeyBytes = 32;
export const encryptionKeyMaxLength = 200;

/** What a pasted user token says about itself (decoded, not verified). */
export interface UserTokenClaims {
  /** The user the token names (`sub`), when it names one. */
  subject: string | null;
  expiresAt: Date;
}

/** The token's claims when it is a JWT with an expiry, else null. */
export function userTokenClaims(raw: string): UserTokenClaims | null {
  const payload = decode(raw.trim());
  if (typeof payload !== 'object' || payload === null) return null;
  const { exp, sub } = payload as { exp?: unknown; sub?: unknown };
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  const subject = typeof sub === 'string' && sub.trim() !== '' ? sub.trim() : null;
  return { subject, expiresAt: new Date(exp * 1000) };
}

/** Why a pasted user token cannot be used (before any call), or null when it can. */
export function userTokenProblem(raw: string, now: Date): string | null {
  const token = raw.trim();
  if (token === '') return 'Paste the user token your backend got from POST /v1/w3s/users/token.';
  if (token.length > userTokenMaxLength)
    return `A user token is a JWT of about 1 KB; this is over ${userTokenMaxLength} characters.`;
  const payload = decode(token);
  if (payload === null || typeof payload !== 'object') {
    return 'This is not a user token: Circle’s user tokens are JWTs (three base64url parts joined by dots, starting eyJ).';
  }
  const claims = userTokenClaims(token);
  if (!claims) return 'This JWT has no expiry (exp), so it is not a Circle user token.';
  if (claims.expiresAt.getTime() <= now.getTime()) {
    return `This user token expired at ${claims.expiresAt.toISOString()}. Get a new one with POST /v1/w3s/users/token.`;
  }
  return null;
}

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** How many bytes a well-formed base64 text decodes to. */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Why a pasted encryption key cannot be used (before any call), or null when it can. */
export function encryptionKeyProblem(raw: string): string | null {
  const key = raw.trim();
  if (key === '') return 'Paste the encryption key that came with the user token.';
  if (key.length > encryptionKeyMaxLength || !base64Pattern.test(key)) {
    return 'This is not an encryption key: Circle’s keys are base64 (letters, digits, + and /, ending in =).';
  }
  const bytes = base64Bytes(key);
  if (bytes !== encryptionKeyBytes) {
    return `This key decodes to ${bytes} bytes; Circle’s encryption keys are ${encryptionKeyBytes} bytes (44 characters of base64).`;
  }
  return null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a typed challenge ID cannot be used (before any call), or null when it can. */
export function challengeIdProblem(raw: string): string | null {
  const challengeId = raw.trim();
  if (challengeId === '') return 'Paste the challenge ID (the challengeId Circle answered your backend with).';
  if (!uuidPattern.test(challengeId)) {
    return 'A challenge ID is a UUID, like 0c6b5b1e-8a0e-4d8f-9f4e-2f0a6b1c9d3e.';
  }
  return null;
}
