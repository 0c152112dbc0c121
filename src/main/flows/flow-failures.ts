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
 * status when Circle answered. Network trouble gets its own code so the UI can say "check the connection".
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
