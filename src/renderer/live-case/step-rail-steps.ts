import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { isHandedOver } from '../../shared/customer-screen/customer-screen';
import type { ActiveCase, LiveCaseState } from './live-case-state';
import { isFinished } from './live-case-state';

export type StepState = 'waiting' | 'working' | 'done' | 'failed';

export interface RailStep {
  number: number;
  title: string;
  state: StepState;
  /** The request in words and what came back. */
  detail: string;
}

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

const failedStepOfCode: Record<string, number> = {
  'app-id-failed': 1,
  'unknown-user': 2,
  'account-disabled': 2,
  'pin-not-set': 2,
  'pin-locked': 2,
  'no-security-questions': 2,
  'answers-locked': 2,
  'lookup-failed': 2,
  'token-failed': 2,
  'challenge-failed': 3,
};

/** How each flow names its steps: the request that creates the challenge, and what the customer does. */
const flowWords = {
  reset: {
    challenge: 'PUT /v1/w3s/user/pin',
    customerTitle: 'Customer enters PIN',
    customerDoes: 'The customer types their current and new PIN in Circle’s window',
  },
  recovery: {
    challenge: 'POST /v1/w3s/user/pin/restore',
    customerTitle: 'Customer answers and sets a PIN',
    customerDoes: 'The customer answers their security questions, then sets a new PIN in Circle’s window',
  },
  followed: {
    challenge: 'the customer’s own app',
    customerTitle: 'Customer works in their app',
    customerDoes: 'The customer runs the challenge in their own wallet app; you never ask for the PIN',
  },
} as const;

/** Circle's sequence, one line per step, mirroring Circle's own guide. */
export function stepRail(environment: EnvironmentStatus | null, state: LiveCaseState): RailStep[] {
  const flow =
    state.phase === 'active' || state.phase === 'starting' || state.phase === 'start-failed' ? state.flow : 'reset';
  const words = flowWords[flow];
  const titles = ['App ID', 'Session token', 'Challenge', words.customerTitle, 'Status'];
  const steps: RailStep[] = titles.map((title, index) => ({ number: index + 1, title, state: 'waiting', detail: '' }));
  const [appId, token, challenge, customer, status] = steps as [RailStep, RailStep, RailStep, RailStep, RailStep];

  if (environment?.appId) {
    appId.state = 'done';
    appId.detail = `GET /v1/w3s/config/entity → App ID ${environment.appId}`;
  } else if (environment?.appIdProblem) {
    appId.state = 'failed';
    appId.detail = environment.appIdProblem.message;
  } else {
    appId.state = 'working';
    appId.detail = 'Fetching the App ID from GET /v1/w3s/config/entity…';
  }
  token.detail = 'POST /v1/w3s/users/token for the customer';
  challenge.detail = `${words.challenge} with a fresh idempotency key`;
  customer.detail = words.customerDoes;
  status.detail = 'GET /v1/w3s/user/challenges/{id} until it ends';

  if (state.phase === 'starting') {
    token.state = 'working';
    token.detail = `Checking user ${state.userId}, then POST /v1/w3s/users/token…`;
  }
  if (state.phase === 'start-failed') {
    const unreachable = ['circle-unreachable', 'proxy-failed', 'tls-failed'].includes(state.error.code);
    const failedAt = failedStepOfCode[state.error.code] ?? (unreachable ? 2 : 3);
    for (const step of steps.slice(1, failedAt - 1)) step.state = 'done';
    const failed = steps[failedAt - 1];
    if (failed) {
      failed.state = 'failed';
      failed.detail = state.error.circle
        ? `${state.error.message} (Circle code ${state.error.circle.code}, HTTP ${state.error.circle.status})`
        : state.error.message;
    }
  }
  if (state.phase === 'active') describeActive(state, { token, challenge, customer, status });
  return steps;
}

function describeActive(
  state: ActiveCase,
  steps: { token: RailStep; challenge: RailStep; customer: RailStep; status: RailStep },
): void {
  const { token, challenge, customer, status } = steps;
  token.state = 'done';
  token.detail = state.session
    ? `POST /v1/w3s/users/token for ${state.userId} → token valid until ${time(state.session.tokenExpiresAt)}`
    : `POST /v1/w3s/users/token for ${state.userId} → a token main keeps to watch the challenge`;
  challenge.state = 'done';
  challenge.detail =
    state.flow === 'followed'
      ? `Following the customer’s challenge ${state.challengeId}`
      : `${flowWords[state.flow].challenge} → challenge ${state.challengeId}`;
  const finished = isFinished(state.status);
  const outcome: StepState = finished ? (state.status === 'COMPLETE' ? 'done' : 'failed') : 'working';
  customer.state = outcome;
  customer.detail = state.flow === 'followed' ? flowWords.followed.customerDoes : pinWindowInWords(state);
  status.state = outcome;
  const source = state.statusSource === 'notification' ? 'verified notification' : state.statusSource;
  status.detail = `${state.status}${state.errorCode ? ` (Circle code ${state.errorCode})` : ''} — from ${source}`;
}

function pinWindowInWords(state: ActiveCase): string {
  const attempts = state.pinAttempts;
  const wrong =
    state.flow === 'reset' && attempts && attempts.failedAttempts > 0
      ? ` Wrong PIN entered ${attempts.failedAttempts} time${attempts.failedAttempts === 1 ? '' : 's'}; ${attempts.attemptsLeft} ${attempts.attemptsLeft === 1 ? 'try' : 'tries'} left before a 30-minute lock.`
      : '';
  if (state.sdkOutcome?.kind === 'error') return `${sdkOutcomeInWords(state)}${wrong}`;
  const there = state.session && isHandedOver(state.session) ? ' on the customer’s screen' : '';
  switch (state.pinWindow) {
    case 'loading':
      return `Loading Circle’s PIN window${there}…${wrong}`;
    case 'opening':
      return `Waiting for Circle’s PIN window to open${there}…${wrong}`;
    case 'open':
      return `Circle’s PIN window is open${there}: the customer is typing (you never see what they type).${wrong}`;
    case 'closed':
      return `The customer closed the PIN window before finishing.${wrong}`;
    case 'gone':
      return `${sdkOutcomeInWords(state)}${wrong}`;
  }
}

function sdkOutcomeInWords(state: ActiveCase): string {
  const outcome = state.sdkOutcome;
  if (!outcome) return 'The PIN window is closed.';
  switch (outcome.kind) {
    case 'complete':
      return `Circle’s window reported the challenge ${outcome.status}.`;
    case 'error':
      return `Circle’s window reported error ${outcome.code}: ${outcome.message}`;
    case 'closed':
      return 'The customer closed the PIN window before finishing.';
    case 'no-handshake':
      return `Circle’s PIN window did not answer (${circleErrorCodes.sdkNetworkError}, network error).`;
  }
}
