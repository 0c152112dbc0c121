// GET /ping (no key needed) and GET /v1/w3s/config/entity (the appId, stable for the life of the emulator's state).
import type { FastifyInstance } from 'fastify';
import type { EmulatorCore } from '../../emulator-core';

export function registerHealthAndConfigRoutes(app: FastifyInstance, core: EmulatorCore): void {
  app.get('/ping', async () => ({ message: 'pong' }));
  app.get('/v1/w3s/config/entity', async () => ({ data: { appId: core.store.entity.appId } }));
}
