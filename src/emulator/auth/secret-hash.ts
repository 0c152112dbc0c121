// PINs and security answers are stored only as salted scrypt hashes. Each hash carries its own cost parameters, so a
// state written with a cheap test cost still verifies after the default cost changes.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export interface SecretHash {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}

/** A real cost (about 50 ms on a laptop core); tests and bulk seeding pass a cheaper one. */
export const defaultScryptCost: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
/** For tests only: fast, and still a real salted scrypt hash. */
export const testScryptCost: ScryptCost = { N: 16, r: 1, p: 1 };

const keyLength = 32;

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes; raise maxmem above that so the default cost is allowed.
  const maxmem = 256 * cost.N * cost.r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, keyLength, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashSecret(secret: string, cost: ScryptCost = defaultScryptCost): Promise<SecretHash> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, cost);
  return { algorithm: 'scrypt', ...cost, salt: salt.toString('base64'), hash: key.toString('base64') };
}

export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(secret, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
