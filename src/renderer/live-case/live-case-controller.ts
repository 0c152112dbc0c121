import type { Dispatch } from 'react';
import type { CircleWindowRefused } from '../../shared/contract/circle-window-refusal';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { CustomerScreenEvent, StartedSession } from '../../shared/customer-screen/customer-screen';
import { isHandedOver } from '../../shared/customer-screen/customer-screen';
import type { ChallengeSession, ConsoleFlow, SdkOutcome } from '../../shared/flows/challenge-flow';
import type { RecommendationChoice } from '../../shared/lookup/path-recommendation';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import { type CircleWindow, prepareCircleWindow } from '../circle-window/circle-window';
import { planCircleWindowRefusal } from './circle-window-refusal';
import { liveCaseEventsOf } from './customer-screen-events';
import { asksForFreshToken, type LiveCaseEvent, type LiveCaseState, type StartedFlow } from './live-case-state';

export interface StartContext {
  confirmedUserId?: string | undefined;
  recommendation?: RecommendationChoice;
  /** The customer's language: Circle's window speaks it, and the case log records it. */
  language?: CustomerLanguage;
}

/** What a developer pastes to execute a challenge their backend made (Circle's guide, step 4). */
export interface PastedChallenge {
  userToken: string;
  encryptionKey: string;
  challengeId: string;
}

export interface LiveCaseActions {
  /** `confirmedUserId`: on Circle mainnet, the user ID typed a second time; `recommendation`: for the case log. */
  start(flow: ConsoleFlow, userId: string, context?: StartContext): void;
  follow(userId: string, challengeId: string): void;
  /** Runs a challenge made elsewhere with the pasted token and key, in Circle's window like a reset. */
  execute(pasted: PastedChallenge): void;
  /** A new token and key for the executed case whose token Circle refused; reopens its challenge with them. */
  replaceToken(pasted: Omit<PastedChallenge, 'challengeId'>): void;
  retryStart(): void;
  resume(): void;
  freshChallenge(): void;
  cancel(): void;
  /**
   * Puts the case away and returns to no case: main forgets it (an unfinished one is cancelled, an ended one keeps
   * its outcome). "Close case", "New customer" and a new User ID all end here.
   */
  closeCase(): Promise<void>;
  /** Takes Circle's window away (an expired challenge leaves the customer nothing to do in it). */
  closeWindow(): void;
  /** What happened on the customer screen, where Circle's window runs when it is on. */
  fromCustomerScreen(event: CustomerScreenEvent): void;
  /** Main refused a page that is not Circle's in Circle's window (here or on the customer screen). */
  circleWindowRefused(refusal: CircleWindowRefused): void;
  dispose(): void;
}

/**
 * The flows' effects — main's channels, the web SDK run, main's challenge updates — as one controller made once
 * per view. It reads the latest state through `current()`, so no callback ever acts on a stale state.
 */
export function createLiveCaseController(
  dispatch: Dispatch<LiveCaseEvent>,
  current: () => LiveCaseState,
  /** Whether Circle's window runs on the customer screen (true while that is not known yet). */
  onCustomerScreen: () => boolean = () => false,
): LiveCaseActions {
  const bridge = pinDeskBridge();
  let pinWindow: CircleWindow | null = null;
  /** The latest request for a window: an answer to an earlier one is for a case the agent has moved on from. */
  let latest: object | null = null;
  /** The agent's retyped user ID (Circle mainnet) and the recommendation, kept for retries of the same customer. */
  let context: StartContext = {};
  /** The last pasted challenge, kept (in memory, never in the form) only so Retry can send it again. */
  let pasted: PastedChallenge | null = null;

  /**
   * Circle's window starts loading as soon as the agent acts, while main makes its calls; it runs once main answers
   * with the session. An answer for a window the agent has since moved on from cancels that case in main.
   * The seam with the customer screen: when it is on, Circle's window never loads here — main hands the session to the
   * customer window and answers without the token or the key, and what happens there comes as customer screen events.
   * An executed case (`runsHere`) always runs here: its token and key were pasted in this window.
   */
  const openWindow = async (
    request: () => Promise<StartedSession>,
    failed: (error: IpcError) => LiveCaseEvent,
    runsHere = !onCustomerScreen(),
  ) => {
    pinWindow?.dispose();
    const attempt = {};
    latest = attempt;
    const opening = runsHere ? prepareCircleWindow() : null;
    pinWindow = opening;
    let session: StartedSession;
    try {
      session = await request();
    } catch (error) {
      opening?.dispose();
      if (latest === attempt) pinWindow = null;
      dispatch(failed(ipcErrorOf(error)));
      return;
    }
    if (latest !== attempt) {
      opening?.dispose();
      void unwrap(bridge.liveCase.cancel({ caseId: session.caseId })).catch(() => {});
      return;
    }
    dispatch({ type: 'session', session });
    if (isHandedOver(session)) {
      opening?.dispose();
      pinWindow = null;
      return;
    }
    // A window dropped meanwhile (it left Circle's page while hidden) is loaded afresh.
    const local = opening && pinWindow === opening ? opening : prepareCircleWindow();
    pinWindow = local;
    try {
      await local.run(session, {
        onShown: () => dispatch({ type: 'pin-window', pinWindow: 'open' }),
        onOutcome: (outcome) => void report(session.caseId, outcome),
        onWindowGone: () => dispatch({ type: 'pin-window', pinWindow: 'gone' }),
        onForgotPin: () => void forgotPin(session),
      });
      if (pinWindow === local) dispatch({ type: 'pin-window', pinWindow: 'opening' });
    } catch (error) {
      dispatch({ type: 'problem', error: ipcErrorOf(error, 'sdk-unavailable') });
    }
  };

  const resumeCase = (caseId: string, executed = false) =>
    openWindow(
      () => unwrap(bridge.liveCase.resume({ caseId })),
      (error) => ({ type: 'problem', error }),
      executed || !onCustomerScreen(),
    );

  const takeWindowAway = () => {
    if (!pinWindow) return;
    pinWindow.dispose();
    pinWindow = null;
    dispatch({ type: 'pin-window', pinWindow: 'gone' });
  };

  /** The case a token renewal is reopening, so a second 155104 from the same window does not start another. */
  let renewing: string | null = null;

  /**
   * Each thing Circle's window reports — every error while the customer tries again, then how the run ended — goes to
   * main (logged, and checked with Circle at once); the guidance shows the latest, and main's status has the last word.
   * A token error at any point reopens the same challenge with a fresh token.
   */
  const report = async (caseId: string, outcome: SdkOutcome) => {
    dispatch({ type: 'sdk-outcome', outcome });
    // An executed case's token came from the developer: main cannot renew it, so the state asks for a new one.
    const state = current();
    const renewable = !(state.phase === 'active' && state.caseId === caseId && state.flow === 'executed');
    // Circle's window can do nothing more with a refused pasted token, and it covers the prompt for a new one.
    if (!renewable && asksForFreshToken(outcome)) takeWindowAway();
    const renew = renewable && asksForFreshToken(outcome) && renewing !== caseId;
    if (renew) renewing = caseId;
    try {
      const update = await unwrap(bridge.liveCase.reportOutcome({ caseId, outcome }));
      if (update) dispatch({ type: 'update', update });
    } catch (error) {
      dispatch({ type: 'problem', error: ipcErrorOf(error) });
    }
    if (!renew) return;
    try {
      await resumeCase(caseId);
    } finally {
      renewing = null;
    }
  };

  const launch = (
    flow: StartedFlow,
    userId: string | null,
    attemptId: string,
    request: () => Promise<StartedSession>,
  ) => {
    // Main's calls and Circle's frame are on their way before React renders the case (openWindow's first turn).
    const opening = openWindow(
      request,
      (error) => ({ type: 'start-failed', error }),
      flow === 'executed' || !onCustomerScreen(),
    );
    dispatch({ type: 'start', flow, userId, attemptId });
    return opening;
  };

  const begin = (flow: ConsoleFlow, userId: string, attemptId: string) => {
    const input = {
      userId,
      attemptId,
      ...(context.confirmedUserId ? { confirmedUserId: context.confirmedUserId } : {}),
      ...(context.recommendation ? { recommendation: context.recommendation } : {}),
      ...(context.language ? { language: context.language } : {}),
    };
    return launch(flow, userId, attemptId, () =>
      unwrap(flow === 'reset' ? bridge.reset.start(input) : bridge.recovery.start(input)),
    );
  };

  const beginExecute = (challenge: PastedChallenge) =>
    launch('executed', null, crypto.randomUUID(), async () => {
      const session = await unwrap(bridge.liveCase.execute(challenge));
      // The case has its session now: nothing is left for Retry to send again.
      if (pasted === challenge) pasted = null;
      return session;
    });

  /** "Forgot PIN?" inside a reset: main closes the reset as abandoned and opens a recovery for the same user. */
  const forgotPin = async (session: ChallengeSession) => {
    const state = current();
    if (state.phase !== 'active' || state.flow !== 'reset' || state.caseId !== session.caseId) return;
    if (state.userId === null) return;
    pinWindow?.dispose();
    pinWindow = null;
    await launch('recovery', state.userId, crypto.randomUUID(), () =>
      unwrap(bridge.recovery.fromForgotPin({ caseId: session.caseId })),
    );
  };

  const closeCurrentCase = async () => {
    pinWindow?.dispose();
    pinWindow = null;
    latest = null;
    const state = current();
    // An ended challenge's case keeps its outcome; this only lets main forget it.
    if (state.phase === 'active') await unwrap(bridge.liveCase.cancel({ caseId: state.caseId })).catch(() => {});
  };

  /** `next` once the case on screen is put away: within the agent's click when there is none to tell main about. */
  const afterClosingCurrentCase = (next: () => unknown) => {
    const mainKnowsIt = current().phase === 'active';
    const closing = closeCurrentCase();
    if (mainKnowsIt) void closing.then(next);
    else next();
  };

  return {
    start: (flow, userId, startContext = {}) => {
      context = {
        ...startContext,
        ...(startContext.confirmedUserId ? { confirmedUserId: startContext.confirmedUserId.trim() } : {}),
      };
      afterClosingCurrentCase(() => begin(flow, userId.trim(), crypto.randomUUID()));
    },
    follow: (userId, challengeId) =>
      void closeCurrentCase().then(async () => {
        try {
          dispatch({ type: 'followed', followed: await unwrap(bridge.liveCase.follow({ userId, challengeId })) });
        } catch (error) {
          dispatch({ type: 'follow-failed', userId, error: ipcErrorOf(error) });
        }
      }),
    execute: (challenge) => {
      pasted = challenge;
      afterClosingCurrentCase(() => beginExecute(challenge));
    },
    replaceToken: (grant) => {
      const state = current();
      if (state.phase !== 'active' || state.flow !== 'executed') return;
      void openWindow(
        () => unwrap(bridge.liveCase.replaceToken({ caseId: state.caseId, ...grant })),
        (error) => ({ type: 'problem', error }),
        true,
      );
    },
    retryStart: () => {
      const state = current();
      if (state.phase !== 'start-failed') return;
      if (state.flow === 'executed') {
        if (pasted) void beginExecute(pasted);
      } else if (state.userId !== null) void begin(state.flow, state.userId, state.attemptId);
    },
    resume: () => {
      const state = current();
      if (state.phase === 'active') void resumeCase(state.caseId, state.flow === 'executed');
    },
    freshChallenge: () => {
      const state = current();
      if (state.phase !== 'active' || state.flow === 'followed' || state.flow === 'executed') return;
      const { flow, userId } = state;
      if (userId === null) return;
      afterClosingCurrentCase(() => begin(flow, userId, crypto.randomUUID()));
    },
    cancel: () => void closeCurrentCase().then(() => dispatch({ type: 'cancelled' })),
    closeCase: async () => {
      // Cleared at once, so nothing of this case shows while main forgets it.
      const closing = closeCurrentCase();
      dispatch({ type: 'clear' });
      await closing;
    },
    closeWindow: takeWindowAway,
    fromCustomerScreen: (event) => {
      for (const next of liveCaseEventsOf(event, current(), () => crypto.randomUUID())) dispatch(next);
    },
    circleWindowRefused: (refusal) => {
      const plan = planCircleWindowRefusal(refusal, current());
      if (plan.removeWindow) {
        pinWindow?.dispose();
        pinWindow = null;
      }
      for (const next of plan.events) dispatch(next);
      if (plan.reportClosed) void report(plan.reportClosed, { kind: 'closed' });
    },
    dispose: () => pinWindow?.dispose(),
  };
}
