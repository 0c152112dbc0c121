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

/** `webSdkNote`: how a browser app's web SDK reaches this emulator, read when the page is served. */
export function registerControlPageRoutes(app: FastifyInstance, core: EmulatorCore, webSdkNote: () => string): void {
  // One page per note (the note changes once at most: when the Circle hosts' port is known).
  const pages = new Map<string, ReturnType<typeof controlPage>>();
  app.get(controlPagePath, async (_request, reply) => {
    const note = webSdkNote();
    let page = pages.get(note);
    if (!page) {
      page = controlPage({
        scenarios: scenarioNames,
        lockSeconds: core.settings.lockout.lockSeconds,
        webSdkNote: note,
      });
      pages.set(note, page);
    }
    return reply.headers(page.headers).send(page.html);
  });
}
