import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, testScryptCost } from '../../../../src/emulator';
import { createNotificationKeys, isKeyIdShaped } from '../../../../src/main/challenge-watch/notification-keys';
import { createTokenBucket } from '../../../../src/main/challenge-watch/token-bucket';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';

describe('the token bucket', () => {
  it('gives its capacity at once, then refills at its rate, never beyond capacity', () => {
    let now = 0;
    const bucket = createTokenBucket({ capacity: 3, perSecond: 2, now: () => now });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now = 499;
    expect(bucket.take()).toBe(false);
    now = 500;
    expect(bucket.take()).toBe(true);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });
});

describe('notification keys', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createEmulator({ secretHashCost: testScryptCost });
  });
  afterAll(() => emulator.close());

  it('takes only UUID-shaped key ids', () => {
    expect(isKeyIdShaped(crypto.randomUUID())).toBe(true);
    for (const id of ['', 'key-1', `${crypto.randomUUID()}x`, '../publicKey', '0b4f1c2e9d8a4e6b8c3d5f7a9b1c2d3e']) {
      expect(isKeyIdShaped(id), id).toBe(false);
    }
  });

  it('after a forged lookup, learns the genuine key one interval later, and then never looks it up again', async () => {
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const lookups: string[] = [];
    let now = 0;
    const keys = createNotificationKeys(
      {
        notificationPublicKey: (keyId) => {
          lookups.push(keyId);
          return gateway.notificationPublicKey(keyId);
        },
      },
      { newKeyLookupSeconds: 20, now: () => now },
    );
    const genuine = emulator.exportState().entity.notificationKey.id;
    const forged = crypto.randomUUID();

    expect(await keys.publicKeyFor(forged)).toBeNull();
    now = 1_000;
    expect(await keys.publicKeyFor(genuine)).toBeNull();
    now = 20_000;
    expect(await keys.publicKeyFor(genuine)).toBe(emulator.exportState().entity.notificationKey.publicKey);
    now = 20_001;
    for (let post = 0; post < 50; post += 1) await keys.publicKeyFor(crypto.randomUUID());
    expect(await keys.publicKeyFor(genuine)).not.toBeNull();
    expect(lookups).toEqual([forged, genuine]);
  });
});
