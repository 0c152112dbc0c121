// The step rail's words. In an agent's words by default (Account check → Secure session → Customer enters PIN →
// Done); with developer details on, Circle's sequence with each request. Pure: fed the state and the environment.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { isHandedOver } from '../../shared/customer-screen/customer-screen';
import type { ActiveCase, LiveCaseState } from './live-case-state';
import { accountCheckRefusals, isFinished } from './live-case-state';

export type StepState = 'waiting' | 'working' | 'done' | 'failed';

export interface RailStep {
  number: number;
  title: string;
  state: StepState;
  /** What is happening in words (with developer details: the request and what came back). */
  detail: string;
}

type StepId = 'app-id' | 'account' | 'token' | 'challenge' | 'customer' | 'status';

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** How each flow names what the customer does, and the request that creates its challenge. */
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
  executed: {
    challenge: 'your backend',
    customerTitle: 'Customer enters PIN',
    customerDoes: 'The customer works through the challenge in Circle’s window',
  },
} as const;

/** Where a start that failed stopped, by the code main gave. */
function failedStepOf(code: string): StepId {
  if (code === 'app-id-failed') return 'app-id';
  // An executed challenge: the pasted token, then the challenge read with it.
  if (code === 'token-failed' || code === 'token-refused') return 'token';
  if (code === 'challenge-failed') return 'challenge';
  if (accountCheckRefusals.includes(code) || code === 'lookup-failed') return 'account';
  return ['circle-unreachable', 'proxy-failed', 'tls-failed'].includes(code) ? 'account' : 'challenge';
}

const order: StepId[] = ['app-id', 'account', 'token', 'challenge', 'customer', 'status'];

/** An error Circle's window reported, in the agent's words (step-rail.ts passes the agent's guidance). */
export type WindowErrorWords = (code: number) => string;

export function railSteps(
  environment: EnvironmentStatus | null,
  state: LiveCaseState,
  developer: boolean,
  windowErrorWords: WindowErrorWords,
): RailStep[] {
  const flow =
    state.phase === 'active' || state.phase === 'starting' || state.phase === 'start-failed' ? state.flow : 'reset';
  const words = flowWords[flow];
  const steps = new Map<StepId, { title: string; state: StepState; detail: string }>();
  const titles: Record<StepId, string> = {
    'app-id': 'App ID',
    account: 'Account check',
    token: flow === 'executed' ? 'User token' : developer ? 'Session token' : 'Secure session',
    challenge: 'Challenge',
    customer: words.customerTitle,
    status: developer ? 'Status' : 'Result',
  };
  for (const id of order) steps.set(id, { title: titles[id], state: 'waiting', detail: '' });
  const step = (id: StepId) => steps.get(id) as { title: string; state: StepState; detail: string };

  if (developer) describeForDeveloper(environment, state, step, words.challenge);
  if (flow === 'executed') return executedRail(state, step, developer, windowErrorWords);
  if (state.phase === 'starting') {
    step('account').state = 'working';
    step('account').detail = developer
      ? `GET /v1/w3s/users/${state.userId}, then POST /v1/w3s/users/token…`
      : 'Checking the customer’s account…';
  }
  if (state.phase === 'start-failed') {
    const failedAt = failedStepOf(state.error.code);
    for (const id of order.slice(1, order.indexOf(failedAt))) step(id).state = 'done';
    // The agent's "Secure session" stands for the App ID, the token and the challenge.
    const failed = step(developer || failedAt === 'account' ? failedAt : 'token');
    failed.state = 'failed';
    // The reason is in the alert above the rail; the rail adds only what a developer wants besides.
    failed.detail =
      developer && state.error.circle
        ? `Circle code ${state.error.circle.code}, HTTP ${state.error.circle.status}`
        : developer
          ? state.error.code
          : '';
  }
  if (state.phase === 'active') describeActive(state, step, developer, windowErrorWords);
  return shownSteps(step, developer ? order : ['account', 'token', 'customer', 'status']);
}

function shownSteps(step: StepOf, shown: StepId[]): RailStep[] {
  return shown.map((id, index) => ({ number: index + 1, ...step(id) }));
}

/**
 * A challenge made elsewhere: no account check (the developer's backend made the token), the pasted token, the
 * challenge read with it, then the customer and the status as for a reset.
 */
function executedRail(
  state: LiveCaseState,
  step: StepOf,
  developer: boolean,
  windowErrorWords: WindowErrorWords,
): RailStep[] {
  const token = step('token');
  const challenge = step('challenge');
  if (developer) {
    token.detail = 'The user token and encryption key you pasted';
    challenge.detail = 'Made by your backend; read with GET /v1/w3s/user/challenges/{id}';
  }
  if (state.phase === 'starting') {
    token.state = 'working';
    token.detail = developer
      ? 'Checking the pasted token and challenge with GET /v1/w3s/user/challenges/{id}…'
      : 'Checking the pasted challenge…';
  }
  if (state.phase === 'start-failed') {
    const failedAt = failedStepOf(state.error.code) === 'token' ? token : challenge;
    if (failedAt === challenge) token.state = 'done';
    failedAt.state = 'failed';
    failedAt.detail = state.error.circle
      ? `Circle code ${state.error.circle.code}, HTTP ${state.error.circle.status}`
      : state.error.code;
  }
  if (state.phase === 'active') {
    describeActive(state, step, developer, windowErrorWords);
    describeExecuted(state, token, challenge);
  }
  return shownSteps(
    step,
    developer ? ['app-id', 'token', 'challenge', 'customer', 'status'] : ['token', 'challenge', 'customer', 'status'],
  );
}

/** An executed challenge's token and challenge: pasted by the developer, made by their backend. */
function describeExecuted(state: ActiveCase, token: StepOfResult, challenge: StepOfResult): void {
  const user = state.userId === null ? 'a user the token does not name' : state.userId;
  const until = state.session ? ` → valid until ${time(state.session.tokenExpiresAt)}` : '';
  token.detail = `Pasted user token for ${user}${until}`;
  if (state.tokenRefused) {
    token.state = 'failed';
    const code = state.tokenRefused.code === null ? '' : ` (Circle code ${state.tokenRefused.code})`;
    token.detail = `Circle no longer takes the pasted token${code}: paste a new one`;
  }
  const type = state.challengeType ? ` (${state.challengeType})` : '';
  challenge.detail = `Made by your backend → challenge ${state.challengeId}${type}`;
}

type StepOfResult = { title: string; state: StepState; detail: string };
type StepOf = (id: StepId) => StepOfResult;

function describeForDeveloper(
  environment: EnvironmentStatus | null,
  state: LiveCaseState,
  step: StepOf,
  challengeRequest: string,
): void {
  const appId = step('app-id');
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
  const userId = 'userId' in state ? state.userId : '{id}';
  step('account').detail = `GET /v1/w3s/users/${userId}: refuses a start that cannot succeed`;
  step('token').detail = 'POST /v1/w3s/users/token for the customer';
  step('challenge').detail = `${challengeRequest} with a fresh idempotency key`;
  step('status').detail = 'GET /v1/w3s/user/challenges/{id} until it ends';
}

function describeActive(state: ActiveCase, step: StepOf, developer: boolean, windowErrorWords: WindowErrorWords): void {
  step('account').state = 'done';
  step('account').detail = developer ? step('account').detail : 'The account can take this path.';
  const token = step('token');
  token.state = 'done';
  if (developer) {
    token.detail = state.session
      ? `POST /v1/w3s/users/token for ${state.userId} → token valid until ${time(state.session.tokenExpiresAt)}`
      : `POST /v1/w3s/users/token for ${state.userId} → a token main keeps to watch the challenge`;
  } else {
    token.detail = state.session ? `Valid until ${time(state.session.tokenExpiresAt)}` : 'Watching the challenge';
  }
  const challenge = step('challenge');
  challenge.state = 'done';
  challenge.detail =
    state.flow === 'followed'
      ? `Following the customer’s challenge ${state.challengeId}`
      : `${flowWords[state.flow].challenge} → challenge ${state.challengeId}`;
  const finished = isFinished(state.status);
  const outcome: StepState = finished ? (state.status === 'COMPLETE' ? 'done' : 'failed') : 'working';
  const customer = step('customer');
  customer.state = outcome;
  customer.detail =
    state.flow === 'followed'
      ? `${flowWords.followed.customerDoes}.${wrongPinWords(state)}`
      : pinWindowInWords(state, developer, windowErrorWords);
  const status = step('status');
  status.state = finished ? outcome : 'waiting';
  if (developer) {
    const source = state.statusSource === 'notification' ? 'verified notification' : state.statusSource;
    status.state = outcome;
    status.detail = `${state.status}${state.errorCode ? ` (Circle code ${state.errorCode})` : ''} — from ${source}`;
  } else {
    status.detail = finished ? statusInWords[state.status as 'COMPLETE' | 'FAILED' | 'EXPIRED'] : '';
  }
}

const statusInWords = {
  COMPLETE: 'Complete.',
  FAILED: 'It did not complete.',
  EXPIRED: 'It expired before the customer finished.',
} as const;

function wrongPinWords(state: ActiveCase): string {
  const attempts = state.pinAttempts;
  // A completed change clears Circle's count: the tries left before it would be stale.
  if (state.flow === 'recovery' || !attempts || attempts.failedAttempts === 0 || state.status === 'COMPLETE') return '';
  // The try that locked the PIN is not in the last count read: "1 try left" would contradict the lock.
  const code = state.errorCode ?? (state.sdkOutcome?.kind === 'error' ? state.sdkOutcome.code : null);
  if (code === circleErrorCodes.pinLocked) return '';
  const times = `${attempts.failedAttempts} time${attempts.failedAttempts === 1 ? '' : 's'}`;
  const left = `${attempts.attemptsLeft} ${attempts.attemptsLeft === 1 ? 'try' : 'tries'}`;
  return ` Wrong PIN entered ${times}; ${left} left before a 30-minute lock.`;
}

function pinWindowInWords(state: ActiveCase, developer: boolean, windowErrorWords: WindowErrorWords): string {
  const wrong = wrongPinWords(state);
  if (state.refusedPage !== null) return `PIN Desk closed Circle’s PIN window: it tried to open ${state.refusedPage}.`;
  if (state.sdkOutcome?.kind === 'error') return `${sdkOutcomeInWords(state, developer, windowErrorWords)}${wrong}`;
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
      return `${sdkOutcomeInWords(state, developer, windowErrorWords)}${wrong}`;
  }
}

function sdkOutcomeInWords(state: ActiveCase, developer: boolean, windowErrorWords: WindowErrorWords): string {
  const outcome = state.sdkOutcome;
  if (!outcome) return 'The PIN window is closed.';
  switch (outcome.kind) {
    case 'complete':
      return developer ? `Circle’s window reported the challenge ${outcome.status}.` : 'Circle’s window is done.';
    case 'error':
      return developer
        ? `Circle’s window reported error ${outcome.code}: ${outcome.message}`
        : windowErrorWords(outcome.code);
    case 'closed':
      return 'The customer closed the PIN window before finishing.';
    case 'no-handshake':
      return developer
        ? `Circle’s PIN window did not answer (${circleErrorCodes.sdkNetworkError}, network error).`
        : 'Circle’s PIN window did not answer.';
  }
}
