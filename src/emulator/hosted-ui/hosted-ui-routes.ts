// The hosted PIN UI: the page the web SDK's iframe loads, its script and styles, and the JSON calls the page makes to
// run the challenge's steps. No API key: a browser loads all of it. Every call re-checks the user token (the steps do).
// Two places serve it:
// - the emulator's own address, under /pw-auth/ (`https://pw-auth.circle.com/?origin=…` is forwarded there by the
//   console's session on emulator environments): one origin, no cookie;
// - Circle's own host name (the Circle-shaped emulator, over TLS): at /, like a hosted web app — the document sets
//   its session cookie and the page's API calls are refused without it, its stylesheet comes from an asset host,
//   and it checks the user token with the API host (see ../circle-hosts/).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HostedUiErrorMode } from '../behaviour/emulator-behaviour';
import type { ChallengeSteps, StepOutcome } from '../challenges/challenge-steps';
import { circleError } from '../errors/circle-errors';
import { parseBody } from '../http/request-parsing';
import { checkNewPin, checkPinConfirmation, pinProblemCode } from '../rules/pin-policy';
import { type HostedPinPageStyles, hostedPinPage, hostedPinScriptSource, resourceOriginsOf } from './hosted-pin-page';
import { hostedPinStyles } from './hosted-pin-styles';
import type {
  HostedPageTransport,
  HostedPinUiConfig,
  HostedUiEndpoint,
  NewPinCheckReply,
  OpenReply,
  StepReply,
} from './hosted-ui-protocol';

export const hostedUiPrefix = '/pw-auth/';

/** How one copy of the hosted UI is served: where, how its page looks up its styles and API, and its session hooks. */
export interface HostedUiServing {
  /** The path the page is at; its API is at `<prefix>api/…`. */
  prefix: string;
  styles: HostedPinPageStyles;
  transport: HostedPageTransport;
  /** Origins the page may call besides its own. */
  connectOrigins: readonly string[];
  /** Headers the document is answered with besides its own (its session cookie, under Circle's host names). */
  documentHeaders?: () => Record<string, string>;
  /** Runs before every API call; throws (a Circle error) to refuse it. */
  checkApiCall?: (request: FastifyRequest) => void;
}

/** The emulator's own address: under /pw-auth/, styles inline, no other origin. */
export const embeddedHostedUi: HostedUiServing = {
  prefix: hostedUiPrefix,
  styles: { inline: hostedPinStyles },
  transport: { sessionCheckUrl: null },
  connectOrigins: [],
};

/** Shown before the last set-up step when the app set no `securityConfirmItems` of its own. */
export const defaultSecurityConfirmItems = [
  'If I forget my PIN, my security answers are the only way to set a new one.',
  'If I lose both my PIN and my answers, I lose access to my wallet for good: nobody can restore it.',
  'I keep my answers private and will not share them with anyone.',
];

/** Offered when the app set no questions of its own (the SDK's `setCustomSecurityQuestions`). */
export const defaultSecurityQuestions = [
  'What was the name of your first pet?',
  'In which city were you born?',
  'What was the name of your first school?',
  'What is the name of the street you grew up on?',
  "What is your oldest cousin's first name?",
  'What was the make of your first car?',
];

const text = (max: number) => z.string().max(max);
const session = { userToken: text(4096), challengeId: text(200) };
const pin = text(64);
const openBody = z.object({ ...session, appId: text(200), encryptionKey: text(1024) });
const currentPinBody = z.object({ ...session, pin });
const answersBody = z.object({ ...session, answers: z.array(text(1024)).max(10) });
const newPinCheckBody = z.object({ pin, confirmation: pin.optional() });
const newPinBody = z.object({
  ...session,
  pin,
  confirmation: pin,
  securityQuestions: z
    .array(
      z.object({
        question: text(512),
        answer: text(1024),
        hint: text(512).optional(),
        type: z.enum(['TEXT', 'DATE']).optional(),
      }),
    )
    .max(10)
    .optional(),
});

function stepReply(outcome: StepOutcome): StepReply {
  if (outcome.ok) return { ok: true, challenge: { type: outcome.challenge.type, status: outcome.challenge.status } };
  return { ok: false, error: outcome.error.toEnvelope(), challengeFailed: outcome.challengeFailed };
}

/** `errorMode`: read on each page load, so `POST /emulator/behaviour` applies to the next window opened. */
export function registerHostedUiRoutes(
  app: FastifyInstance,
  steps: ChallengeSteps,
  errorMode: () => HostedUiErrorMode,
  serving: HostedUiServing = embeddedHostedUi,
): void {
  // One script per mode, built once: the mode is part of the script, and so of its CSP hash. The page around it
  // (its CSP) also depends on the resource origins the page asked for in its URL.
  const scriptFor = (hostedUiErrors: HostedUiErrorMode, preview = false) => {
    const config: HostedPinUiConfig = {
      defaultSecurityQuestions,
      minimumSecurityQuestions: 2,
      defaultSecurityConfirmItems,
      transport: serving.transport,
      hostedUiErrors,
      ...(preview ? { preview } : {}),
    };
    return hostedPinScriptSource(config);
  };
  const previewScript = scriptFor('inline', true);
  const scripts: Record<HostedUiErrorMode, string> = { report: scriptFor('report'), inline: scriptFor('inline') };
  const plainPages: Record<HostedUiErrorMode, ReturnType<typeof hostedPinPage>> = {
    report: hostedPinPage(scripts.report, serving.styles, serving.connectOrigins),
    inline: hostedPinPage(scripts.inline, serving.styles, serving.connectOrigins),
  };
  const route = (endpoint: HostedUiEndpoint) => `${serving.prefix}${endpoint}`;
  const apiCall = {
    preHandler: (request: FastifyRequest, _reply: unknown, done: (error?: Error) => void) => {
      try {
        serving.checkApiCall?.(request);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  };

  // Relative URLs in the page only resolve under the prefix when the path ends with a slash.
  if (serving.prefix !== '/') {
    app.get(serving.prefix.slice(0, -1), async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.redirect(`${serving.prefix}${query}`, 301);
    });
  }
  app.get(serving.prefix, async (request, reply) => {
    const mode = errorMode();
    const resources = resourceOriginsOf(request.query as Record<string, unknown>);
    const page =
      resources.img.length + resources.font.length === 0
        ? plainPages[mode]
        : hostedPinPage(scripts[mode], serving.styles, serving.connectOrigins, resources);
    return reply
      .headers({ ...page.headers, ...serving.documentHeaders?.(), 'content-type': 'text/html; charset=utf-8' })
      .send(page.html);
  });

  // The same page for a look's preview: its screens answered in the page, so nothing here makes or touches a challenge.
  app.get(`${serving.prefix}preview/`, async (request, reply) => {
    const resources = resourceOriginsOf(request.query as Record<string, unknown>);
    const page = hostedPinPage(previewScript, serving.styles, serving.connectOrigins, resources);
    return reply
      .headers({ ...page.headers, ...serving.documentHeaders?.(), 'content-type': 'text/html; charset=utf-8' })
      .send(page.html);
  });

  app.post(route('api/open'), apiCall, async (request): Promise<OpenReply> => {
    const { challenge, questions } = steps.open(parseBody(openBody, request.body));
    return {
      challenge: { type: challenge.type, status: challenge.status },
      securityQuestions: questions,
      ...(challenge.type === 'CREATE_WALLET' ? { blockchains: challenge.walletRequest?.blockchains ?? [] } : {}),
    };
  });
  app.post(route('api/current-pin'), apiCall, async (request) => {
    const body = parseBody(currentPinBody, request.body);
    return stepReply(await steps.verifyCurrentPin(body, body.pin));
  });
  app.post(route('api/security-answers'), apiCall, async (request) => {
    const body = parseBody(answersBody, request.body);
    return stepReply(await steps.verifyAnswers(body, body.answers));
  });
  app.post(route('api/new-pin-check'), apiCall, async (request): Promise<NewPinCheckReply> => {
    const body = parseBody(newPinCheckBody, request.body);
    const problem =
      checkNewPin(body.pin) ??
      (body.confirmation === undefined ? null : checkPinConfirmation(body.pin, body.confirmation));
    if (!problem) return { ok: true };
    return { ok: false, error: circleError(pinProblemCode[problem]).toEnvelope() };
  });
  app.post(route('api/new-pin'), apiCall, async (request) => {
    const body = parseBody(newPinBody, request.body);
    return stepReply(await steps.completeWithNewPin(body, body.pin, body.confirmation, body.securityQuestions));
  });
  app.post(route('api/confirm-pin'), apiCall, async (request) => {
    const body = parseBody(currentPinBody, request.body);
    return stepReply(await steps.confirmWithPin(body, body.pin));
  });
}
