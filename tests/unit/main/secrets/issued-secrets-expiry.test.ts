// Main's set of issued and pasted secrets forgets each token and key a margin past the token's expiry, so a long
// shift keeps it about an hour's tokens long, while every secret that can still appear stays masked.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IssuedSecrets } from '../../../../src/main/secrets/issued-secrets';
import { knownSecrets } from '../../../../src/main/secrets/known-secrets';
import { defaultTokenLifetimeMs, maskingMarginMs, tokenExpiry } from '../../../../src/main/secrets/secret-lifetime';
import { maskSecretsInText } from '../../../../src/main/secrets/secret-masking';

const minute = 60 * 1000;
const userTokenLifetimeMs = 60 * minute;
const shiftStart = Date.parse('2026-03-02T08:00:00Z');

const base64Url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A JWT shaped like Circle's user tokens: `exp` in seconds, `sub` the user. */
const userToken = (claims: Record<string, unknown>) =>
  `${base64Url({ alg: 'HS256', typ: 'JWT' })}.${base64Url(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
/** A 32-byte key in base64, as Circle's encryption keys are: not JWT-shaped, so only the set can mask it. */
const encryptionKey = (seed: string) => createHash('sha256').update(seed).digest('base64');

/** A clock the test moves by hand. */
function manualClock(start: number) {
  let time = start;
  return { now: () => new Date(time), advance: (ms: number) => (time += ms), time: () => time };
}

interface Issued {
  userToken: string;
  encryptionKey: string;
  expiresAt: number;
}

function issue(secrets: IssuedSecrets, now: number, seed: string, lifetimeMs = userTokenLifetimeMs): Issued {
  const expiresAt = now + lifetimeMs;
  const pair = {
    userToken: userToken({ sub: `user-${seed}`, iat: Math.floor(now / 1000), exp: Math.floor(expiresAt / 1000) }),
    encryptionKey: encryptionKey(seed),
  };
  secrets.remember(pair.userToken, pair.encryptionKey);
  return { ...pair, expiresAt: Math.floor(expiresAt / 1000) * 1000 };
}

describe('issued secrets over a long shift', () => {
  it('10,000 tokens, one every 6 seconds (16 hours): the set stays bounded, every unexpired secret masked, every one past its margin forgotten', () => {
    const clock = manualClock(shiftStart);
    const issued = new IssuedSecrets(clock.now);
    const known = knownSecrets({ apiKeys: () => [], embeddedApiKey: 'TEST_API_KEY:id:secret', issued });
    const every = 6 * 1000;
    // What can be held at once: the tokens of one lifetime and margin, two secrets each, and the one just issued.
    const bound = 2 * ((userTokenLifetimeMs + maskingMarginMs) / every + 1);
    const all: Issued[] = [];
    let largest = 0;
    for (let index = 0; index < 10_000; index += 1) {
      all.push(issue(issued, clock.time(), String(index)));
      largest = Math.max(largest, issued.all().length);
      clock.advance(every);
    }
    expect(largest).toBeLessThanOrEqual(bound);
    expect(largest).toBeGreaterThan(bound / 2);

    const held = new Set(issued.all());
    const maskable = known();
    for (const secret of all) {
      const stillAppears = secret.expiresAt + maskingMarginMs > clock.time();
      for (const value of [secret.userToken, secret.encryptionKey]) expect(held.has(value)).toBe(stillAppears);
      if (stillAppears) {
        expect(maskSecretsInText(`upstream echoed ${secret.encryptionKey}`, maskable)).toBe(
          'upstream echoed [redacted]',
        );
      }
    }
    // The first hour's pairs are long gone; the last hour's are all there.
    expect(held.has(all[0]?.encryptionKey ?? '')).toBe(false);
    expect(all.slice(-600).every((secret) => held.has(secret.encryptionKey))).toBe(true);
  });

  it('holds a pair until the margin past the token’s exp, not a moment less, and forgets it after', () => {
    const clock = manualClock(shiftStart);
    const issued = new IssuedSecrets(clock.now);
    const pair = issue(issued, clock.time(), 'one');
    clock.advance(userTokenLifetimeMs + maskingMarginMs - 1);
    expect(issued.all()).toEqual([pair.userToken, pair.encryptionKey]);
    clock.advance(1);
    expect(issued.all()).toEqual([]);
  });

  it('a pasted developer token is held by its own exp, however long it has to live', () => {
    const clock = manualClock(shiftStart);
    const issued = new IssuedSecrets(clock.now);
    const pasted = issue(issued, clock.time(), 'pasted', 5 * 60 * minute);
    expect(tokenExpiry(pasted.userToken)?.getTime()).toBe(pasted.expiresAt);
    clock.advance(5 * 60 * minute + maskingMarginMs - 1000);
    expect(issued.all()).toEqual([pasted.userToken, pasted.encryptionKey]);
    clock.advance(1000);
    expect(issued.all()).toEqual([]);
  });

  it('a token already expired when pasted is still held for the margin: the refusal it earns may quote it', () => {
    const clock = manualClock(shiftStart);
    const issued = new IssuedSecrets(clock.now);
    const stale = issue(issued, clock.time() - 3 * userTokenLifetimeMs, 'stale');
    expect(issued.all()).toEqual([stale.userToken, stale.encryptionKey]);
    clock.advance(maskingMarginMs - 1);
    expect(issued.all()).toHaveLength(2);
    clock.advance(1);
    expect(issued.all()).toEqual([]);
  });

  it('a token with no readable exp is held for Circle’s 60 minutes and the margin', () => {
    const clock = manualClock(shiftStart);
    const issued = new IssuedSecrets(clock.now);
    const opaque = 'opaque-token-without-claims';
    const noExp = userToken({ sub: 'user-no-exp' });
    issued.remember(opaque, encryptionKey('opaque'));
    issued.remember(noExp, encryptionKey('no-exp'));
    expect(defaultTokenLifetimeMs).toBe(userTokenLifetimeMs);
    clock.advance(defaultTokenLifetimeMs + maskingMarginMs - 1);
    expect(issued.all()).toEqual([opaque, encryptionKey('opaque'), noExp, encryptionKey('no-exp')]);
    clock.advance(1);
    expect(issued.all()).toEqual([]);
  });

  it('remembering a pair again never shortens how long it is held', () => {
    const clock = manualClock(shiftStart);
    const issued = new IssuedSecrets(clock.now);
    const later = issue(issued, clock.time(), 'shared-key', 3 * userTokenLifetimeMs);
    // The same key arrives again with a token that expires sooner: the later expiry still holds it.
    issued.remember(userToken({ exp: Math.floor(clock.time() / 1000) + 60 }), later.encryptionKey);
    clock.advance(2 * userTokenLifetimeMs);
    expect(issued.all()).toEqual([later.userToken, later.encryptionKey]);
  });
});
