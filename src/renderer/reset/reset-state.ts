import type { ChallengeStatus } from '../../shared/circle/circle-records';
import type { IpcError } from '../../shared/contract/ipc-result';
import type {
  ChallengeSession,
  ChallengeUpdate,
  PinAttempts,
  SdkOutcome,
  StatusSource,
} from '../../shared/flows/challenge-flow';

/** Where the hosted PIN UI is, as far as the console can tell. */
export type PinWindow = 'loading' | 'opening' | 'open' | 'closed' | 'gone';

export type ResetState =
  | { phase: 'idle' }
  | { phase: 'starting'; userId: string; attemptId: string }
  | { phase: 'start-failed'; userId: string; attemptId: string; error: IpcError }
  | {
      phase: 'active';
      userId: string;
      attemptId: string;
      session: ChallengeSession;
      pinWindow: PinWindow;
      status: ChallengeStatus;
      statusSource: StatusSource;
      errorCode: number | null;
      pinAttempts: PinAttempts | null;
      sdkOutcome: SdkOutcome | null;
      /** A problem after the start (a failed resume, a lost window), shown without losing the case. */
      problem: IpcError | null;
    }
  | { phase: 'cancelled'; userId: string };

export type ActiveReset = Extract<ResetState, { phase: 'active' }>;

export type ResetEvent =
  | { type: 'start'; userId: string; attemptId: string }
  | { type: 'start-failed'; error: IpcError }
  | { type: 'session'; session: ChallengeSession }
  | { type: 'pin-window'; pinWindow: PinWindow }
  | { type: 'sdk-outcome'; outcome: SdkOutcome }
  | { type: 'update'; update: ChallengeUpdate }
  | { type: 'problem'; error: IpcError }
  | { type: 'cancelled' }
  | { type: 'clear' };

const statusRank: Record<ChallengeStatus, number> = { PENDING: 0, IN_PROGRESS: 1, COMPLETE: 2, FAILED: 2, EXPIRED: 2 };

export function isFinished(status: ChallengeStatus): boolean {
  return statusRank[status] === 2;
}

export function resetReducer(state: ResetState, event: ResetEvent): ResetState {
  switch (event.type) {
    case 'start':
      return { phase: 'starting', userId: event.userId, attemptId: event.attemptId };
    case 'start-failed':
      return state.phase === 'starting' ? { ...state, phase: 'start-failed', error: event.error } : state;
    case 'session':
      if (state.phase === 'starting') {
        return {
          phase: 'active',
          userId: state.userId,
          attemptId: state.attemptId,
          session: event.session,
          pinWindow: 'loading',
          status: 'PENDING',
          statusSource: 'start',
          errorCode: null,
          pinAttempts: null,
          sdkOutcome: null,
          problem: null,
        };
      }
      // A resumed session: same challenge, perhaps a new token.
      if (state.phase === 'active' && state.session.caseId === event.session.caseId) {
        return { ...state, session: event.session, pinWindow: 'loading', sdkOutcome: null, problem: null };
      }
      return state;
    case 'pin-window':
      return state.phase === 'active' ? { ...state, pinWindow: event.pinWindow } : state;
    case 'sdk-outcome':
      if (state.phase !== 'active') return state;
      return { ...state, sdkOutcome: event.outcome, pinWindow: windowAfter(event.outcome, state.pinWindow) };
    case 'update': {
      if (state.phase !== 'active' || event.update.caseId !== state.session.caseId) return state;
      if (isFinished(state.status) || statusRank[event.update.status] < statusRank[state.status]) {
        return event.update.pinAttempts ? { ...state, pinAttempts: event.update.pinAttempts } : state;
      }
      return {
        ...state,
        status: event.update.status,
        statusSource: event.update.source,
        errorCode: event.update.errorCode,
        pinAttempts: event.update.pinAttempts ?? state.pinAttempts,
      };
    }
    case 'problem':
      return state.phase === 'active' ? { ...state, problem: event.error } : state;
    case 'cancelled':
      return 'userId' in state ? { phase: 'cancelled', userId: state.userId } : state;
    case 'clear':
      return { phase: 'idle' };
  }
}

/** After an error the hosted UI stays up to show the customer why; every other outcome takes it away. */
function windowAfter(outcome: SdkOutcome, current: PinWindow): PinWindow {
  if (outcome.kind === 'closed') return 'closed';
  if (outcome.kind === 'error') return current;
  return 'gone';
}

/** What the agent can do next, decided from the state alone. */
export interface ResetChoices {
  retryStart: boolean;
  resume: boolean;
  freshChallenge: boolean;
  cancel: boolean;
}

export function resetChoices(state: ResetState): ResetChoices {
  if (state.phase === 'start-failed') return { retryStart: true, resume: false, freshChallenge: false, cancel: false };
  if (state.phase !== 'active') return { retryStart: false, resume: false, freshChallenge: false, cancel: false };
  const finished = isFinished(state.status);
  const windowDown =
    state.pinWindow === 'closed' || (state.pinWindow === 'gone' && state.sdkOutcome?.kind !== 'complete');
  return {
    retryStart: false,
    resume: !finished && windowDown,
    freshChallenge: (finished && state.status !== 'COMPLETE') || (!finished && windowDown),
    cancel: !finished,
  };
}
