// Webhooks: subscriptions through the official SDK (the endpoint must answer HEAD; it gets `webhooks.test`), signed
// deliveries verified with node:crypto against the key the emulator serves, a tampered body failing verification,
// retries with the same notificationId, and which status changes each behaviour profile notifies.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryAttempt } from '../../../src/emulator/notifications/notification-dispatcher';
import { verifyBody } from '../../../src/emulator/notifications/notification-signing';
import { seededPin } from '../../support/seeded-customer';
import { type EmulatorUnderTest, startEmulator } from './emulator-under-test';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** When the receiver had the whole body (ms since the epoch). */
  at: number;
  json: { notificationType: string; notificationId: string; notification: Record<string, unknown> };
}

let env: EmulatorUnderTest;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const heads: string[] = [];
const attempts: DeliveryAttempt[] = [];
let failuresToAnswer = 0;
let headStatus = 200;

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
    if (request.method === 'HEAD') {
      heads.push(request.url ?? '');
      response.writeHead(headStatus).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ headers: request.headers, body, at: Date.now(), json: JSON.parse(body.toString()) });
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

afterEach(() => {
  headStatus = 200;
  env.emulator.changeBehaviour({ profile: 'circle' });
});

afterAll(async () => {
  await env.emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
  expect(env.schemaProblems()).toEqual([]);
});

const sdk = () => initiateUserControlledWalletsClient({ apiKey: env.emulator.apiKey, baseUrl: env.emulator.baseUrl });
const subscriptionOf = (delivery: Received) => (delivery.json as { subscriptionId?: string }).subscriptionId;
const deliveriesOf = (type: string) => received.filter((delivery) => delivery.json.notificationType === type);

/** A subscription for the test, and a PIN change for a fresh copy of the seeded customer, opened in the hosted UI. */
async function subscribedChange(notificationTypes?: string[]) {
  const client = sdk();
  const subscription = (
    await client.createSubscription({ endpoint: receiverUrl, ...(notificationTypes ? { notificationTypes } : {}) })
  ).data;
  const userId = `hook-${randomUUID().slice(0, 8)}`;
  await fetch(`${env.emulator.baseUrl}/emulator/users`, {
    method: 'POST',
    headers: env.authHeaders(),
    body: JSON.stringify({ userId, scenario: 'user-knows-pin' }),
  });
  const { userToken = '', encryptionKey = '' } = (await client.createUserToken({ userId })).data ?? {};
  const { data } = await client.updateUserPin({ userToken, idempotencyKey: randomUUID() });
  const session = { userToken, challengeId: data?.challengeId ?? '' };
  env.emulator.challengeSteps.open({ ...session, encryptionKey, appId: env.emulator.appId });
  return {
    session,
    subscriptionId: subscription?.id ?? '',
    finish: async () => {
      await env.emulator.challengeSteps.verifyCurrentPin(session, seededPin);
      await env.emulator.challengeSteps.completeWithNewPin(session, '390517', '390517');
    },
    unsubscribe: () => client.deleteSubscription(subscription?.id ?? ''),
  };
}

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

  it('checks the endpoint with HEAD first, and refuses one that does not answer 2xx, naming it', async () => {
    heads.length = 0;
    headStatus = 405;
    const refused = await sdk()
      .createSubscription({ endpoint: receiverUrl })
      .catch((error: { status?: number; message?: string }) => error);
    expect(refused).toMatchObject({ status: 400 });
    expect((refused as { message: string }).message).toContain(receiverUrl);
    expect((refused as { message: string }).message).toContain('HTTP 405');
    expect(heads).toEqual(['/hook']);
    const silent = 'http://127.0.0.1:9/nobody-listens';
    const unreachable = await sdk()
      .createSubscription({ endpoint: silent })
      .catch((error: { message?: string }) => error);
    expect((unreachable as { message: string }).message).toContain(silent);
    expect((await sdk().listSubscriptions()).data ?? []).toEqual([]);
  });

  it('sends a new subscription a signed webhooks.test notification, whatever types it asked for', async () => {
    received.length = 0;
    const otherTypes = { endpoint: receiverUrl, notificationTypes: ['transactions.*'] };
    const created = (await sdk().createSubscription(otherTypes)).data;
    const test = await waitFor(() => deliveriesOf('webhooks.test')[0]);
    expect(test.json).toMatchObject({ subscriptionId: created?.id, notificationType: 'webhooks.test', version: 2 });
    const keyId = String(test.headers['x-circle-key-id']);
    const publicKey = (await sdk().getNotificationSignature(keyId)).data?.publicKey ?? '';
    expect(verifyBody(test.body, String(test.headers['x-circle-signature']), publicKey)).toBe(true);
    await sdk().deleteSubscription(created?.id ?? '');
  });
});

describe('signed deliveries', () => {
  it('POSTs a signed challenges.changePin notification that verifies against the served public key', async () => {
    const change = await subscribedChange();
    received.length = 0;
    await change.finish();
    const delivery = await waitFor(() => deliveriesOf('challenges.changePin')[0]);
    const keyId = String(delivery.headers['x-circle-key-id']);
    const signature = String(delivery.headers['x-circle-signature']);
    const publicKey = (await sdk().getNotificationSignature(keyId)).data;
    expect(publicKey).toMatchObject({ id: keyId, algorithm: 'ECDSA_SHA_256' });
    expect(verifyBody(delivery.body, signature, publicKey?.publicKey ?? '')).toBe(true);
    const tampered = Buffer.from(delivery.body.toString().replace('COMPLETE', 'FAILED'));
    expect(verifyBody(tampered, signature, publicKey?.publicKey ?? '')).toBe(false);
    expect(delivery.json).toMatchObject({
      notificationType: 'challenges.changePin',
      notification: { id: change.session.challengeId, type: 'CHANGE_PIN', status: 'COMPLETE' },
      version: 2,
    });
    await change.unsubscribe();
  });

  it('retries a failed delivery with backoff under the same notificationId', async () => {
    const change = await subscribedChange();
    await waitFor(() => deliveriesOf('webhooks.test')[0]);
    received.length = 0;
    attempts.length = 0;
    failuresToAnswer = 2;
    await change.finish();
    // The receiver sees the body before the dispatcher records the attempt: wait for the record.
    await waitFor(() => (attempts.length >= 3 ? true : undefined));
    const ids = received.map((delivery) => delivery.json.notificationId);
    expect(new Set(ids).size).toBe(1);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 503],
      [2, 503],
      [3, 200],
    ]);
    // Backoff: each retry waits at least its delay (20 ms, then 40 ms) after the try before it; a timer never fires
    // early, so these bounds hold on a loaded machine too, and an immediate retry fails them.
    const [first, second, third] = received.map((delivery) => delivery.at);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(20);
    expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(40);
    expect(received[0]?.json.notificationType).toBe('challenges.changePin');
    await change.unsubscribe();
  });

  it('sends nothing to a subscription restricted to other types', async () => {
    const change = await subscribedChange(['transactions.*']);
    // A second subscription that wants everything: the same status change is dispatched to both in one pass, so its
    // delivery arriving is the positive signal that the restricted one's would have been sent by then.
    const everything = (await sdk().createSubscription({ endpoint: `${receiverUrl}?everything` })).data;
    await waitFor(() => deliveriesOf('webhooks.test').find((d) => subscriptionOf(d) === everything?.id));
    received.length = 0;
    await change.finish();
    await waitFor(() => deliveriesOf('challenges.changePin').find((d) => subscriptionOf(d) === everything?.id));
    expect(received.filter((delivery) => subscriptionOf(delivery) === change.subscriptionId)).toEqual([]);
    await change.unsubscribe();
    await sdk().deleteSubscription(everything?.id ?? '');
  });
});

describe('what each behaviour profile notifies', () => {
  // Each change has its own subscription: count only what reached it.
  const statusesNotified = (change: { session: { challengeId: string }; subscriptionId: string }) =>
    deliveriesOf('challenges.changePin')
      .filter(
        (delivery) =>
          delivery.json.notification.id === change.session.challengeId &&
          (delivery.json as { subscriptionId?: string }).subscriptionId === change.subscriptionId,
      )
      .map((delivery) => ({
        status: delivery.json.notification.status,
        ...(delivery.json.notification.errorCode ? { errorCode: delivery.json.notification.errorCode } : {}),
      }));

  it('circle (the default): COMPLETE and FAILED only, and an expiry arrives as FAILED with 155121', async () => {
    const completed = await subscribedChange();
    await completed.finish();
    await waitFor(() => (statusesNotified(completed).length > 0 ? true : undefined));
    const expiring = await subscribedChange();
    env.emulator.clock.advance(10 * 60 + 1);
    await waitFor(() => (statusesNotified(expiring).length > 0 ? true : undefined));
    // An IN_PROGRESS notice would have been dispatched before the COMPLETE one (the customer's first step comes
    // first): with COMPLETE delivered and recorded, anything else would be here too.
    expect(statusesNotified(completed)).toEqual([{ status: 'COMPLETE' }]);
    expect(statusesNotified(expiring)).toEqual([{ status: 'FAILED', errorCode: 155121 }]);
    await completed.unsubscribe();
    await expiring.unsubscribe();
  });

  it('detailed: every change, IN_PROGRESS and EXPIRED included', async () => {
    env.emulator.changeBehaviour({ profile: 'detailed' });
    const expiring = await subscribedChange();
    env.emulator.clock.advance(10 * 60 + 1);
    await waitFor(() => (statusesNotified(expiring).length > 1 ? true : undefined));
    // Two deliveries in flight at once may land in either order.
    const statuses = statusesNotified(expiring).map((notified) => notified.status);
    expect(statuses.sort()).toEqual(['EXPIRED', 'IN_PROGRESS']);
    await expiring.unsubscribe();
  });
});
