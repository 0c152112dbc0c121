// Developer controls under /emulator/ (same API key as the Circle API): make users in a scenario's state, lift a
// user's locks by hand, move the clock, inject faults, choose the behaviour settings, reset, and export/import the
// whole state.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { circleErrorCodes } from '../../../shared/circle-errors/circle-error-codes';
import { type BehaviourChange, behaviourChange, type EmulatorBehaviour } from '../../behaviour/emulator-behaviour';
import type { FaultRules } from '../../controls/fault-rules';
import type { EmulatorCore } from '../../emulator-core';
import { CircleApiError, circleError } from '../../errors/circle-errors';
import { describeScenarioUser, scenarioNames } from '../../scenarios/seeded-users';
import { buildUser, type UserDescription } from '../../scenarios/user-builder';
import { toEndUser } from '../../state/user-view';
import { parseBody } from '../request-parsing';
import { externalUserId } from './user-routes';

export interface EmulatorControls {
  core: EmulatorCore;
  faults: FaultRules;
  reset(): Promise<void>;
  importState(snapshot: unknown): void;
  advanceClock(seconds: number): Date;
  changeBehaviour(change: BehaviourChange): EmulatorBehaviour;
}

const lockSeconds = z
  .number()
  .int()
  .min(1)
  .max(366 * 24 * 3600);
const scenarioUser = z.object({ userId: externalUserId, scenario: z.enum(scenarioNames) }).strict();
const explicitUser = z
  .object({
    userId: externalUserId,
    status: z.enum(['ENABLED', 'DISABLED']).optional(),
    pin: z
      .string()
      .regex(/^[0-9]{6}$/)
      .optional(),
    securityQuestions: z
      .array(z.object({ question: z.string().min(1).max(200), answer: z.string().trim().min(1).max(200) }))
      .min(1)
      .max(5)
      .optional(),
    pinLockedForSeconds: lockSeconds.optional(),
    answersLockedForSeconds: lockSeconds.optional(),
  })
  .strict();

const faultRule = z
  .object({
    method: z.string().regex(/^([A-Za-z]{3,7}|\*)$/),
    path: z.string().startsWith('/').max(500),
    status: z.number().int().min(100).max(599).optional(),
    code: z.number().int().optional(),
    message: z.string().max(500).optional(),
    delayMs: z.number().int().min(0).max(60_000).optional(),
    drop: z.boolean().optional(),
    times: z.number().int().min(1).max(1000).default(1),
  })
  .strict();

export function registerEmulatorControlRoutes(app: FastifyInstance, controls: EmulatorControls): void {
  const { core, faults } = controls;

  app.post('/emulator/users', async (request, reply) => {
    const body = request.body as { scenario?: unknown } | undefined;
    const description: UserDescription =
      body && typeof body === 'object' && 'scenario' in body
        ? (({ userId, scenario }) => describeScenarioUser(scenario, userId))(parseBody(scenarioUser, body))
        : parseBody(explicitUser, body);
    if (core.store.users.has(description.userId)) throw circleError(circleErrorCodes.userAlreadyExists);
    const nowMs = core.clock.nowMs();
    const user = await buildUser(description, nowMs, core.settings.secretHashCost, core.settings.lockout);
    // Hashing is asynchronous: another request may have taken the id meanwhile.
    if (core.store.users.has(description.userId)) throw circleError(circleErrorCodes.userAlreadyExists);
    core.store.putUser(user);
    return reply.code(201).send({ data: toEndUser(user, core.clock.nowMs()) });
  });

  // An admin lifting a lock by hand: the count starts again and Circle's `lastLockOverrideDate` records when.
  app.get('/emulator/behaviour', async () => ({ data: core.behaviour }));
  app.post('/emulator/behaviour', async (request) => {
    const parsed = behaviourChange.safeParse(request.body ?? {});
    if (!parsed.success) {
      // Scripts call this control: say which field and what it accepts, in the envelope's code-2 form.
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new CircleApiError(400, 2, `Invalid behaviour: ${where}${issue?.message ?? 'not an object'}`);
    }
    return { data: controls.changeBehaviour(parsed.data) };
  });

  const clockView = () => {
    const state = core.clock.state();
    return {
      data: { now: core.clock.now().toISOString(), offsetMs: state.offsetMs, frozen: state.frozenAtMs !== null },
    };
  };
  app.get('/emulator/clock', async () => clockView());
  app.post('/emulator/clock', async (request) => {
    const { advanceSeconds } = parseBody(
      z.object({
        advanceSeconds: z
          .number()
          .min(0)
          .max(10 * 366 * 24 * 3600),
      }),
      request.body,
    );
    controls.advanceClock(advanceSeconds);
    return clockView();
  });

  app.get('/emulator/faults', async () => ({ data: { faults: faults.list() } }));
  app.post('/emulator/faults', async (request, reply) => {
    faults.add(parseBody(faultRule, request.body));
    return reply.code(201).send({ data: { faults: faults.list() } });
  });
  app.delete('/emulator/faults', async () => {
    faults.clear();
    return { data: { faults: [] } };
  });

  app.post('/emulator/reset', async () => {
    await controls.reset();
    return { data: { appId: core.store.entity.appId, users: core.store.users.size } };
  });

  app.get('/emulator/export', async () => core.store.snapshot(core.clock.state()));
  // A whole state can be far larger than an API call, so this route alone takes big bodies.
  app.post('/emulator/import', { bodyLimit: 256 * 1024 * 1024 }, async (request) => {
    try {
      controls.importState(request.body);
    } catch (error) {
      throw new CircleApiError(400, 2, error instanceof Error ? error.message : 'Not a valid emulator state');
    }
    return { data: { users: core.store.users.size, challenges: core.store.challenges.size } };
  });
}
