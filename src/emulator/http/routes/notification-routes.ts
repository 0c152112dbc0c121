// Webhook subscriptions and the notification public key: POST/GET /v2/notifications/subscriptions,
// GET/PATCH/DELETE /v2/notifications/subscriptions/:id, GET /v2/notifications/publicKey/:id. As Circle does, a new
// subscription's endpoint must answer HEAD with a 2xx, and then receives a `webhooks.test` notification.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { circleErrorCodes } from '../../../shared/circle-errors/circle-error-codes';
import type { EmulatorCore } from '../../emulator-core';
import { CircleApiError, circleError } from '../../errors/circle-errors';
import { notFound } from '../../errors/http-errors';
import type { NotificationDispatcher } from '../../notifications/notification-dispatcher';
import type { SubscriptionRecord } from '../../state/emulator-state';
import { parseBody } from '../request-parsing';

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);
// Circle requires HTTPS; on a local tool plain http is allowed for loopback receivers.
const endpoint = z
  .url()
  .max(2048)
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback.has(url.hostname));
  });
const notificationType = z.string().regex(/^(\*|[a-zA-Z]+\.(\*|[a-zA-Z]+))$/);

const createBody = z.object({
  endpoint,
  notificationTypes: z.array(notificationType).max(50).optional(),
  name: z.string().max(200).optional(),
});
const updateBody = z.object({ name: z.string().max(200), enabled: z.boolean() });
const idParams = z.object({ id: z.uuid() });

export function registerNotificationRoutes(
  app: FastifyInstance,
  core: EmulatorCore,
  dispatcher: Pick<NotificationDispatcher, 'checkEndpoint' | 'sendTest'>,
): void {
  const subscriptionById = (params: unknown): SubscriptionRecord => {
    const parsed = idParams.safeParse(params);
    if (!parsed.success) throw circleError(circleErrorCodes.invalidUuid);
    const subscription = core.store.subscriptions.get(parsed.data.id);
    if (!subscription) throw notFound();
    return subscription;
  };

  app.post('/v2/notifications/subscriptions', async (request) => {
    const body = parseBody(createBody, request.body);
    const refused = await dispatcher.checkEndpoint(body.endpoint);
    if (refused) {
      throw new CircleApiError(
        400,
        400,
        `The endpoint ${body.endpoint} must answer HEAD with a 2xx to receive notifications (${refused}).`,
      );
    }
    const now = core.clock.now().toISOString();
    const types = body.notificationTypes ?? [];
    const subscription: SubscriptionRecord = {
      id: randomUUID(),
      name: body.name ?? '',
      endpoint: body.endpoint,
      enabled: true,
      createDate: now,
      updateDate: now,
      notificationTypes: types.length === 0 ? ['*'] : types,
      restricted: types.length > 0 && !types.includes('*'),
    };
    core.store.putSubscription(subscription);
    dispatcher.sendTest(subscription);
    return { data: subscription };
  });

  app.get('/v2/notifications/subscriptions', async () => ({ data: [...core.store.subscriptions.values()] }));

  app.get('/v2/notifications/subscriptions/:id', async (request) => ({ data: subscriptionById(request.params) }));

  app.patch('/v2/notifications/subscriptions/:id', async (request) => {
    const subscription = subscriptionById(request.params);
    const { name, enabled } = parseBody(updateBody, request.body);
    const updated = { ...subscription, name, enabled, updateDate: core.clock.now().toISOString() };
    core.store.putSubscription(updated);
    return { data: updated };
  });

  app.delete('/v2/notifications/subscriptions/:id', async (request, reply) => {
    core.store.deleteSubscription(subscriptionById(request.params).id);
    return reply.code(204).send();
  });

  app.get('/v2/notifications/publicKey/:id', async (request) => {
    const { notificationKey } = core.store.entity;
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) throw circleError(circleErrorCodes.invalidUuid);
    if (parsed.data.id !== notificationKey.id) throw notFound();
    return {
      data: {
        id: notificationKey.id,
        algorithm: 'ECDSA_SHA_256',
        publicKey: notificationKey.publicKey,
        createDate: notificationKey.createDate,
      },
    };
  });
}
