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
import { startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';

async function until(predicate: () => boolean, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

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
    await until(() => attempts.some((attempt) => attempt.subscriptionId === subscriptionId));
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
    await until(() => accepted.length === 1 && recorded.length === 1);
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
        if (channel === 'challenge:updated') updates.push(payload);
      },
    });
    const { services } = underTest;
    try {
      const emulator = services.embedded.emulator;
      await injectFault(emulator, { method: 'POST', path: '/v2/notifications/subscriptions', status: 500, times: 4 });
      // An emulator reset drops every subscription, so the console subscribes again.
      await services.handlers['emulator:reset']({ closeOpenCases: true });
      expect(warnings.filter((line) => line.includes('polling only'))).toHaveLength(1);
      const session = await services.handlers['reset:start']({
        userId: 'user-knows-pin',
        attemptId: crypto.randomUUID(),
      });
      await customerChangesPinDirectly(emulator, session, seededPin, '390517');
      await until(() => updates.some((update) => update.status === 'COMPLETE'));
      expect(updates.filter((update) => update.source === 'notification')).toEqual([]);
    } finally {
      await underTest.stop();
    }
  });

  it('moves a challenge forward from a verified notification before any poll', async () => {
    const updates: ChallengeUpdate[] = [];
    const underTest = await startServicesUnderTest({
      publish: (channel, payload) => {
        if (channel === 'challenge:updated') updates.push(payload);
      },
      // Polls far apart, so only a notification can deliver the next status in time.
      watchIntervals: { firstMs: 60_000, maxMs: 60_000, factor: 1 },
    });
    const { services } = underTest;
    try {
      const session = await services.handlers['reset:start']({
        userId: 'user-knows-pin',
        attemptId: crypto.randomUUID(),
      });
      // Circle notifies only COMPLETE and FAILED (the emulator's default profile does the same).
      await customerChangesPinDirectly(services.embedded.emulator, session, seededPin, '390517');
      await until(() => updates.length > 0);
      expect(updates[0]).toMatchObject({ status: 'COMPLETE', source: 'notification', caseId: session.caseId });
    } finally {
      await underTest.stop();
    }
  });
});
