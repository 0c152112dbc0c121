import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import { CircleCallError } from '../circle/circle-call-error';
import { HandlerFailure } from '../ipc/handler-failure';

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
 * TLS failure gets its own again, since the fix is the desk's proxy or IT, not the cable.
 */
export function flowFailure(step: FlowStep, error: unknown): HandlerFailure {
  if (error instanceof HandlerFailure) return error;
  if (error instanceof CircleCallError && error.kind === 'circle' && error.circle) {
    const guidance = agentGuidance(error.circle.code);
    return new HandlerFailure(
      `${step}-failed`,
      `Circle refused ${stepInWords[step]} (${error.circle.code}): ${guidance.whatHappened}`,
      error.circle,
    );
  }
  if (error instanceof CircleCallError && error.transport === 'proxy') {
    return new HandlerFailure(
      'proxy-failed',
      `The network proxy stopped PIN Desk reaching Circle while ${stepInWords[step]} (${error.networkCode ?? 'proxy error'}). Check this computer's proxy settings, or ask IT to let PIN Desk reach Circle's API.`,
    );
  }
  if (error instanceof CircleCallError && error.transport === 'tls') {
    return new HandlerFailure(
      'tls-failed',
      `PIN Desk could not verify the secure connection to Circle while ${stepInWords[step]} (${error.networkCode ?? 'TLS error'}). A proxy that inspects encrypted traffic, or a wrong date and time on this computer, is the usual cause: ask IT.`,
    );
  }
  if (error instanceof CircleCallError && error.kind === 'network') {
    return new HandlerFailure(
      'circle-unreachable',
      `PIN Desk could not reach Circle while ${stepInWords[step]} (${error.networkCode ?? 'network error'}). Check the connection and try again.`,
    );
  }
  return new HandlerFailure(
    `${step}-failed`,
    `Something unexpected went wrong while ${stepInWords[step]}${error instanceof CircleCallError ? `: ${error.message}` : '.'}`,
  );
}
