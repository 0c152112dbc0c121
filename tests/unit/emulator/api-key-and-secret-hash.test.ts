// The emulator's API keys (`PREFIX:ID:SECRET`, only the keys it was started with) and its salted scrypt hashes of PINs
// and answers, as pure functions: the exact shape a key must have, and what a stored hash carries and verifies.
import { describe, expect, it } from 'vitest';
import {
  authenticateApiKey,
  generateApiKey,
  isWellFormedApiKey,
  networkOfApiKey,
} from '../../../src/emulator/auth/api-key';
import { defaultScryptCost, hashSecret, testScryptCost, verifySecret } from '../../../src/emulator/auth/secret-hash';

/** The error a call throws, as `{ status, code }` (Circle's envelope code), or null when it does not throw. */
function thrownBy(call: () => unknown): { status: number; code: number } | null {
  try {
    call();
    return null;
  } catch (error) {
    const { status, code } = error as { status: number; code: number };
    return { status, code };
  }
}
const malformed = { status: 401, code: 401 };
const unknownKey = { status: 401, code: 156007 };

describe('API keys', () => {
  it('generates a key of its network’s prefix with 32 hex digits of id and of secret, new each time', () => {
    const testKey = generateApiKey('testnet');
    expect(testKey).toMatch(/^TEST_API_KEY:[0-9a-f]{32}:[0-9a-f]{32}$/);
    expect(generateApiKey('mainnet')).toMatch(/^LIVE_API_KEY:[0-9a-f]{32}:[0-9a-f]{32}$/);
    expect(generateApiKey('testnet')).not.toBe(testKey);
  });

  it('accepts ids up to 128 and secrets up to 256 characters of [A-Za-z0-9_-], nothing around them', () => {
    expect(isWellFormedApiKey(`TEST_API_KEY:${'a'.repeat(128)}:${'Z'.repeat(256)}`)).toBe(true);
    expect(isWellFormedApiKey('LIVE_API_KEY:a-b_C9:x')).toBe(true);
    for (const key of [
      `TEST_API_KEY:${'a'.repeat(129)}:x`,
      `TEST_API_KEY:a:${'x'.repeat(257)}`,
      'TEST_API_KEY::secret',
      'TEST_API_KEY:id:',
      'TEST_API_KEY:id:se.cret',
      'TEST_API_KEY:id:secret\n',
      ' TEST_API_KEY:id:secret',
      'SAND_API_KEY:id:secret',
      'TEST_API_KEY:id',
    ]) {
      expect(isWellFormedApiKey(key), key).toBe(false);
    }
  });

  it('names the network by the prefix and its colon only', () => {
    expect(networkOfApiKey('TEST_API_KEY:id:secret')).toBe('testnet');
    expect(networkOfApiKey('LIVE_API_KEY:id:secret')).toBe('mainnet');
    for (const key of ['TEST_API_KEYid:secret', 'LIVE_API_KEY', 'test_api_key:id:secret', ''])
      expect(networkOfApiKey(key), key).toBeUndefined();
  });

  it('authenticates a Bearer header carrying an accepted key, and returns the key', () => {
    const key = 'TEST_API_KEY:id:secret';
    expect(authenticateApiKey(`Bearer ${key}`, new Set([key]))).toBe(key);
  });

  it('answers a missing or malformed header 401 "Malformed authorization", and a well-formed unknown key 156007', () => {
    const accepted = new Set(['TEST_API_KEY:id:secret']);
    for (const header of [
      undefined,
      '',
      'Bearer ',
      'TEST_API_KEY:id:secret',
      'bearer TEST_API_KEY:id:secret',
      'xBearer TEST_API_KEY:id:secret',
      'Bearer  TEST_API_KEY:id:secret',
      'Bearer TEST_API_KEY:id',
      'Bearer TEST_API_KEY:id:secret\nX-Injected: 1',
    ]) {
      expect(
        thrownBy(() => authenticateApiKey(header, accepted)),
        String(header),
      ).toEqual(malformed);
    }
    expect(thrownBy(() => authenticateApiKey('Bearer TEST_API_KEY:id:other', accepted))).toEqual(unknownKey);
    expect(thrownBy(() => authenticateApiKey('Bearer LIVE_API_KEY:id:secret', accepted))).toEqual(unknownKey);
  });
});

describe('secret hashes', () => {
  it('stores scrypt with its cost, a 16-byte salt and a 32-byte hash, salted anew each time', async () => {
    const first = await hashSecret('602841', testScryptCost);
    expect(first).toMatchObject({ algorithm: 'scrypt', N: 16, r: 1, p: 1 });
    expect(Buffer.from(first.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(first.hash, 'base64')).toHaveLength(32);
    const second = await hashSecret('602841', testScryptCost);
    expect(second.salt).not.toBe(first.salt);
    expect(second.hash).not.toBe(first.hash);
  });

  it('verifies the secret it was made from and nothing else', async () => {
    const stored = await hashSecret('602841', testScryptCost);
    expect(await verifySecret('602841', stored)).toBe(true);
    expect(await verifySecret('602842', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('compares secrets in Unicode NFKC form (full-width digits are the digits)', async () => {
    const stored = await hashSecret('biscuit 602841', testScryptCost);
    expect(await verifySecret('ｂｉｓｃｕｉｔ ６０２８４１', stored)).toBe(true);
  });

  it('verifies with the cost stored in the hash, not the default', async () => {
    const cheap = await hashSecret('602841', { N: 32, r: 2, p: 1 });
    expect(cheap).toMatchObject({ N: 32, r: 2, p: 1 });
    expect(await verifySecret('602841', cheap)).toBe(true);
    expect(await verifySecret('602841', { ...cheap, N: 16 })).toBe(false);
  });

  it('hashes at a cost with more parallel lanes than its N (memory beyond 256·N·r is allowed for)', async () => {
    const stored = await hashSecret('602841', { N: 16, r: 1, p: 32 });
    expect(await verifySecret('602841', stored)).toBe(true);
  });

  it('answers false, not an error, for a stored hash of another length', async () => {
    const stored = await hashSecret('602841', testScryptCost);
    const short = { ...stored, hash: Buffer.from(stored.hash, 'base64').subarray(0, 16).toString('base64') };
    await expect(verifySecret('602841', short)).resolves.toBe(false);
  });

  it('hashes at the real default cost (N 2^15, r 8, p 1: above scrypt’s default memory limit)', async () => {
    expect(defaultScryptCost).toEqual({ N: 32768, r: 8, p: 1 });
    const stored = await hashSecret('602841');
    expect(stored).toMatchObject({ N: 32768, r: 8, p: 1 });
    expect(await verifySecret('602841', stored)).toBe(true);
  });
});
