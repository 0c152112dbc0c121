// The Circle-shaped emulator's second face: one TLS server answering by Host header as Circle's hosts would —
// api.circle.com (the REST API, and the hosted page's session route), pw-auth.circle.com (the hosted PIN UI at /, as
// a hosted web app: session cookie, stylesheet on another host, a cross-origin call to the API host) and the asset
// host. The plain http address keeps serving everything as before. The certificate is handed in: generating one is
// test and rehearsal code (./throwaway-certificate.ts), never reachable from the console's normal start.

import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { ChallengeSteps } from '../challenges/challenge-steps';
import type { FaultRules } from '../controls/fault-rules';
import type { EmulatorCore } from '../emulator-core';
import { CircleApiError } from '../errors/circle-errors';
import { hostedPinStyles } from '../hosted-ui/hosted-pin-styles';
import { registerHostedUiRoutes } from '../hosted-ui/hosted-ui-routes';
import { buildApiServer, type Exchange } from '../http/api-server';
import { circleApiHost, circleEmulatorAssetsHost, circleHostedUiHost, hostHeaderPattern } from './circle-host-names';
import { hostedPageSessionPath, registerHostedPageSessionRoute } from './hosted-page-session-route';
import { HostedPageSessions } from './hosted-page-sessions';

export interface TlsCredentials {
  /** PEM. */
  key: string;
  /** PEM; must cover the three host names. */
  cert: string;
}

export interface CircleHostsServerOptions {
  core: EmulatorCore;
  faults: FaultRules;
  steps: ChallengeSteps;
  tls: TlsCredentials;
  host: string;
  /** Registers the REST API (the same routes as the plain address). */
  registerRestRoutes: (app: FastifyInstance) => void;
  onExchange?: (exchange: Exchange) => void;
}

export interface CircleHostsServer {
  port: number;
  close(): Promise<void>;
}

const stylesheetPath = '/hosted-pin.css';

export async function startCircleHostsServer(options: CircleHostsServerOptions): Promise<CircleHostsServer> {
  const app = buildApiServer({
    core: options.core,
    faults: options.faults,
    onExchange: options.onExchange,
    // Fastify's types tie an instance to http.Server; an https.Server handles requests the same way.
    serverFactory: (handler) => createHttpsServer(options.tls, handler) as unknown as Server,
  });
  const sessions = new HostedPageSessions();
  app.register(async (api) => {
    answerOnlyFor(api, circleApiHost, false);
    options.registerRestRoutes(api);
    registerHostedPageSessionRoute(api, options.core);
  });
  app.register(async (pwAuth) => {
    answerOnlyFor(pwAuth, circleHostedUiHost, true);
    registerHostedUiRoutes(pwAuth, options.steps, () => options.core.behaviour.hostedUiErrors, {
      prefix: '/',
      styles: { stylesheetUrl: `https://${circleEmulatorAssetsHost}${stylesheetPath}` },
      transport: { sessionCheckUrl: `https://${circleApiHost}${hostedPageSessionPath}` },
      connectOrigins: [`https://${circleApiHost}`],
      documentHeaders: () => ({ 'set-cookie': sessions.issue().setCookie }),
      checkApiCall: (request) => {
        if (!sessions.accepts(request.headers.cookie)) {
          throw new CircleApiError(
            401,
            401,
            'The hosted page’s session cookie is missing or unknown: load the page first.',
          );
        }
      },
    });
  });
  app.register(async (assets) => {
    answerOnlyFor(assets, circleEmulatorAssetsHost, true);
    assets.get(stylesheetPath, async (_request, reply) =>
      reply
        .headers({
          'content-type': 'text/css; charset=utf-8',
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        })
        .send(hostedPinStyles),
    );
  });
  await app.listen({ host: options.host, port: 0 });
  return {
    port: (app.server.address() as AddressInfo).port,
    close: () => app.close(),
  };
}

/** Every route registered in `scope` from here on answers only under `host`; asset and page routes need no key. */
function answerOnlyFor(scope: FastifyInstance, host: string, publicRoutes: boolean): void {
  scope.addHook('onRoute', (route) => {
    route.constraints = { ...route.constraints, host: hostHeaderPattern(host) };
    if (publicRoutes) route.config = { ...route.config, publicRoute: true };
  });
}
