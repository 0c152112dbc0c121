import { type Dispatch, useEffect, useReducer, useRef, useState } from 'react';
import type { ChallengeSession, SdkOutcome } from '../../shared/flows/challenge-flow';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import { type ChallengeRun, runChallenge } from '../pin-challenge/challenge-runner';
import { type ResetChoices, type ResetEvent, type ResetState, resetChoices, resetReducer } from './reset-state';

/** Token errors the console recovers from by itself: a new token, the same challenge, nothing re-typed. */
const tokenErrorCodes = new Set([155104, 155105]);

export interface ResetActions {
  start(userId: string): void;
  retryStart(): void;
  resume(): void;
  freshChallenge(): void;
  cancel(): void;
  /** Takes Circle's window away (an expired challenge leaves the customer nothing to do in it). */
  closeWindow(): void;
  dispose(): void;
}

/**
 * The reset flow's effects — main's channels, the web SDK run, main's challenge updates — as one controller made
 * once per view. It reads the latest state through `current()`, so no callback ever acts on a stale state.
 */
export function createResetController(dispatch: Dispatch<ResetEvent>, current: () => ResetState): ResetActions {
  const bridge = pinDeskBridge();
  let run: ChallengeRun | null = null;

  const openWindow = async (session: ChallengeSession) => {
    run?.dispose();
    dispatch({ type: 'pin-window', pinWindow: 'loading' });
    try {
      run = await runChallenge(session, {
        onShown: () => dispatch({ type: 'pin-window', pinWindow: 'open' }),
        onOutcome: (outcome) => void report(session, outcome),
        onWindowGone: () => dispatch({ type: 'pin-window', pinWindow: 'gone' }),
      });
      dispatch({ type: 'pin-window', pinWindow: 'opening' });
    } catch (error) {
      dispatch({ type: 'problem', error: ipcErrorOf(error, 'sdk-unavailable') });
    }
  };

  const resumeCase = async (caseId: string) => {
    try {
      const session = await unwrap(bridge.reset.resume({ caseId }));
      dispatch({ type: 'session', session });
      await openWindow(session);
    } catch (error) {
      dispatch({ type: 'problem', error: ipcErrorOf(error) });
    }
  };

  const report = async (session: ChallengeSession, outcome: SdkOutcome) => {
    dispatch({ type: 'sdk-outcome', outcome });
    try {
      const update = await unwrap(bridge.reset.reportOutcome({ caseId: session.caseId, outcome }));
      if (update) dispatch({ type: 'update', update });
    } catch (error) {
      dispatch({ type: 'problem', error: ipcErrorOf(error) });
    }
    if (outcome.kind === 'error' && tokenErrorCodes.has(outcome.code)) await resumeCase(session.caseId);
  };

  const begin = async (userId: string, attemptId: string) => {
    dispatch({ type: 'start', userId, attemptId });
    try {
      const session = await unwrap(bridge.reset.start({ userId, attemptId }));
      dispatch({ type: 'session', session });
      await openWindow(session);
    } catch (error) {
      dispatch({ type: 'start-failed', error: ipcErrorOf(error) });
    }
  };

  const closeCurrentCase = async () => {
    run?.dispose();
    run = null;
    const state = current();
    if (state.phase === 'active') await unwrap(bridge.case.cancel({ caseId: state.session.caseId })).catch(() => {});
  };

  return {
    start: (userId) => void closeCurrentCase().then(() => begin(userId.trim(), crypto.randomUUID())),
    retryStart: () => {
      const state = current();
      if (state.phase === 'start-failed') void begin(state.userId, state.attemptId);
    },
    resume: () => {
      const state = current();
      if (state.phase === 'active') void resumeCase(state.session.caseId);
    },
    freshChallenge: () => {
      const state = current();
      if (state.phase === 'active') void closeCurrentCase().then(() => begin(state.userId, crypto.randomUUID()));
    },
    cancel: () => void closeCurrentCase().then(() => dispatch({ type: 'cancelled' })),
    closeWindow: () => {
      if (!run) return;
      run.dispose();
      run = null;
      dispatch({ type: 'pin-window', pinWindow: 'gone' });
    },
    dispose: () => run?.dispose(),
  };
}

export function usePinReset(): { state: ResetState; choices: ResetChoices; actions: ResetActions } {
  const [state, dispatch] = useReducer(resetReducer, { phase: 'idle' });
  const latest = useRef(state);
  latest.current = state;
  const [actions] = useState(() => createResetController(dispatch, () => latest.current));

  useEffect(() => {
    const unsubscribe = pinDeskBridge().challenge.onUpdated((update) => {
      dispatch({ type: 'update', update });
      const state = latest.current;
      if (update.status === 'EXPIRED' && state.phase === 'active' && state.session.caseId === update.caseId) {
        actions.closeWindow();
      }
    });
    return () => {
      unsubscribe();
      actions.dispose();
    };
  }, [actions]);

  return { state, choices: resetChoices(state), actions };
}
