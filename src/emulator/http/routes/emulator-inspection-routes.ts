// What the emulator holds that Circle's API only shows per user, for developers (the control page reads these):
// GET /emulator/challenges (every user's, newest first), GET /emulator/notifications (each delivery attempt and its
// result) and GET /emulator/warnings (the last 100, newest first). Same API key as the rest; nothing secret in them.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EmulatorCore } from '../../emulator-core';
import type { DeliveryLog } from '../../notifications/delivery-log';
import type { ChallengeRecord } from '../../state/emulator-state';
import { parseWith } from '../request-parsing';

const challengeQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

function challengeSummary(challenge: ChallengeRecord) {
  return {
    id: challenge.id,
    userId: challenge.userId,
    type: challenge.type,
    status: challenge.status,
    correlationIds: challenge.correlationIds,
    ...(challenge.status === 'FAILED' ? { errorCode: challenge.errorCode, errorMessage: challenge.errorMessage } : {}),
    createDate: challenge.createDate,
    updateDate: challenge.updateDate,
    expiresAt: challenge.expiresAt,
  };
}

export function registerEmulatorInspectionRoutes(app: FastifyInstance, core: EmulatorCore, deliveries: DeliveryLog) {
  app.get('/emulator/challenges', async (request) => {
    const { limit } = parseWith(challengeQuery, request.query);
    const nowMs = core.clock.nowMs();
    // Newest first: the store keeps insertion order, so the last ones in are the newest.
    const newest = [...core.store.challenges.keys()].slice(-limit).reverse();
    const challenges = newest.flatMap((id) => {
      const challenge = core.store.settledChallenge(id, nowMs);
      return challenge ? [challengeSummary(challenge)] : [];
    });
    return { data: { total: core.store.challenges.size, challenges } };
  });

  app.get('/emulator/notifications', async () => ({ data: { deliveries: deliveries.list() } }));
  app.get('/emulator/warnings', async () => ({ data: { warnings: core.warnings.list() } }));
}
