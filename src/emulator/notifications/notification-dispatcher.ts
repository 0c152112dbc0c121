// Sends a signed notification to every matching subscription whenever a challenge changes status (under the `circle`
// profile only for COMPLETE and FAILED, an expiry reading FAILED/155121), and a `webhooks.test` notification to each
// new subscription, retrying failed deliveries with exponential backoff under the same notificationId. Retries run on
// the wall clock.
import { randomUUID } from 'node:crypto';
import { notifiesOn, presentedChallenge } from '../behaviour/challenge-presentation';
import type { EmulatorCore } from '../emulator-core';
import { notificationTypeOf } from '../rules/challenge-lifecycle';
import type { ChallengeRecord, SubscriptionRecord } from '../state/emulator-state';
import { signBody } from './notification-signing';

export interface DeliveryAttempt {
  notificationId: string;
  notificationType: string;
  subscriptionId: string;
  attempt: number;
  status: number | 'network-error';
}

export interface NotificationDispatcherOptions {
  /** Wait before each retry; the default backs off 1 s, 2 s, 4 s, 8 s, 16 s, then gives up. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
  onAttempt?: (attempt: DeliveryAttempt) => void;
}

export function subscriptionWants(subscription: SubscriptionRecord, notificationType: string): boolean {
  if (!subscription.enabled) return false;
  if (!subscription.restricted) return true;
  const category = `${notificationType.split('.')[0]}.*`;
  return subscription.notificationTypes.some((type) => type === '*' || type === category || type === notificationType);
}

export function notificationBody(subscriptionId: string, notificationId: string, challenge: ChallengeRecord, at: Date) {
  return {
    subscriptionId,
    notificationId,
    notificationType: notificationTypeOf[challenge.type],
    notification: {
      id: challenge.id,
      userId: challenge.userId,
      type: challenge.type,
      status: challenge.status,
      correlationIds: challenge.correlationIds,
      ...(challenge.status === 'FAILED'
        ? { errorCode: challenge.errorCode, errorMessage: challenge.errorMessage }
        : {}),
    },
    timestamp: at.toISOString(),
    version: 2,
  };
}

/** The `webhooks.test` notification, shaped like Circle's sample. */
export function testNotificationBody(subscriptionId: string, notificationId: string, at: Date) {
  return {
    subscriptionId,
    notificationId,
    notificationType: 'webhooks.test',
    notification: { hello: 'world' },
    timestamp: at.toISOString(),
    version: 2,
  };
}

export class NotificationDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly core: EmulatorCore,
    private readonly options: NotificationDispatcherOptions = {},
  ) {
    core.store.onChallengeStatus((challenge) => this.notify(challenge));
  }

  private notify(changed: ChallengeRecord): void {
    const { profile } = this.core.behaviour;
    const challenge = presentedChallenge(changed, profile);
    if (!notifiesOn(challenge.status, profile)) return;
    const type = notificationTypeOf[challenge.type];
    for (const subscription of this.core.store.subscriptions.values()) {
      if (!subscriptionWants(subscription, type)) continue;
      const notificationId = randomUUID();
      const body = Buffer.from(
        JSON.stringify(notificationBody(subscription.id, notificationId, challenge, this.core.clock.now())),
      );
      void this.deliver(subscription, { notificationId, notificationType: type }, body, 1);
    }
  }

  /**
   * Circle requires a subscriber endpoint to answer HEAD. Returns null when it answered with a 2xx, else what it did
   * instead (its status, or that nothing answered), for the refusal to name.
   */
  async checkEndpoint(endpoint: string): Promise<string | null> {
    try {
      const response = await fetch(endpoint, {
        method: 'HEAD',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.status >= 200 && response.status < 300 ? null : `it answered HTTP ${response.status}`;
    } catch {
      return 'nothing answered';
    }
  }

  /** Circle sends a new subscription a `webhooks.test` notification, whatever types it asked for. */
  sendTest(subscription: SubscriptionRecord): void {
    const notificationId = randomUUID();
    const body = Buffer.from(
      JSON.stringify(testNotificationBody(subscription.id, notificationId, this.core.clock.now())),
    );
    void this.deliver(subscription, { notificationId, notificationType: 'webhooks.test' }, body, 1);
  }

  private async deliver(
    subscription: SubscriptionRecord,
    notification: { notificationId: string; notificationType: string },
    body: Buffer,
    attempt: number,
  ) {
    if (this.closed) return;
    const key = this.core.store.entity.notificationKey;
    let status: DeliveryAttempt['status'];
    try {
      const response = await fetch(subscription.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Circle-Signature': signBody(body, key.privateKeyPem),
          'X-Circle-Key-Id': key.id,
        },
        // The exact signed bytes (a copy typed for fetch under both the Node and DOM typings).
        body: new Uint8Array(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
      });
      await response.arrayBuffer().catch(() => undefined);
      status = response.status;
    } catch {
      status = 'network-error';
    }
    this.options.onAttempt?.({ ...notification, subscriptionId: subscription.id, attempt, status });
    if (typeof status === 'number' && status >= 200 && status < 300) return;
    const delays = this.options.retryDelaysMs ?? [1000, 2000, 4000, 8000, 16000];
    const delay = delays[attempt - 1];
    if (delay === undefined || this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.deliver(subscription, notification, body, attempt + 1);
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
