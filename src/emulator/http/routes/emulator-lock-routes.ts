// Lock and unlock a user's PIN or security answers: as the lockout would (POST /emulator/users/:id/lock, body
// `{ credential: 'pin' | 'answers', seconds? }`, the lockout's 30 minutes by default), and as an admin lifting the
// locks by hand (POST /emulator/users/:id/unlock, body `{ credential }` for one, or `{ pin?, securityQuestions? }`,
// both unless told), recorded as Circle's `lastLockOverrideDate`: rehearse a locked customer without typing wrong PINs.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { circleErrorCodes } from '../../../shared/circle-errors/circle-error-codes';
import type { EmulatorCore } from '../../emulator-core';
import { circleError } from '../../errors/circle-errors';
import { freshCounter, lockedUntil } from '../../rules/lockout';
import type { UserRecord } from '../../state/emulator-state';
import { toEndUser } from '../../state/user-view';
import { parseBody, parseWith } from '../request-parsing';
import { externalUserId } from './user-routes';

const credential = z.enum(['pin', 'answers']);
const lockBody = z
  .object({
    credential,
    seconds: z
      .number()
      .int()
      .min(1)
      .max(366 * 24 * 3600)
      .optional(),
  })
  .strict();
const unlockBody = z
  .object({ credential: credential.optional(), pin: z.boolean().optional(), securityQuestions: z.boolean().optional() })
  .strict()
  .refine((body) => body.credential === undefined || (body.pin === undefined && body.securityQuestions === undefined), {
    message: 'Send either credential or pin/securityQuestions, not both',
  });

export function registerEmulatorLockRoutes(app: FastifyInstance, core: EmulatorCore): void {
  const existingUser = (request: FastifyRequest): UserRecord => {
    const { id } = parseWith(z.object({ id: externalUserId }), request.params);
    const user = core.store.users.get(id);
    if (!user) throw circleError(circleErrorCodes.userNotFound);
    return user;
  };
  /** The user in the path, whose `credential` must be set (a PIN never set cannot be locked). */
  const userWith = (request: FastifyRequest, which: z.infer<typeof credential>): UserRecord => {
    const user = existingUser(request);
    if (which === 'pin' && user.pinHash === null) throw circleError(circleErrorCodes.pinNotSet);
    if (which === 'answers' && user.securityQuestions === null) {
      throw circleError(circleErrorCodes.securityQuestionsNotSet);
    }
    return user;
  };
  const counterField = (which: z.infer<typeof credential>) => (which === 'pin' ? 'pinAttempts' : 'answerAttempts');

  app.post('/emulator/users/:id/lock', async (request) => {
    const body = parseBody(lockBody, request.body);
    const user = userWith(request, body.credential);
    const nowMs = core.clock.nowMs();
    const seconds = body.seconds ?? core.settings.lockout.lockSeconds;
    const updated = {
      ...user,
      [counterField(body.credential)]: lockedUntil(nowMs, nowMs + seconds * 1000, core.settings.lockout),
    };
    core.store.putUser(updated);
    return { data: toEndUser(updated, nowMs) };
  });

  app.post('/emulator/users/:id/unlock', async (request) => {
    const body = parseBody(unlockBody, request.body ?? {});
    const user = body.credential ? userWith(request, body.credential) : existingUser(request);
    const pin = body.credential ? body.credential === 'pin' : body.pin !== false;
    const answers = body.credential ? body.credential === 'answers' : body.securityQuestions !== false;
    const now = core.clock.now().toISOString();
    const updated: UserRecord = {
      ...user,
      ...(pin ? { pinAttempts: freshCounter() } : {}),
      ...(answers ? { answerAttempts: freshCounter() } : {}),
      lastLockOverride: {
        ...user.lastLockOverride,
        ...(pin ? { pin: now } : {}),
        ...(answers ? { securityQuestions: now } : {}),
      },
    };
    core.store.putUser(updated);
    return { data: toEndUser(updated, core.clock.nowMs()) };
  });
}
