import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { CircleCallError } from '../circle/circle-call-error';
import { AgentFailure } from './agent-failure';

/** The step of Circle's sequence a failure happened in; the error code the renderer sees names it. */
export type FlowStep = 'lookup' | 'app-id' | 'token' | 'challenge' | 'status';

const stepInWords: Record<FlowStep, string> = {
  lookup: 'looking up the customer',
  'app-id': 'fetching the App ID',
  token: 'getting a session token',
  challenge: 'creating the challenge',
  status: 'reading the challenge status',
};

/**
 * Turns a failed Circle call into what the agent sees: which step failed, in words, with Circle's code and
 * status when Circle answered. Network trouble gets its own code so the UI can say "check the connection"; a proxy or
 * TLS failure gets its own again, since the fix is the desk's proxy or IT, not the cable; so does a redirect the base
 * URL answered with, which no call follows (the fix is the base URL, or what sits in front of Circle).
 */
export function flowFailure(step: FlowStep, error: unknown): AgentFailure {
  if (error instanceof AgentFailure) return error;
  if (error instanceof CircleCallError && error.kind === 'circle' && error.circle) {
    return new AgentFailure(`${step}-failed`, circleAnswerInWords(step, error.circle), error.circle, error.requestId);
  }
  if (error instanceof CircleCallError && error.transport === 'proxy') {
    return new AgentFailure(
      'proxy-failed',
      `The network proxy stopped PIN Desk reaching Circle while ${stepInWords[step]} (${error.networkCode ?? 'proxy error'}). Check this computer's proxy settings, or ask IT to let PIN Desk reach Circle's API.`,
    );
  }
  if (error instanceof CircleCallError && error.transport === 'tls') {
    return new AgentFailure(
      'tls-failed',
      `PIN Desk could not verify the secure connection to Circle while ${stepInWords[step]} (${error.networkCode ?? 'TLS error'}). A proxy that inspects encrypted traffic, or a wrong date and time on this computer, is the usual cause: ask IT.`,
    );
  }
  if (error instanceof CircleCallError && error.kind === 'redirect') {
    // Nothing was sent to the redirect's target; what answered with it is the base URL, or something in front of it.
    return new AgentFailure(
      'redirect-refused',
      `PIN Desk stopped while ${stepInWords[step]}: ${error.message} Check the environment's base URL in Settings, or ask IT whether something in front of Circle's API redirects it.`,
    );
  }
  if (error instanceof CircleCallError && error.kind === 'network') {
    return new AgentFailure(
      'circle-unreachable',
      `PIN Desk could not reach Circle while ${stepInWords[step]} (${error.networkCode ?? 'network error'}). Check the connection and try again.`,
    );
  }
  return new AgentFailure(
    `${step}-failed`,
    `Something unexpected went wrong while ${stepInWords[step]}${error instanceof CircleCallError ? `: ${error.message}` : '.'}`,
  );
}

/**
 * What Circle's error answer means for the agent: busy (429) and trouble on Circle's side (5xx) are passing, and said
 * as such once, without a code table's words for a code Circle never sent; anything else is Circle refusing, with why.
 */
function circleAnswerInWords(step: FlowStep, circle: { code: number; status: number }): string {
  if (circle.status === 429) {
    return `Circle was too busy to answer while ${stepInWords[step]}, even after PIN Desk waited and asked again.`;
  }
  if (circle.status >= 500) return `Circle had a problem on its side while ${stepInWords[step]}.`;
  return `Circle refused ${stepInWords[step]} (${circle.code}): ${agentGuidance(circle.code).whatHappened}`;
}

/** A failed call about one user: Circle's "no such user" in the agent's words, anything else as the step's failure. */
export function userCallFailure(step: FlowStep, userId: string, error: unknown): AgentFailure {
  if (error instanceof CircleCallError && error.isCircleCode(circleErrorCodes.userNotFound)) {
    return new AgentFailure(
      'unknown-user',
      `Circle has no user "${userId}" in this environment.`,
      error.circle,
      error.requestId,
    );
  }
  return flowFailure(step, error);
}

/** A failure as the case log's error entry, so every flow records one the same way. */
export function failureEntry(step: FlowStep, failure: AgentFailure) {
  return {
    type: 'error',
    step,
    code: failure.code,
    message: failure.message,
    ...(failure.circle ? { circle: failure.circle } : {}),
  } as const;
}
