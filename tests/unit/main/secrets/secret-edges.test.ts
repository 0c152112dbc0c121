// The edges of masking and of a secret's lifetime, found by mutation testing (npm run test:mutation): each case here
// fails when one comparison, default or trim in src/main/secrets changes.
import { describe, expect, it } from 'vitest';
import { IssuedSecrets } from '../../../../src/main/secrets/issued-secrets';
import { tokenExpiry } from '../../../../src/main/secrets/secret-lifetime';
import {
  apiKeyHint,
  apiKeySecrets,
  maskSecrets,
  maskSecretsInText,
  minSecretLength,
} from '../../../../src/main/secrets/secret-masking';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwtWith = (payload: unknown) => `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.signature`;

describe('a token’s expiry, read from its own exp', () => {
  it('is read from a token with spaces around it, as pasted', () => {
    expect(tokenExpiry(`  ${jwtWith({ exp: 2_000_000_000 })}\n`)?.toISOString()).toBe('2033-05-18T03:33:20.000Z');
  });

  it('is none for an exp that is not a finite number, or a payload that is not an object', () => {
    expect(tokenExpiry(jwtWith({ exp: '2000000000' }))).toBeNull();
    expect(tokenExpiry(`${part({ alg: 'none' })}.${Buffer.from('{"exp":1e400}').toString('base64url')}.s`)).toBeNull();
    expect(tokenExpiry(jwtWith(null))).toBeNull();
    expect(tokenExpiry(jwtWith({}))).toBeNull();
  });
});

describe('masking', () => {
  it('masks a secret exactly as long as the shortest that counts, not one character shorter', () => {
    const shortest = 'k'.repeat(minSecretLength);
    expect(maskSecretsInText(`a ${shortest} b`, [shortest])).toBe('a [redacted] b');
    const shorter = 'k'.repeat(minSecretLength - 1);
    expect(maskSecretsInText(`a ${shorter} b`, [shorter])).toBe(`a ${shorter} b`);
  });

  it('drops a field whose value is undefined rather than keep it as a key', () => {
    expect(Object.keys(maskSecrets({ kept: 'x', gone: undefined }, []))).toEqual(['kept']);
  });

  it('masks an API key whole and each part after its prefix, never the prefix alone', () => {
    expect(apiKeySecrets('TEST_API_KEY:0123456789abcdef:fedcba9876543210')).toEqual([
      'TEST_API_KEY:0123456789abcdef:fedcba9876543210',
      '0123456789abcdef',
      'fedcba9876543210',
    ]);
  });

  it('hints an API key by the last 4 characters of its ID, and a key without an ID by nothing', () => {
    expect(apiKeyHint('TEST_API_KEY:0123456789abcdef:fedcba9876543210')).toBe('cdef');
    expect(apiKeyHint('TEST_API_KEY')).toBe('');
  });
});

describe('issued secrets', () => {
  it('remembers a token issued without an encryption key, and no empty key', () => {
    const issued = new IssuedSecrets(() => new Date('2030-01-01T00:00:00Z'));
    const token = jwtWith({ exp: 2_000_000_000 });
    issued.remember(token, '');
    expect(issued.all()).toEqual([token]);
  });
});
