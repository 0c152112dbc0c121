import { describe, expect, it } from 'vitest';
import {
  challengeIdProblem,
  encryptionKeyProblem,
  userTokenClaims,
  userTokenProblem,
} from '../../../src/shared/contract/executed-challenge-rules';

const now = new Date('2026-11-27T10:00:00.000Z');
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object) => `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;

describe('a pasted user token', () => {
  const live = jwt({ sub: 'user-knows-pin', exp: seconds(now) + 3600 });

  it('is accepted when it is a JWT that has not expired, and says whom it names', () => {
    expect(userTokenProblem(live, now)).toBeNull();
    expect(userTokenProblem(`  ${live}\n`, now)).toBeNull();
    expect(userTokenClaims(live)).toEqual({
      subject: 'user-knows-pin',
      expiresAt: new Date((seconds(now) + 3600) * 1000),
    });
    expect(userTokenClaims(jwt({ exp: seconds(now) + 60 }))?.subject).toBeNull();
  });

  it.each([
    ['empty', '', /Paste the user token/],
    ['not a JWT', 'abc.def', /Circle’s user tokens are JWTs/],
    ['a JWT whose payload is not JSON', `${part({ typ: 'JWT' })}.bm90IGpzb24.sig`, /are JWTs/],
    ['a JWT without exp', jwt({ sub: 'user-knows-pin' }), /no expiry/],
    ['a JWT whose exp is not a number', jwt({ exp: 'tomorrow' }), /no expiry/],
    ['expired a second ago', jwt({ exp: seconds(now) - 1 }), /expired at 2026-11-27T09:59:59.000Z/],
    ['expiring right now', jwt({ exp: seconds(now) }), /expired at/],
    ['far too long', `${live}${'x'.repeat(9000)}`, /over 8192 characters/],
  ])('is refused when %s', (_label, token, message) => {
    expect(userTokenProblem(token, now)).toMatch(message);
  });
});

describe('a pasted encryption key', () => {
  it('is accepted as base64 of 32 bytes, as Circle and the emulator issue it', () => {
    expect(encryptionKeyProblem('Tlcyxz7Ts9ztRLQq5+pic0MIETblYimOo2d9idV/UFM=')).toBeNull();
    expect(encryptionKeyProblem(Buffer.alloc(32, 255).toString('base64'))).toBeNull();
  });

  it.each([
    ['empty', ' ', /Paste the encryption key/],
    ['not base64', 'not a key!', /not an encryption key/],
    ['base64url rather than base64', Buffer.alloc(32, 251).toString('base64url'), /not an encryption key/],
    ['missing its padding', 'Tlcyxz7Ts9ztRLQq5+pic0MIETblYimOo2d9idV/UFM', /not an encryption key/],
    ['16 bytes', Buffer.alloc(16).toString('base64'), /decodes to 16 bytes; Circle’s encryption keys are 32 bytes/],
    ['33 bytes', Buffer.alloc(33).toString('base64'), /decodes to 33 bytes/],
  ])('is refused when %s', (_label, key, message) => {
    expect(encryptionKeyProblem(key)).toMatch(message);
  });
});

describe('a typed challenge ID', () => {
  it('is a UUID, in either case, trimmed', () => {
    expect(challengeIdProblem('0c6b5b1e-8a0e-4d8f-9f4e-2f0a6b1c9d3e')).toBeNull();
    expect(challengeIdProblem(' 0C6B5B1E-8A0E-4D8F-9F4E-2F0A6B1C9D3E ')).toBeNull();
  });

  it.each([
    ['empty', '', /Paste the challenge ID/],
    ['not a UUID', 'challenge-1', /is a UUID/],
    ['a UUID without dashes', '0c6b5b1e8a0e4d8f9f4e2f0a6b1c9d3e', /is a UUID/],
  ])('is refused when %s', (_label, id, message) => {
    expect(challengeIdProblem(id)).toMatch(message);
  });
});
