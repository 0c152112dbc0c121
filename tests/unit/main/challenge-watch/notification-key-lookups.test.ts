// Which key ids the receiver may spend a lookup on (notification-keys.ts), on a clock the test moves. The edge is
// Circle's GET /v2/notifications/publicKey/{id}: a stand-in for the gateway's one method answers as the gateway does
// (the key, or a CircleCallError: `circle` when Circle refused, `network` when it was not reached).
import { describe, expect, it } from 'vitest';
import { createNotificationKeys, isKeyIdShaped } from '../../../../src/main/challenge-watch/notification-keys';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';

const operation = 'GET /v2/notifications/publicKey/{id}';
const circleRefuses = () =>
  Promise.reject(new CircleCallError('circle', operation, 'Not found.', { code: 404, status: 404 }));
const unreachable = () => Promise.reject(new CircleCallError('network', operation, 'connect ECONNREFUSED', undefined));

/** A gateway whose answers the test scripts per call, recording every key id looked up. */
function scriptedKeys(answers: ((keyId: string) => Promise<string>)[], options: { rememberedFailures?: number } = {}) {
  const lookups: string[] = [];
  let now = 0;
  const keys = createNotificationKeys(
    {
      notificationPublicKey: (keyId) => {
        lookups.push(keyId);
        const answer = answers.length > 1 ? answers.shift() : answers[0];
        return (answer as (keyId: string) => Promise<string>)(keyId);
      },
    },
    { ...options, now: () => now },
  );
  return {
    keys,
    lookups,
    at: (ms: number) => {
      now = ms;
    },
  };
}

describe('notification key lookups', () => {
  it('take a key id of a UUID’s shape, in either case, and nothing around it', () => {
    const uuid = crypto.randomUUID();
    expect(isKeyIdShaped(uuid.toUpperCase())).toBe(true);
    expect(isKeyIdShaped(`x${uuid}`)).toBe(false);
    expect(isKeyIdShaped(`${uuid}x`)).toBe(false);
  });

  it('look a new id up at most once per 20 s by default', async () => {
    const { keys, lookups, at } = scriptedKeys([async () => 'PUBLIC-KEY']);
    const [first, second, third] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    expect(await keys.publicKeyFor(first)).toBe('PUBLIC-KEY');
    at(19_999);
    expect(await keys.publicKeyFor(second)).toBeNull();
    at(20_000);
    expect(await keys.publicKeyFor(third)).toBe('PUBLIC-KEY');
    expect(lookups).toEqual([first, third]);
  });

  it('do not remember an id whose lookup failed on the network: it is asked again when the interval allows', async () => {
    const { keys, lookups, at } = scriptedKeys([unreachable, async () => 'PUBLIC-KEY']);
    const keyId = crypto.randomUUID();
    expect(await keys.publicKeyFor(keyId)).toBeNull();
    at(20_000);
    expect(await keys.publicKeyFor(keyId)).toBe('PUBLIC-KEY');
    expect(lookups).toEqual([keyId, keyId]);
  });

  it('remember the ids Circle refused, up to their number, forgetting the oldest first', async () => {
    const { keys, lookups, at } = scriptedKeys([circleRefuses], { rememberedFailures: 2 });
    const [a, b, c] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    for (const [index, keyId] of [a, b, c].entries()) {
      at(index * 20_000);
      expect(await keys.publicKeyFor(keyId)).toBeNull();
    }
    // b and c are remembered (never asked again); a was forgotten, so it may be asked about once more.
    at(60_000);
    expect(await keys.publicKeyFor(b)).toBeNull();
    expect(await keys.publicKeyFor(c)).toBeNull();
    expect(await keys.publicKeyFor(a)).toBeNull();
    expect(lookups).toEqual([a, b, c, a]);
  });

  it('remember a thousand refused ids by default', async () => {
    const { keys, lookups, at } = scriptedKeys([circleRefuses]);
    const ids = Array.from({ length: 1001 }, () => crypto.randomUUID());
    for (const [index, keyId] of ids.entries()) {
      at(index * 20_000);
      await keys.publicKeyFor(keyId);
    }
    expect(lookups).toHaveLength(1001);
    // The second id is still remembered; the first, the oldest of 1001, was forgotten.
    at(1001 * 20_000);
    await keys.publicKeyFor(ids[1] as string);
    expect(lookups).toHaveLength(1001);
    await keys.publicKeyFor(ids[0] as string);
    expect(lookups.at(-1)).toBe(ids[0]);
  });
});
