// The renderer's decode-only stand-in for `jsonwebtoken` must decode exactly like the real package's `decode` (the
// only function the web SDK calls), and never verify or sign anything.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import stand, { decode, sign, verify } from '../../../src/shared/jwt/decode-only-jsonwebtoken';

const require = createRequire(import.meta.url);
// The real package, installed as the web SDK's dependency, is the reference behaviour.
const real = require('jsonwebtoken') as {
  decode(token: string, options?: { complete?: boolean }): unknown;
  sign(payload: object, secret: string): string;
};

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const tokens = {
  signed: real.sign({ sub: 'user-1', nonce: 'n-123', emoji: 'ünï 🎉' }, 'secret'),
  unsigned: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ nonce: 'abc' })}.`,
  noTyp: `${b64({ alg: 'HS256' })}.${b64({ nonce: 'abc' })}.sig`,
  stringPayload: `${b64({ alg: 'HS256' })}.${b64('just text')}.sig`,
};

describe('decode-only jsonwebtoken', () => {
  it('decodes like jsonwebtoken.decode, plain and complete', () => {
    for (const token of Object.values(tokens)) {
      expect(decode(token)).toEqual(real.decode(token));
      expect(decode(token, { complete: true })).toEqual(real.decode(token, { complete: true }));
    }
  });

  it('gives null for anything that is not a JWT, like jsonwebtoken', () => {
    for (const input of ['', 'abc', 'a.b', 'a.b.c.d', '!!.??.##', `${b64('not json')}.${b64({})}.x`]) {
      expect(decode(input)).toBeNull();
      expect(real.decode(input)).toBeNull();
    }
    expect(decode(undefined)).toBeNull();
    expect(decode(42)).toBeNull();
  });

  it('gives null (instead of throwing) for a JWT-typed token whose payload is not JSON', () => {
    const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64('{broken')}.sig`;
    expect(() => real.decode(token)).toThrow();
    expect(decode(token)).toBeNull();
  });

  it('exposes decode on the default export too (the SDK is CommonJS) and refuses sign/verify', () => {
    expect(stand.decode).toBe(decode);
    expect(() => sign()).toThrow(/decode-only/);
    expect(() => verify()).toThrow(/decode-only/);
  });
});
