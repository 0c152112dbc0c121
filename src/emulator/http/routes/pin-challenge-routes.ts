// PIN challenges: POST /v1/w3s/user/initialize (wallets too, when it names blockchains), POST and PUT /v1/w3s/user/pin,
// POST /v1/w3s/user/pin/restore, GET /v1/w3s/user/challenges and GET /v1/w3s/user/challenges/:id. All act for the
// user of `X-User-Token`. Challenges read as the behaviour profile shows them (challenge-presentation.ts); a reused
// key follows the idempotency rule.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { circleErrorCodes } from '../../../shared/circle-errors/circle-error-codes';
import { userFromToken } from '../../auth/user-session';
import { presentedChallenge } from '../../behaviour/challenge-presentation';
import { startPinChallenge, toChallengeView } from '../../challenges/challenge-creation';
import type { EmulatorCore } from '../../emulator-core';
import { CircleApiError, circleError } from '../../errors/circle-errors';
import type { ChallengeType } from '../../rules/challenge-lifecycle';
import { singleHeader } from '../request-headers';
import { parseBody, parseWith } from '../request-parsing';
import { blockchainList, walletRequestFields, walletRequestOf } from './wallet-request-body';

const idempotencyKey = z.uuidv4();
const setPinBody = z.object({ idempotencyKey });

// `initialize` with `blockchains` makes those wallets when its challenge completes.
const initializeBody = z.object({ idempotencyKey, ...walletRequestFields, blockchains: blockchainList.optional() });

const challengeStatus = z.enum(['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'EXPIRED']);
// Built once: a zod object schema compiles itself on first use, which per request would dominate a lookup.
const challengeListQuery = z.object({ status: challengeStatus.optional() });
// The hottest route (every console polls it): a plain pattern test instead of a schema parse per request.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request's idempotency key when it is a well-formed one, read before anything else can fail. */
function idempotencyKeyOf(body: unknown): string | undefined {
  const key = typeof body === 'object' && body !== null ? (body as { idempotencyKey?: unknown }).idempotencyKey : null;
  return idempotencyKey.safeParse(key).success ? (key as string) : undefined;
}

export function registerPinChallengeRoutes(app: FastifyInstance, core: EmulatorCore): void {
  const create = (request: FastifyRequest, type: ChallengeType, bodySchema: z.ZodType<{ idempotencyKey: string }>) => {
    const { user } = userFromToken(core, singleHeader(request, 'X-User-Token'));
    const body = parseBody(bodySchema, request.body);
    return startPinChallenge(core, user, type, body.idempotencyKey);
  };

  // Failures only, under `replay-errors` only: a scan is cheaper than another index kept for every challenge.
  const madeAChallenge = (key: string) => {
    const wanted = key.toLowerCase();
    for (const challenge of core.store.challenges.values()) {
      if (challenge.idempotencyKey.toLowerCase() === wanted) return true;
    }
    return false;
  };

  /**
   * `replay-errors`: the first answer a key got, when it was a 4xx this endpoint produced, is the answer to every later
   * request with that key (156020 when the key was first used for another kind of request). Injected faults, 429s and
   * 5xx never reach here, so an unknown outcome can always be retried with the same key.
   */
  const createReplayingErrors = (
    request: FastifyRequest,
    type: ChallengeType,
    bodySchema: z.ZodType<{ idempotencyKey: string }>,
  ) => {
    const key = idempotencyKeyOf(request.body);
    const earlier = key === undefined ? undefined : core.replayedErrors.get(key);
    if (earlier) throw earlier.type === type ? earlier.error : circleError(circleErrorCodes.newIdempotencyKeyNeeded);
    try {
      return create(request, type, bodySchema);
    } catch (error) {
      const definite = error instanceof CircleApiError && error.status >= 400 && error.status < 500;
      // A key whose first request made a challenge keeps that answer: a later failure with it is not stored.
      if (key !== undefined && definite && !madeAChallenge(key)) core.replayedErrors.keep(key, { type, error });
      throw error;
    }
  };

  const start =
    (type: ChallengeType, bodySchema: z.ZodType<{ idempotencyKey: string }>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { created, challenge } =
        core.behaviour.idempotency === 'replay-errors'
          ? createReplayingErrors(request, type, bodySchema)
          : create(request, type, bodySchema);
      return reply.code(created ? 201 : 200).send({ data: { challengeId: challenge.id } });
    };

  app.post('/v1/w3s/user/initialize', async (request, reply) => {
    const { user } = userFromToken(core, singleHeader(request, 'X-User-Token'));
    const body = parseBody(initializeBody, request.body);
    const walletRequest = body.blockchains ? walletRequestOf({ ...body, blockchains: body.blockchains }) : undefined;
    const { created, challenge } = startPinChallenge(core, user, 'INITIALIZE', body.idempotencyKey, walletRequest);
    return reply.code(created ? 201 : 200).send({ data: { challengeId: challenge.id } });
  });
  app.post('/v1/w3s/user/pin', start('SET_PIN', setPinBody));
  app.put('/v1/w3s/user/pin', start('CHANGE_PIN', setPinBody));
  app.post('/v1/w3s/user/pin/restore', start('RESTORE_PIN', setPinBody));

  app.get('/v1/w3s/user/challenges', async (request) => {
    const { user } = userFromToken(core, singleHeader(request, 'X-User-Token'));
    const { status } = parseWith(challengeListQuery, request.query);
    const challenges = core.store
      .challengesOf(user.id, core.clock.nowMs())
      .map((challenge) => presentedChallenge(challenge, core.behaviour.profile))
      .filter((challenge) => status === undefined || challenge.status === status)
      .map(toChallengeView);
    return { data: { challenges } };
  });

  app.get('/v1/w3s/user/challenges/:id', async (request) => {
    const { user } = userFromToken(core, singleHeader(request, 'X-User-Token'));
    const { id } = request.params as { id?: unknown };
    if (typeof id !== 'string' || !uuidPattern.test(id)) throw circleError(circleErrorCodes.invalidUuid);
    const challenge = core.store.settledChallenge(id, core.clock.nowMs());
    // Another user's challenge is reported exactly like one that does not exist.
    if (!challenge || challenge.userId !== user.id) throw circleError(circleErrorCodes.challengeNotFound);
    return { data: { challenge: toChallengeView(presentedChallenge(challenge, core.behaviour.profile)) } };
  });
}
