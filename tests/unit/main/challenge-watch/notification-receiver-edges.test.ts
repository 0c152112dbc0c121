// What the notification receiver makes of each post it verifies (notification-receiver.ts), and what it refuses before
// verifying. Its edge is Circle's GET /v2/notifications/publicKey/{id}: a stand-in for the gateway's one method answers
// with the public key of a pair the test signs with, as the emulator's tests sign with theirs.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signBody } from '../../../../src/emulator/notifications/notification-signing';
import {
  type NotificationReceiver,
  startNotificationReceiver,
} from '../../../../src/main/challenge-watch/notification-receiver';
import type { CircleGateway } from '../../../../src/main/circle/circle-gateway';
import type { ChallengeRecord } from '../../../../src/shared/circle/circle-records';

const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const privateKey = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const keyId = crypto.randomUUID();
const gateway = { notificationPublicKey: async () => publicKey } as unknown as CircleGateway;

describe('the notification receiver, post by post', () => {
  let receiver: NotificationReceiver;
  const accepted: ChallengeRecord[] = [];
  const warnings: string[] = [];
  beforeEach(async () => {
    accepted.length = 0;
    warnings.length = 0;
    receiver = await startNotificationReceiver({
      gateway,
      onChallenge: (challenge) => accepted.push(challenge),
      log: { warn: (message) => warnings.push(message) },
      postLimit: { capacity: 1000, perSecond: 1000 },
    });
  });
  afterEach(() => receiver.close());

  const post = (body: Buffer, headers: Record<string, string>) =>
    fetch(receiver.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: new Uint8Array(body),
    }).then((response) => response.status);
  const signed = (message: unknown) => {
    const body = Buffer.from(JSON.stringify(message));
    return post(body, { 'x-circle-key-id': keyId, 'x-circle-signature': signBody(body, privateKey) });
  };

  it('hands on a challenge notification as a challenge record, each field read only when it has its type', async () => {
    const full = { id: 'ch-1', type: 'CHANGE_PIN', status: 'FAILED', errorCode: 155119, errorMessage: 'locked' };
    expect(await signed({ notificationType: 'challenges.changePin', notification: full })).toBe(200);
    const odd = { id: 'ch-2', type: 7, status: 'COMPLETED', errorCode: '155119', errorMessage: 155119 };
    expect(await signed({ notificationType: 'challenges.initialize', notification: odd })).toBe(200);
    expect(accepted).toEqual([
      full,
      { id: 'ch-2', type: 'UNKNOWN', status: 'COMPLETE', errorCode: null, errorMessage: null },
    ]);
  });

  it('acknowledges a verified delivery that is not a challenge, and hands nothing on', async () => {
    const challenge = { id: 'ch-3', type: 'CHANGE_PIN', status: 'COMPLETE' };
    for (const message of [
      { notificationType: 'webhooks.test', notification: { hello: 'world' } },
      { notificationType: 'transactions.challenges.x', notification: challenge },
      { notificationType: 42, notification: challenge },
      { notification: challenge },
      { notificationType: 'challenges.changePin' },
      { notificationType: 'challenges.changePin', notification: { ...challenge, id: 3 } },
      { notificationType: 'challenges.changePin', notification: { ...challenge, status: null } },
    ]) {
      expect(await signed(message), JSON.stringify(message)).toBe(200);
    }
    expect(accepted).toEqual([]);
  });

  it('refuses a post without both headers, or with a key id over 100 characters, before looking anything up', async () => {
    const body = Buffer.from(JSON.stringify({ notificationType: 'challenges.changePin', notification: {} }));
    const signature = signBody(body, privateKey);
    expect(await post(body, { 'x-circle-key-id': keyId })).toBe(400);
    expect(await post(body, { 'x-circle-signature': signature })).toBe(400);
    expect(await post(body, { 'x-circle-key-id': 'k'.repeat(101), 'x-circle-signature': signature })).toBe(400);
    // 100 characters reach verification (and fail it: no such key).
    expect(await post(body, { 'x-circle-key-id': 'k'.repeat(100), 'x-circle-signature': signature })).toBe(401);
    expect(warnings).toEqual(['notifications: a delivery failed signature verification and was ignored']);
  });

  it('listens on the loopback address only', () => {
    expect(new URL(receiver.endpoint).hostname).toBe('127.0.0.1');
  });

  it('refuses a body over 64 KiB, signed or not', async () => {
    const padding = 'x'.repeat(64 * 1024);
    const notification = { id: 'ch-4', type: 'CHANGE_PIN', status: 'COMPLETE', padding };
    const body = Buffer.from(JSON.stringify({ notificationType: 'challenges.changePin', notification }));
    const headers = { 'x-circle-key-id': keyId, 'x-circle-signature': signBody(body, privateKey) };
    expect(await post(body, headers)).toBe(413);
    expect(accepted).toEqual([]);
    // Just under the limit, the same delivery is taken.
    const trimmed = Buffer.from(
      JSON.stringify({
        notificationType: 'challenges.changePin',
        notification: { ...notification, padding: padding.slice(0, 64 * 1024 - (body.length - padding.length)) },
      }),
    );
    expect(trimmed.length).toBe(64 * 1024);
    expect(await post(trimmed, { 'x-circle-key-id': keyId, 'x-circle-signature': signBody(trimmed, privateKey) })).toBe(
      200,
    );
    expect(accepted.map((challenge) => challenge.id)).toEqual(['ch-4']);
  });
});

describe('the notification receiver, when Circle answers a key that is no key', () => {
  it('verifies nothing with it (401)', async () => {
    const receiver = await startNotificationReceiver({
      gateway: { notificationPublicKey: async () => 'bm90IGEga2V5' } as unknown as CircleGateway,
      onChallenge: () => {
        throw new Error('accepted without a key');
      },
      log: { warn: () => {} },
    });
    try {
      const body = Buffer.from(JSON.stringify({ notificationType: 'challenges.changePin', notification: {} }));
      const status = await fetch(receiver.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-circle-key-id': keyId,
          'x-circle-signature': signBody(body, privateKey),
        },
        body: new Uint8Array(body),
      }).then((response) => response.status);
      expect(status).toBe(401);
    } finally {
      await receiver.close();
    }
  });
});

describe('the notification receiver under a flood', () => {
  it('answers a post past the limit 429 with Retry-After: 1', async () => {
    const receiver = await startNotificationReceiver({
      gateway,
      onChallenge: () => {},
      log: { warn: () => {} },
      postLimit: { capacity: 1, perSecond: 0.001 },
    });
    try {
      const post = () => fetch(receiver.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' } });
      expect((await post()).status).toBe(400);
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
    } finally {
      await receiver.close();
    }
  });

  it('closes without waiting for a delivery still in flight', { timeout: 10_000 }, async () => {
    // The key lookup of this delivery hangs (Circle is slow) until the test lets it go.
    let lookupStarted: () => void = () => {};
    const lookingUp = new Promise<void>((resolve) => {
      lookupStarted = resolve;
    });
    let answerLookup: (key: string) => void = () => {};
    const slowGateway = {
      notificationPublicKey: () => {
        lookupStarted();
        return new Promise<string>((resolve) => {
          answerLookup = resolve;
        });
      },
    } as unknown as CircleGateway;
    const receiver = await startNotificationReceiver({
      gateway: slowGateway,
      onChallenge: () => {},
      log: { warn: () => {} },
    });
    const body = Buffer.from('{}');
    const delivery = fetch(receiver.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-circle-key-id': keyId, 'x-circle-signature': 'MEUCIQ==' },
      body: new Uint8Array(body),
    }).catch((error: unknown) => error);
    await lookingUp;
    // The positive signal: close() resolves with the delivery still out, and the sender's connection is cut.
    await receiver.close();
    expect(await delivery).toBeInstanceOf(TypeError);
    answerLookup(publicKey);
  });
});
