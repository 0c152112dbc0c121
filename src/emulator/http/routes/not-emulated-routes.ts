// Every method and path in Circle's OpenAPI files that the emulator does not implement answers 501 with Circle's error
// envelope naming the route, so an app that calls one learns at once that it reached the emulator's edge (a path in no
// OpenAPI file stays a 404). The list is generated from the files (circle-api-routes.ts); registered last, so a route
// the emulator implements is never shadowed.
import type { FastifyInstance } from 'fastify';
import { notEmulated } from '../../errors/http-errors';
import { circleApiRoutes } from '../circle-api-routes';

export function registerNotEmulatedRoutes(app: FastifyInstance): void {
  for (const { method, path } of circleApiRoutes) {
    const url = path.replace(/\{([A-Za-z]+)\}/g, ':$1');
    if (app.hasRoute({ method, url })) continue;
    app.route({
      method,
      url,
      handler: async () => {
        throw notEmulated(method, path);
      },
    });
  }
}
