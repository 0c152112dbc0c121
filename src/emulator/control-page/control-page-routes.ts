// GET / on the emulator's plain http address: the control page (no key needed to load it; it asks for one).
//
// Registered on the plain-http listener's own routes. In the Circle-shaped mode, requests under Circle's host names
// keep routing by host and `/` there is Circle's, not this page: scope this route there with Fastify's host
// constraint (`constraints: { host }`) or register it only on the plain listener.
import type { FastifyInstance } from 'fastify';
import type { EmulatorCore } from '../emulator-core';
import { scenarioNames } from '../scenarios/seeded-users';
import { controlPage } from './control-page';

export const controlPagePath = '/';

export function registerControlPageRoutes(app: FastifyInstance, core: EmulatorCore): void {
  const page = controlPage({ scenarios: scenarioNames, lockSeconds: core.settings.lockout.lockSeconds });
  app.get(controlPagePath, async (_request, reply) => reply.headers(page.headers).send(page.html));
}
