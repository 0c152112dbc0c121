import { type ChallengeStatus, challengeStatusRank, isTerminalStatus } from '../../shared/circle/circle-records';
import { circleErrorCodes, renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { StartedSession } from '../../shared/customer-screen/customer-screen';
import type {
  ChallengeUpdate,
  ConsoleFlow,
  ExecutedSession,
  FlowKind,
  FollowedChallenge,
  PinAttempts,
  SdkOutcome,
  StatusSource,
} from '../../shared/flows/challenge-flow';

/** Where the hosted PIN UI is, as far as the console can tell. */
export type PinWindow = 'loading' | 'opening' | 'open' | 'closed' | 'gone';

/** The flows the console starts itself, and a challenge made elsewhere that it executes with a pasted token. */
export type StartedFlow = ConsoleFlow | 'executed';

/** Circle no longer takes an executed case's pasted token: the developer must paste another. */
export interface TokenRefusal {
  /** Circle's code (155104 expired, 155105 invalid), or null when main refused before asking Circle. */
  code: number | null;
  message: string;
}

export type LiveCaseState =
  | { phase: 'idle' }
  // `userId` is null while an executed challenge starts: main says whom its token names.
  | { phase: 'starting'; flow: StartedFlow; userId: string | null; attemptId: string }
  | { phase: 'start-failed'; flow: StartedFlow; userId: string | null; attemptId: string; error: IpcError }
  | {
      phase: 'active';
      flow: FlowKind;
      /** Null for an executed challenge whose token names no user Circle knows here. */
      userId: string | null;
      attemptId: string | null;
      caseId: string;
      challengeId: string;
      /**
       * What the web SDK runs with, or the case handed over to the customer screen (no token, no key); null for a
       * followed challenge, which runs in the customer's own app.
       */
      session: StartedSession | null;
      pinWindow: PinWindow;
      status: ChallengeStatus;
      statusSource: StatusSource;
      errorCode: number | null;
      pinAttempts: PinAttempts | null;
      sdkOutcome: SdkOutcome | null;
      /** A problem after the start (a failed resume, a lost window), shown without losing the case. */
      problem: IpcError | null;
      /** An executed challenge's type (CHANGE_PIN, RESTORE_PIN, …); the console's own flows imply theirs. */
      challengeType: string | null;
      /** Set when Circle refused an executed case's pasted token, until a new one is pasted. */
      tokenRefused: TokenRefusal | null;
      /** Where Circle's window tried to go when PIN Desk closed it for leaving Circle's page (a host), until a new session. */
      refusedPage: string | null;
    }
  | { phase: 'follow-failed'; userId: string; error: IpcError }
  | { phase: 'cancelled'; userId: string | null };

export type ActiveCase = Extract<LiveCaseState, { phase: 'active' }>;

export type LiveCaseEvent =
  | { type: 'start'; flow: StartedFlow; userId: string | null; attemptId: string }
  | { type: 'start-failed'; error: IpcError }
  | { type: 'session'; session: StartedSession | ExecutedSession }
  | { type: 'token-refused'; caseId: string; refusal: TokenRefusal }
  /** Main refused a page that is not Circle's in Circle's window, and the window is closed. */
  | { type: 'circle-window-refused'; caseId: string; destination: string }
  | { type: 'followed'; followed: FollowedChallenge }
  | { type: 'follow-failed'; userId: string; error: IpcError }
  | { type: 'pin-window'; pinWindow: PinWindow }
  | { type: 'sdk-outcome'; outcome: SdkOutcome }
  | { type: 'update'; update: ChallengeUpdate }
  | { type: 'problem'; error: IpcError }
  | { type: 'cancelled' }
  | { type: 'clear' };

export function isFinished(status: ChallengeStatus): boolean {
  return isTerminalStatus(status);
}

/** Circle's window refused the token (expired or invalid): the same challenge goes on with a fresh one. */
export function asksForFreshToken(outcome: SdkOutcome): boolean {
  return outcome.kind === 'error' && renewableTokenCodes.includes(outcome.code);
}

/** The challenge ran out of time: EXPIRED, or FAILED with 155121 as Circle reports it. */
export function isExpiry(update: Pick<ChallengeUpdate, 'status' | 'errorCode'>): boolean {
  return (
    update.status === 'EXPIRED' ||
    (update.status === 'FAILED' && update.errorCode === circleErrorCodes.challengeExpired)
  );
}

function fresh(fields: Pick<ActiveCase, 'flow' | 'userId' | 'attemptId' | 'caseId' | 'challengeId' | 'session'>) {
  return {
    flow: fields.flow,
    userId: fields.userId,
    attemptId: fields.attemptId,
    caseId: fields.caseId,
    challengeId: fields.challengeId,
    session: fields.session,
    phase: 'active',
    pinWindow: fields.session ? 'loading' : 'gone',
    status: 'PENDING',
    statusSource: 'start',
    errorCode: null,
    pinAttempts: null,
    sdkOutcome: null,
    problem: null,
    challengeType: null,
    tokenRefused: null,
    refusedPage: null,
  } satisfies ActiveCase;
}

/** An executed case's SDK error that says Circle refused the pasted token, as the prompt for a new one shows it. */
function refusalOf(state: ActiveCase, outcome: SdkOutcome): TokenRefusal | null {
  if (state.flow !== 'executed' || outcome.kind !== 'error' || !renewableTokenCodes.includes(outcome.code)) return null;
  return { code: outcome.code, message: outcome.message };
}

/**
 * After an error the hosted UI stays up (the customer tries again, or reads why it ended); every other outcome takes
 * it away. Each outcome replaces the one before: the guidance follows the latest.
 */
function windowAfter(outcome: SdkOutcome, current: PinWindow): PinWindow {
  if (outcome.kind === 'closed') return 'closed';
  if (outcome.kind === 'error') return current;
  return 'gone';
}

function applyUpdate(state: ActiveCase, update: ChallengeUpdate): LiveCaseState {
  if (update.caseId !== state.caseId) return state;
  if (isFinished(state.status) || challengeStatusRank(update.status) < challengeStatusRank(state.status)) {
    return update.pinAttempts ? { ...state, pinAttempts: update.pinAttempts } : state;
  }
  return {
    ...state,
    status: update.status,
    statusSource: update.source,
    errorCode: update.errorCode,
    pinAttempts: update.pinAttempts ?? state.pinAttempts,
  };
}

export function liveCaseReducer(state: LiveCaseState, event: LiveCaseEvent): LiveCaseState {
  switch (event.type) {
    case 'start':
      return { phase: 'starting', flow: event.flow, userId: event.userId, attemptId: event.attemptId };
    case 'start-failed':
      return state.phase === 'starting' ? { ...state, phase: 'start-failed', error: event.error } : state;
    case 'session': {
      const { session } = event;
      if (state.phase === 'starting') {
        const started = fresh({ ...state, caseId: session.caseId, challengeId: session.challengeId, session });
        // An executed challenge: main says whom the pasted token names, and what kind of challenge it is.
        return 'challengeType' in session
          ? { ...started, userId: session.userId, challengeType: session.challengeType }
          : started;
      }
      // A resumed session: same challenge, perhaps a new token.
      if (state.phase === 'active' && state.caseId === session.caseId) {
        return {
          ...state,
          session,
          pinWindow: 'loading',
          sdkOutcome: null,
          problem: null,
          tokenRefused: null,
          refusedPage: null,
        };
      }
      return state;
    }
    case 'token-refused':
      if (state.phase !== 'active' || state.caseId !== event.caseId || state.flow !== 'executed') return state;
      return { ...state, tokenRefused: event.refusal };
    case 'circle-window-refused':
      if (state.phase !== 'active' || state.caseId !== event.caseId) return state;
      return { ...state, pinWindow: 'closed', refusedPage: event.destination };
    case 'followed': {
      const { followed } = event;
      const started = fresh({
        flow: 'followed',
        userId: followed.userId,
        attemptId: null,
        caseId: followed.caseId,
        challengeId: followed.challenge.id,
        session: null,
      });
      return { ...started, status: followed.challenge.status, errorCode: followed.challenge.errorCode };
    }
    case 'follow-failed':
      return { phase: 'follow-failed', userId: event.userId, error: event.error };
    case 'pin-window':
      return state.phase === 'active' ? { ...state, pinWindow: event.pinWindow } : state;
    case 'sdk-outcome':
      if (state.phase !== 'active') return state;
      return {
        ...state,
        sdkOutcome: event.outcome,
        pinWindow: windowAfter(event.outcome, state.pinWindow),
        tokenRefused: refusalOf(state, event.outcome) ?? state.tokenRefused,
      };
    case 'update':
      return state.phase === 'active' ? applyUpdate(state, event.update) : state;
    case 'problem':
      if (state.phase !== 'active') return state;
      // Main refused to reopen an executed case on a token it knows is dead: the prompt for a new one says why.
      if (state.flow === 'executed' && event.error.code === 'token-refused') {
        return { ...state, problem: event.error, tokenRefused: { code: null, message: event.error.message } };
      }
      return { ...state, problem: event.error };
    case 'cancelled':
      return 'userId' in state ? { phase: 'cancelled', userId: state.userId } : state;
    case 'clear':
      return { phase: 'idle' };
  }
}

/**
 * Refusals main makes from the user's state (the account check): the same start fails the same way until something
 * changes, so no Retry is offered for them.
 */
export const accountCheckRefusals: readonly string[] = [
  'unknown-user',
  'account-disabled',
  'pin-not-set',
  'pin-locked',
  'no-security-questions',
  'answers-locked',
  'confirmation-mismatch',
  'invalid-attempt',
];

/** A case is starting, or its challenge has not ended: the customer is mid-way, so the User ID is fixed. */
export function isRunning(state: LiveCaseState): boolean {
  return state.phase === 'starting' || (state.phase === 'active' && !isFinished(state.status));
}

/** What the agent can do next, decided from the state alone. */
export interface LiveCaseChoices {
  retryStart: boolean;
  resume: boolean;
  freshChallenge: boolean;
  cancel: boolean;
  /** Put the ended case away (the customer stays on screen, ready for another path). */
  close: boolean;
}

/** Why main refused a pasted challenge: pasting the same again cannot help, so there is no Retry. */
const executedRefusals: readonly string[] = [
  'token-refused',
  'unknown-challenge',
  'unknown-user',
  'challenge-ended',
  'invalid-token',
  'invalid-input',
];

const nothing: LiveCaseChoices = {
  retryStart: false,
  resume: false,
  freshChallenge: false,
  cancel: false,
  close: false,
};

export function liveCaseChoices(state: LiveCaseState): LiveCaseChoices {
  if (state.phase === 'start-failed') {
    const refused = (state.flow === 'executed' ? executedRefusals : accountCheckRefusals).includes(state.error.code);
    return { ...nothing, retryStart: !refused, close: true };
  }
  if (state.phase === 'follow-failed' || state.phase === 'cancelled') return { ...nothing, close: true };
  if (state.phase !== 'active') return nothing;
  const finished = isFinished(state.status);
  if (state.flow === 'followed') return { ...nothing, cancel: !finished, close: finished };
  const windowDown =
    state.pinWindow === 'closed' || (state.pinWindow === 'gone' && state.sdkOutcome?.kind !== 'complete');
  // Circle's window left Circle's page: it is not reopened on this challenge, a fresh one is started.
  const reopenable = !finished && windowDown && state.refusedPage === null;
  // An executed challenge was made elsewhere: the console cannot make a fresh one, nor reopen on a refused token.
  if (state.flow === 'executed') {
    return { ...nothing, resume: reopenable && !state.tokenRefused, cancel: !finished, close: finished };
  }
  return {
    retryStart: false,
    resume: reopenable,
    freshChallenge: (finished && state.status !== 'COMPLETE') || (!finished && windowDown),
    cancel: !finished,
    close: finished,
  };
}
