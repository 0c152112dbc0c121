// The hosted page's one cross-origin call: `GET https://api.circle.com/v1/w3s/hosted-pin/session` with the user token
// in `X-User-Token` and no cookie, from the page at https://pw-auth.circle.com. A route of the hosted page's own (no
// API key). It answers that one origin with exactly the CORS headers it needs — its preflight (a custom header) and
// the response — and no other origin with any.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { userFromToken } from '../auth/user-session';
import type { EmulatorCore } from '../emulator-core';
import type { SessionCheckReply } from '../hosted-ui/hosted-ui-protocol';
import { singleHeader } from '../http/request-headers';
import { circleHostedUiHost } from './circle-host-names';

export const hostedPageSessionPath = '/v1/w3s/hosted-pin/session';
const pageOrigin = `https://${circleHostedUiHost}`;

function allowPageOrigin(request: FastifyRequest, reply: FastifyReply): boolean {
  reply.header('vary', 'Origin');
  if (request.headers.origin !== pageOrigin) return false;
  reply.header('access-control-allow-origin', pageOrigin);
  return true;
}

export function registerHostedPageSessionRoute(app: FastifyInstance, core: EmulatorCore): void {
  app.options(hostedPageSessionPath, { config: { publicRoute: true } }, async (request, reply) => {
    if (allowPageOrigin(request, reply)) {
      reply.headers({
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': 'X-User-Token',
        'access-control-max-age': '600',
      });
    }
    return reply.code(204).send();
  });
  app.get(
    hostedPageSessionPath,
    {
      config: { publicRoute: true },
      // Before anything can fail, so the page can read a Circle error (an expired token) too.
      onRequest: (request, reply, done) => {
        allowPageOrigin(request, reply);
        done();
      },
    },
    async (request): Promise<SessionCheckReply> => {
      const { user, claims } = userFromToken(core, singleHeader(request, 'x-user-token'));
      return { data: { userId: user.id, expiresAt: new Date(claims.exp * 1000).toISOString() } };
    },
  );
}
