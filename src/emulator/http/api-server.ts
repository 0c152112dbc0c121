// The emulator's HTTP face: Fastify with Circle's conventions applied to every route — API-key auth, the error
// envelope for every failure (including bad JSON, oversize bodies and unknown routes), X-Request-Id, optional rate
// limits and injected faults. Routes themselves live in ./routes.
import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerFactory,
} from 'fastify';
import { authenticateApiKey } from '../auth/api-key';
import type { FaultRule, FaultRules } from '../controls/fault-rules';
import type { EmulatorCore } from '../emulator-core';
import { CircleApiError, circleErrorRow, fieldError } from '../errors/circle-errors';
import { badRequest, internalError, notFound, payloadTooLarge, tooManyRequests } from '../errors/http-errors';
import { createRateLimiter } from './rate-limiter';

/** One request and its answer, for observers (tests validate every body against Circle's OpenAPI files). */
export interface Exchange {
  method: string;
  url: string;
  /** The matched route pattern, e.g. `/v1/w3s/users/:id`; undefined for unknown routes. */
  route: string | undefined;
  status: number;
  body: string;
  /** The X-Request-Id the answer carried. */
  requestId: string;
}

export interface ApiServerOptions {
  core: EmulatorCore;
  faults: FaultRules;
  onExchange?: (exchange: Exchange) => void;
  /** Another server than plain http (the Circle-shaped emulator's TLS server). */
  serverFactory?: FastifyServerFactory;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Callable without an API key (a browser loads it). */
    publicRoute?: boolean;
  }
}

/**
 * Routes anyone may call without an API key: the health check, the hosted PIN UI and the control page (a browser loads
 * them; the control page asks for the key and sends it with every call it makes), and routes marked public.
 */
const publicRoutes = new Set(['/ping', '/']);
const isPublicRoute = (request: FastifyRequest, route: string) =>
  publicRoutes.has(route) ||
  route === '/pw-auth' ||
  route.startsWith('/pw-auth/') ||
  request.routeOptions.config.publicRoute === true;
const requestIdPattern = /^[\x21-\x7e]{1,128}$/;

/** An injected fault: latency first, then a dropped connection or Circle's error envelope. */
async function applyFault(request: FastifyRequest, reply: FastifyReply, fault: FaultRule): Promise<void> {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.drop) {
    reply.hijack();
    request.raw.socket.destroy();
    return;
  }
  if (fault.status !== undefined) {
    const code = fault.code ?? fault.status;
    const message = fault.message ?? circleErrorRow(code)?.message ?? 'Injected fault.';
    throw new CircleApiError(fault.status, code, message);
  }
}

export function toCircleApiError(error: unknown): CircleApiError {
  if (error instanceof CircleApiError) return error;
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return payloadTooLarge();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return fieldError('invalid-json');
  }
  // Fastify's JSON parser raises plain SyntaxErrors (with statusCode 400) for malformed or poisoned bodies.
  if (error instanceof SyntaxError) return fieldError('invalid-json');
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return badRequest();
  }
  return internalError();
}

export function sendCircleError(reply: FastifyReply, error: CircleApiError): FastifyReply {
  return reply.code(error.status).send(error.toEnvelope());
}

export function buildApiServer({ core, faults, onExchange, serverFactory }: ApiServerOptions): FastifyInstance {
  const app = Fastify({
    ...(serverFactory ? { serverFactory } : {}),
    logger: false,
    bodyLimit: core.settings.bodyLimitBytes,
    routerOptions: { maxParamLength: 200 },
    forceCloseConnections: true,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const rateLimiter = createRateLimiter();

  // An empty body is "no fields" (the SDK sends a JSON content type even on DELETE), not a parse error.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else parseJson(request, body as string, done);
  });

  // Callback-style hooks: every request passes through these, and a promise per hook per request costs more than
  // the status read itself (measured with npm run bench:emulator).
  app.addHook('onRequest', (request, reply, done) => {
    const sent = request.headers['x-request-id'];
    reply.header('X-Request-Id', typeof sent === 'string' && requestIdPattern.test(sent) ? sent : randomUUID());
    done();
  });

  app.addHook('onRequest', (request, reply, done) => {
    const path = request.url.split('?')[0] ?? '';
    const fault = path.startsWith('/emulator/') ? undefined : faults.take(request.method, path);
    if (!fault) return done();
    applyFault(request, reply, fault).then(() => done(), done);
  });

  app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    const route = request.routeOptions.url;
    if (route === undefined || isPublicRoute(request, route)) return done();
    try {
      const apiKey = authenticateApiKey(request.headers.authorization, core.settings.acceptedApiKeys);
      if (core.settings.rateLimits && !route.startsWith('/emulator/')) {
        if (!rateLimiter.admit(apiKey, request.method, route)) throw tooManyRequests();
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  });

  if (onExchange) {
    app.addHook('onSend', async (request, reply, payload) => {
      onExchange({
        method: request.method,
        url: request.url,
        route: request.routeOptions.url,
        status: reply.statusCode,
        body: typeof payload === 'string' ? payload : '',
        requestId: String(reply.getHeader('X-Request-Id') ?? ''),
      });
      return payload;
    });
  }

  app.setErrorHandler((error, _request, reply) => {
    const circle = toCircleApiError(error);
    if (circle.status >= 500 && !(error instanceof CircleApiError)) console.error('[emulator] unexpected error', error);
    if (circle.status === 429) reply.header('Retry-After', '1');
    return sendCircleError(reply, circle);
  });

  app.setNotFoundHandler((_request, reply) => sendCircleError(reply, notFound()));

  return app;
}
