import Fastify from 'fastify';
import { verifyNotificationSignature } from '../../emulator';
import { type ChallengeRecord, normaliseChallengeStatus } from '../../shared/circle/circle-records';
import type { CircleGateway } from '../circle/circle-gateway';
import { createNotificationKeys, type NotificationKeysOptions } from './notification-keys';
import { createTokenBucket } from './token-bucket';

export interface NotificationReceiver {
  endpoint: string;
  close(): Promise<void>;
}

export interface NotificationReceiverOptions {
  gateway: CircleGateway;
  /** Called with each verified challenge notification. */
  onChallenge: (challenge: ChallengeRecord) => void;
  log: { warn(message: string): void };
  /** Tests only: a shorter wait between lookups of key ids not seen before. */
  keys?: NotificationKeysOptions;
  /** Tests only: another limit on posts. */
  postLimit?: { capacity: number; perSecond: number };
}

/**
 * Posts admitted per second, and at once. Well above what a sender needs (one delivery per status change, plus the
 * subscription's check), well below what a flood would like. HEAD requests cost nothing and are never refused.
 */
export const receiverPostLimit = { capacity: 20, perSecond: 10 } as const;

interface ChallengeNotification {
  notificationType?: unknown;
  notification?: { id?: unknown; type?: unknown; status?: unknown; errorCode?: unknown; errorMessage?: unknown };
}

/**
 * A loopback endpoint for an emulator's signed notifications. Each body is verified (ECDSA P-256 / SHA-256 over the
 * exact bytes, key from GET /v2/notifications/publicKey/{X-Circle-Key-Id}) before it counts; anything unverified is
 * answered 401 and ignored. Any local process can post here, so key lookups (which spend the API key's rate budget)
 * are rationed (notification-keys.ts) and posts are rate-limited (429 past the limit).
 */
export async function startNotificationReceiver(options: NotificationReceiverOptions): Promise<NotificationReceiver> {
  const keys = createNotificationKeys(options.gateway, options.keys);
  const posts = createTokenBucket(options.postLimit ?? receiverPostLimit);

  // Closing never waits on a sender's kept-alive connection (a delivery can be in flight as the console quits).
  const server = Fastify({ bodyLimit: 64 * 1024, forceCloseConnections: true });
  server.addHook('onRequest', async (request, reply) => {
    if (request.method === 'HEAD' || posts.take()) return;
    return reply.code(429).header('retry-after', '1').send();
  });
  server.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  // Circle (and the emulator) check a subscriber endpoint with HEAD before subscribing it.
  server.head('/circle-notifications', async (_request, reply) => reply.code(200).send());
  // A verified delivery of any type is acknowledged (`webhooks.test` on subscribing, among them); challenges count.
  server.post('/circle-notifications', async (request, reply) => {
    const body = request.body;
    const signature = request.headers['x-circle-signature'];
    const keyId = request.headers['x-circle-key-id'];
    if (!Buffer.isBuffer(body) || typeof signature !== 'string' || typeof keyId !== 'string' || keyId.length > 100) {
      return reply.code(400).send();
    }
    let verified = false;
    try {
      const publicKey = await keys.publicKeyFor(keyId);
      verified = publicKey !== null && verifyNotificationSignature(body, signature, publicKey);
    } catch {
      verified = false;
    }
    if (!verified) {
      options.log.warn('notifications: a delivery failed signature verification and was ignored');
      return reply.code(401).send();
    }
    const challenge = challengeOf(JSON.parse(body.toString('utf8')) as ChallengeNotification);
    if (challenge) options.onChallenge(challenge);
    return reply.code(200).send();
  });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  return { endpoint: `${address}/circle-notifications`, close: () => server.close() };
}

function challengeOf(message: ChallengeNotification): ChallengeRecord | null {
  const type = typeof message.notificationType === 'string' ? message.notificationType : '';
  const body = message.notification;
  if (!type.startsWith('challenges.') || !body || typeof body.id !== 'string' || typeof body.status !== 'string') {
    return null;
  }
  return {
    id: body.id,
    type: typeof body.type === 'string' ? body.type : 'UNKNOWN',
    // Spelled as the gateway spells polled statuses: `COMPLETED` is `COMPLETE`, anything unknown kept as it came.
    status: normaliseChallengeStatus(body.status),
    errorCode: typeof body.errorCode === 'number' ? body.errorCode : null,
    errorMessage: typeof body.errorMessage === 'string' ? body.errorMessage : null,
  };
}
