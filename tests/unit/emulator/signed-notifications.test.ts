// Webhooks: subscriptions through the official SDK, signed deliveries verified with node:crypto against the key the
// emulator serves, a tampered body failing verification, and retries with the same notificationId.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryAttempt } from '../../../src/emulator/notifications/notification-dispatcher';
import { verifyBody } from '../../../src/emulator/notifications/notification-signing';
import { type EmulatorUnderTest, startEmulator } from './emulator-under-test';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let env: EmulatorUnderTest;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const attempts: DeliveryAttempt[] = [];
let failuresToAnswer = 0;

async function waitFor<T>(check: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks) });
      if (failuresToAnswer > 0) {
        failuresToAnswer -= 1;
        response.writeHead(503).end();
      } else response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  env = await startEmulator({ notifications: { retryDelaysMs: [20, 40, 80], onAttempt: (a) => attempts.push(a) } });
});

afterAll(async () => {
  await env.emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
  expect(env.schemaProblems()).toEqual([]);
});

const sdk = () => initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });

describe('subscriptions through the official SDK', () => {
  it('creates, reads, lists, updates and deletes a subscription', async () => {
    const client = sdk();
    // The SDK's input type omits notificationTypes, but it sends whatever it is given (as Circle's API accepts it).
    const restrictedInput = { endpoint: receiverUrl, notificationTypes: ['challenges.*'] };
    const created = await client.createSubscription(restrictedInput);
    const id = created.data?.id ?? '';
    expect(created.data).toMatchObject({ endpoint: receiverUrl, enabled: true, restricted: true });
    expect((await client.getSubscription(id)).data?.id).toBe(id);
    expect((await client.listSubscriptions()).data?.map((subscription) => subscription.id)).toContain(id);
    const updated = await client.updateSubscription({ id, name: 'console', enabled: false });
    expect(updated.data).toMatchObject({ name: 'console', enabled: false });
    expect((await client.deleteSubscription(id)).status).toBe(204);
    const missing = await client.getSubscription(id).catch((error: { status?: number }) => error);
    expect(missing).toMatchObject({ status: 404 });
  });

  it('refuses a plain-http endpoint off loopback', async () => {
    const refused = await sdk()
      .createSubscription({ endpoint: 'http://example.org/hook' })
      .catch((error: { code?: number }) => error);
    expect(refused).toMatchObject({ code: 2 });
  });
});

describe('signed deliveries', () => {
  it('POSTs a signed challenges.changePin notification that verifies against the served public key', async () => {
    const client = sdk();
    const subscription = (await client.createSubscription({ endpoint: receiverUrl })).data;
    const { userToken, encryptionKey } = (await client.createUserToken({ userId: 'user-knows-pin' })).data ?? {};
    const { data } = await client.updateUserPin({ userToken: userToken ?? '', idempotencyKey: randomUUID() });
    const session = { userToken: userToken ?? '', challengeId: data?.challengeId ?? '' };
    received.length = 0;
    env.emulator.challengeSteps.open({ ...session, encryptionKey: encryptionKey ?? '', appId: env.emulator.appId });
    const delivery = await waitFor(() => received[0]);
    const keyId = String(delivery.headers['x-circle-key-id']);
    const signature = String(delivery.headers['x-circle-signature']);
    const publicKey = (await client.getNotificationSignature(keyId)).data;
    expect(publicKey).toMatchObject({ id: keyId, algorithm: 'ECDSA_SHA_256' });
    expect(verifyBody(delivery.body, signature, publicKey?.publicKey ?? '')).toBe(true);
    const tampered = Buffer.from(delivery.body.toString().replace('IN_PROGRESS', 'COMPLETE'));
    expect(verifyBody(tampered, signature, publicKey?.publicKey ?? '')).toBe(false);
    expect(JSON.parse(delivery.body.toString())).toMatchObject({
      subscriptionId: subscription?.id,
      notificationType: 'challenges.changePin',
      notification: { id: session.challengeId, userId: 'user-knows-pin', type: 'CHANGE_PIN', status: 'IN_PROGRESS' },
      version: 2,
    });
    await client.deleteSubscription(subscription?.id ?? '');
  });

  it('retries a failed delivery with backoff under the same notificationId', async () => {
    const client = sdk();
    const subscription = (await client.createSubscription({ endpoint: receiverUrl })).data;
    await client.createUser({ userId: 'hook-retry-user' });
    const { userToken, encryptionKey } = (await client.createUserToken({ userId: 'hook-retry-user' })).data ?? {};
    const { data } = await client.createUserPin({ userToken: userToken ?? '', idempotencyKey: randomUUID() });
    received.length = 0;
    attempts.length = 0;
    failuresToAnswer = 2;
    const session = { userToken: userToken ?? '', challengeId: data?.challengeId ?? '' };
    env.emulator.challengeSteps.open({ ...session, encryptionKey: encryptionKey ?? '', appId: env.emulator.appId });
    // The receiver sees the body before the dispatcher records the attempt: wait for the record.
    await waitFor(() => (attempts.length >= 3 ? true : undefined));
    const ids = received.map((delivery) => JSON.parse(delivery.body.toString()).notificationId);
    expect(new Set(ids).size).toBe(1);
    expect(attempts.map((attempt) => attempt.status)).toEqual([503, 503, 200]);
    expect(JSON.parse(received[0]?.body.toString() ?? '{}').notificationType).toBe('challenges.setPin');
    await client.deleteSubscription(subscription?.id ?? '');
  });

  it('sends nothing to a subscription restricted to other types', async () => {
    const client = sdk();
    const otherTypes = { endpoint: receiverUrl, notificationTypes: ['transactions.*'] };
    const subscription = (await client.createSubscription(otherTypes)).data;
    const { userToken, encryptionKey } = (await client.createUserToken({ userId: 'user-knows-pin' })).data ?? {};
    const { data } = await client.restoreUserPin({ userToken: userToken ?? '', idempotencyKey: randomUUID() });
    received.length = 0;
    const session = { userToken: userToken ?? '', challengeId: data?.challengeId ?? '' };
    env.emulator.challengeSteps.open({ ...session, encryptionKey: encryptionKey ?? '', appId: env.emulator.appId });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([]);
    await client.deleteSubscription(subscription?.id ?? '');
  });
});
