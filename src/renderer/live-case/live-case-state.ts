import { type ChallengeStatus, challengeStatusRank, isTerminalStatus } from '../../shared/circle/circle-records';
import { circleErrorCodes, renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { StartedSession } from '../../shared/customer-screen/customer-screen';
import type {
  ChallengeUpdate,
  ConsoleFlow,
  FlowKind,
  FollowedChallenge,
  PinAttempts,
  SdkOutcome,
  StatusSource,
} from '../../shared/flows/challenge-flow';

/** Where the hosted PIN UI is, as far as the console can tell. */
export type PinWindow = 'loading' | 'opening' | 'open' | 'closed' | 'gone';

export type LiveCaseState =
  | { phase: 'idle' }
  | { phase: 'starting'; flow: ConsoleFlow; userId: string; attemptId: string }
  | { phase: 'start-failed'; flow: ConsoleFlow; userId: string; attemptId: string; error: IpcError }
  | {
      phase: 'active';
      flow: FlowKind;
      userId: string;
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
    }
  | { phase: 'follow-failed'; userId: string; error: IpcError }
  | { phase: 'cancelled'; userId: string };

export type ActiveCase = Extract<LiveCaseState, { phase: 'active' }>;

export type LiveCaseEvent =
  | { type: 'start'; flow: ConsoleFlow; userId: string; attemptId: string }
  | { type: 'start-failed'; error: IpcError }
  | { type: 'session'; session: StartedSession }
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
  } satisfies ActiveCase;
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
        return fresh({ ...state, caseId: session.caseId, challengeId: session.challengeId, session });
      }
      // A resumed session: same challenge, perhaps a new token.
      if (state.phase === 'active' && state.caseId === session.caseId) {
        return { ...state, session, pinWindow: 'loading', sdkOutcome: null, problem: null };
      }
      return state;
    }
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
      return { ...state, sdkOutcome: event.outcome, pinWindow: windowAfter(event.outcome, state.pinWindow) };
    case 'update':
      return state.phase === 'active' ? applyUpdate(state, event.update) : state;
    case 'problem':
      return state.phase === 'active' ? { ...state, problem: event.error } : state;
    case 'cancelled':
      return 'userId' in state ? { phase: 'cancelled', userId: state.userId } : state;
    case 'clear':
      return { phase: 'idle' };
  }
}

/** What the agent can do next, decided from the state alone. */
export interface LiveCaseChoices {
  retryStart: boolean;
  resume: boolean;
  freshChallenge: boolean;
  cancel: boolean;
}

export function liveCaseChoices(state: LiveCaseState): LiveCaseChoices {
  if (state.phase === 'start-failed') return { retryStart: true, resume: false, freshChallenge: false, cancel: false };
  if (state.phase !== 'active') return { retryStart: false, resume: false, freshChallenge: false, cancel: false };
  const finished = isFinished(state.status);
  if (state.flow === 'followed') return { retryStart: false, resume: false, freshChallenge: false, cancel: !finished };
  const windowDown =
    state.pinWindow === 'closed' || (state.pinWindow === 'gone' && state.sdkOutcome?.kind !== 'complete');
  return {
    retryStart: false,
    resume: !finished && windowDown,
    freshChallenge: (finished && state.status !== 'COMPLETE') || (!finished && windowDown),
    cancel: !finished,
  };
}
