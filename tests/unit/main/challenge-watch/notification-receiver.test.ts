import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type DeliveryAttempt, type Emulator, testScryptCost } from '../../../../src/emulator';
import { startNotificationReceiver } from '../../../../src/main/challenge-watch/notification-receiver';
import { createCircleGateway } from '../../../../src/main/circle/circle-gateway';
import type { ChallengeRecord } from '../../../../src/shared/circle/circle-records';
import type { ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';
import { customerChangesPinDirectly } from '../../../support/customer-in-hosted-ui';
import { injectFault } from '../../../support/emulator-controls';
import { waitFor } from '../../../support/eventually';
import { startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';
import { withWholeSessions } from '../../../support/whole-sessions';

describe('the notification receiver', () => {
  let emulator: Emulator;
  const attempts: DeliveryAttempt[] = [];
  beforeAll(async () => {
    // Every status change is notified here (the detailed profile), so an IN_PROGRESS delivery can be replayed.
    emulator = await createEmulator({
      secretHashCost: testScryptCost,
      behaviour: { profile: 'detailed' },
      notifications: { onAttempt: (attempt) => attempts.push(attempt) },
    });
  });
  afterAll(() => emulator.close());

  it('answers HEAD, so a subscription to it is made, and acknowledges the signed webhooks.test', async () => {
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const accepted: ChallengeRecord[] = [];
    const receiver = await startNotificationReceiver({
      gateway,
      onChallenge: (challenge) => accepted.push(challenge),
      log: { warn: () => {} },
    });
    expect((await fetch(receiver.endpoint, { method: 'HEAD' })).status).toBe(200);
    const { subscriptionId } = await gateway.subscribeNotifications(receiver.endpoint);
    await waitFor(() => attempts.some((attempt) => attempt.subscriptionId === subscriptionId));
    expect(attempts.filter((attempt) => attempt.subscriptionId === subscriptionId)).toEqual([
      expect.objectContaining({ attempt: 1, status: 200 }),
    ]);
    expect(accepted).toEqual([]);
    await gateway.unsubscribeNotifications(subscriptionId);
    await receiver.close();
  });

  it('accepts a signed delivery and refuses a tampered or unsigned one', async () => {
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const accepted: ChallengeRecord[] = [];
    const warnings: string[] = [];
    const receiver = await startNotificationReceiver({
      gateway,
      onChallenge: (challenge) => accepted.push(challenge),
      log: { warn: (message) => warnings.push(message) },
    });
    // A second subscriber records the emulator's real signed deliveries, so they can be replayed altered.
    const recorded: { body: Buffer; headers: Record<string, string> }[] = [];
    const recorder = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        // Challenge deliveries only: not the HEAD check, nor the webhooks.test every subscription gets.
        if (body.toString().includes('"challenges.')) {
          recorded.push({ body, headers: request.headers as Record<string, string> });
        }
        response.end();
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    const recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/hook`;
    const subscriptions = [
      await gateway.subscribeNotifications(receiver.endpoint),
      await gateway.subscribeNotifications(recorderUrl),
    ];

    const { userToken, encryptionKey } = await gateway.createUserToken('user-knows-pin');
    const { challengeId } = await gateway.createPinChangeChallenge(userToken, crypto.randomUUID());
    emulator.challengeSteps.open({ challengeId, userToken, encryptionKey, appId: emulator.appId });
    await waitFor(() => accepted.length === 1 && recorded.length === 1);
    expect(accepted[0]).toMatchObject({ id: challengeId, status: 'IN_PROGRESS', type: 'CHANGE_PIN' });

    const real = recorded[0] as { body: Buffer; headers: Record<string, string> };
    const signed = {
      'content-type': 'application/json',
      'x-circle-signature': real.headers['x-circle-signature'] ?? '',
      'x-circle-key-id': real.headers['x-circle-key-id'] ?? '',
    };
    const post = (headers: Record<string, string>, body: string | Buffer) =>
      fetch(receiver.endpoint, { method: 'POST', headers, body: new Uint8Array(Buffer.from(body)) });
    const tampered = real.body.toString().replace('IN_PROGRESS', 'COMPLETE');
    expect((await post(signed, tampered)).status).toBe(401);
    expect((await post({ 'content-type': 'application/json' }, tampered)).status).toBe(400);
    expect((await post({ ...signed, 'x-circle-key-id': crypto.randomUUID() }, real.body)).status).toBe(401);
    expect((await post(signed, real.body)).status).toBe(200);
    expect(accepted.map((challenge) => challenge.status)).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);
    expect(warnings.length).toBe(2);

    for (const { subscriptionId } of subscriptions) await gateway.unsubscribeNotifications(subscriptionId);
    await receiver.close();
    await new Promise((resolve) => recorder.close(resolve));
  });
});

describe('notifications in the running console', () => {
  it('says in its log when it cannot subscribe, and goes on polling', async () => {
    const warnings: string[] = [];
    const updates: ChallengeUpdate[] = [];
    const underTest = await startServicesUnderTest({
      log: { warn: (message) => warnings.push(message) },
      publish: (channel, payload) => {
        if (channel === 'challenge:updated') updates.push(payload as ChallengeUpdate);
      },
    });
    const { services } = underTest;
    try {
      const emulator = services.embedded.emulator;
      await injectFault(emulator, { method: 'POST', path: '/v2/notifications/subscriptions', status: 500, times: 4 });
      // An emulator reset drops every subscription, so the console subscribes again.
      await services.handlers['emulator:reset']({ closeOpenCases: true });
      expect(warnings.filter((line) => line.includes('polling only'))).toHaveLength(1);
      const session = await withWholeSessions(services.handlers)['reset:start']({
        userId: 'user-knows-pin',
        attemptId: crypto.randomUUID(),
      });
      await customerChangesPinDirectly(emulator, session, seededPin, '390517');
      await waitFor(() => updates.some((update) => update.status === 'COMPLETE'));
      expect(updates.filter((update) => update.source === 'notification')).toEqual([]);
    } finally {
      await underTest.stop();
    }
  });

  it('moves a challenge forward from a verified notification before any poll', async () => {
    const updates: ChallengeUpdate[] = [];
    const underTest = await startServicesUnderTest({
      publish: (channel, payload) => {
        if (channel === 'challenge:updated') updates.push(payload as ChallengeUpdate);
      },
      // Polls far apart, so only a notification can deliver the next status in time.
      watchIntervals: { firstMs: 60_000, maxMs: 60_000, factor: 1 },
    });
    const { services } = underTest;
    try {
      const session = await withWholeSessions(services.handlers)['reset:start']({
        userId: 'user-knows-pin',
        attemptId: crypto.randomUUID(),
      });
      // Circle notifies only COMPLETE and FAILED (the emulator's default profile does the same).
      await customerChangesPinDirectly(services.embedded.emulator, session, seededPin, '390517');
      await waitFor(() => updates.length > 0);
      expect(updates[0]).toMatchObject({ status: 'COMPLETE', source: 'notification', caseId: session.caseId });
    } finally {
      await underTest.stop();
    }
  });
});

describe('the notification receiver under forged posts', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    // `detailed` notifies every status change, so opening a challenge is a genuine delivery (`circle` waits for the end).
    emulator = await createEmulator({ secretHashCost: testScryptCost, behaviour: { profile: 'detailed' } });
  });
  afterAll(() => emulator.close());

  /** The emulator's gateway, counting the key lookups the receiver makes with the API key. */
  function countingGateway() {
    const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const lookups: string[] = [];
    return {
      lookups,
      gateway: {
        ...gateway,
        notificationPublicKey: (keyId: string) => {
          lookups.push(keyId);
          return gateway.notificationPublicKey(keyId);
        },
      },
    };
  }

  const forged = (endpoint: string, keyId: string, method = 'POST') =>
    fetch(endpoint, {
      method,
      headers: { 'content-type': 'application/json', 'x-circle-signature': 'MEUCIQ==', 'x-circle-key-id': keyId },
      ...(method === 'POST' ? { body: '{"notificationType":"challenges.pinChange","notification":{}}' } : {}),
    }).then((response) => response.status);

  // Non-UUID ids, one UUID repeated, and a new UUID each time: every way of making main look a key up.
  const forgedKeyIds = [
    ...Array.from({ length: 34 }, (_, index) => `not-a-key-id-${index}`),
    ...Array.from({ length: 33 }, () => '0b4f1c2e-9d8a-4e6b-8c3d-5f7a9b1c2d3e'),
    ...Array.from({ length: 33 }, () => crypto.randomUUID()),
  ];

  it('looks up at most one key for 100 forged posts, whatever their key ids', async () => {
    const { gateway, lookups } = countingGateway();
    // Posts unthrottled here, so every forged post reaches the key-id rules.
    const receiver = await startNotificationReceiver({
      gateway,
      onChallenge: () => {
        throw new Error('a forged post was accepted');
      },
      log: { warn: () => {} },
      postLimit: { capacity: 1000, perSecond: 1000 },
    });
    try {
      const statuses = [];
      for (const keyId of forgedKeyIds) statuses.push(await forged(receiver.endpoint, keyId));
      expect(new Set(statuses)).toEqual(new Set([401]));
      expect(lookups.length).toBeLessThanOrEqual(1);
      expect(lookups.every((keyId) => /^[0-9a-f-]{36}$/.test(keyId))).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('remembers a key id Circle does not know, and never asks about it again', async () => {
    const { gateway, lookups } = countingGateway();
    const receiver = await startNotificationReceiver({
      gateway,
      onChallenge: () => {},
      log: { warn: () => {} },
      keys: { newKeyLookupSeconds: 0.001 },
      postLimit: { capacity: 1000, perSecond: 1000 },
    });
    try {
      const unknown = crypto.randomUUID();
      for (let post = 0; post < 10; post += 1) expect(await forged(receiver.endpoint, unknown)).toBe(401);
      expect(lookups).toEqual([unknown]);
    } finally {
      await receiver.close();
    }
  });

  it('rate-limits posts (429) but never a HEAD, and genuine deliveries still get through', async () => {
    const { gateway, lookups } = countingGateway();
    const accepted: ChallengeRecord[] = [];
    const receiver = await startNotificationReceiver({
      gateway,
      onChallenge: (challenge) => accepted.push(challenge),
      log: { warn: () => {} },
    });
    const subscription = await gateway.subscribeNotifications(receiver.endpoint);
    // The emulator signs each real status change; a try that meets an emptied bucket is retried.
    const challengeMovesOn = async () => {
      const { userToken, encryptionKey } = await gateway.createUserToken('user-knows-pin');
      const { challengeId } = await gateway.createPinChangeChallenge(userToken, crypto.randomUUID());
      emulator.challengeSteps.open({ challengeId, userToken, encryptionKey, appId: emulator.appId });
      return challengeId;
    };
    try {
      const first = await challengeMovesOn();
      await waitFor(() => accepted.length === 1);
      const genuineKeyId = lookups[0];

      const statuses = await Promise.all(forgedKeyIds.map((keyId) => forged(receiver.endpoint, keyId)));
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(70);
      expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
      expect(await forged(receiver.endpoint, crypto.randomUUID(), 'HEAD')).not.toBe(429);

      const second = await challengeMovesOn();
      await waitFor(() => accepted.length === 2);
      expect(accepted.map((challenge) => challenge.id)).toEqual([first, second]);
      // The genuine key was looked up once; the flood cost nothing.
      expect(lookups).toEqual([genuineKeyId]);
    } finally {
      await gateway.unsubscribeNotifications(subscription.subscriptionId);
      await receiver.close();
    }
  });
});
