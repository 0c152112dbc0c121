import type { CustomerWindowApi } from '../../shared/contract/pin-desk-api';
import type { CustomerWindowReport, CustomerWindowView } from '../../shared/customer-screen/customer-screen';
import type { SdkOutcome } from '../../shared/flows/challenge-flow';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { unwrap } from '../bridge/pin-desk-client';
import { type CircleWindow, prepareCircleWindow } from '../circle-window/circle-window';
import { asksForFreshToken, isFinished } from '../live-case/live-case-state';
import type { CustomerPinWindow } from './customer-words';

export interface CustomerWindowState {
  view: CustomerWindowView;
  pinWindow: CustomerPinWindow;
  /** Something went wrong on this screen (the PIN window could not load, main refused a call): said plainly. */
  problem: boolean;
}

export interface CustomerWindowController {
  /** What main says to show (at load, on every `customerWindow:changed`, and as the answer to this window's calls). */
  show(view: CustomerWindowView): void;
  dispose(): void;
}

/**
 * The customer window runs what main shows it: idle, a case being prepared (Circle's window starts loading, hidden),
 * or a case with its session (Circle's window runs, with the same machinery as the console's: circle-window/). What
 * Circle's window reports goes to main through this window's slice, scoped to the case; a refused token gets a fresh
 * session and "Forgot PIN?" a recovery, both coming back as a new view. A view for a run already running changes only
 * the words.
 */
export function createCustomerWindowController(
  bridge: CustomerWindowApi,
  changed: (update: (state: CustomerWindowState) => CustomerWindowState) => void,
): CustomerWindowController {
  let prepared: CircleWindow | null = null;
  let running: CircleWindow | null = null;
  /** `caseId/run` of the session Circle's window runs now. */
  let runningKey: string | null = null;
  let renewing = false;
  let disposed = false;

  const setPinWindow = (pinWindow: CustomerPinWindow) => changed((state) => ({ ...state, pinWindow }));
  const failed = (error: unknown) => {
    console.warn(`customer screen: ${ipcErrorOf(error).message}`);
    changed((state) => ({ ...state, problem: true }));
  };
  const removeWindows = () => {
    prepared?.dispose();
    running?.dispose();
    prepared = null;
    running = null;
    runningKey = null;
  };

  const report = (caseId: string, event: CustomerWindowReport) =>
    unwrap(bridge.customerWindow.report({ caseId, report: event }));

  const outcome = async (caseId: string, sdkOutcome: SdkOutcome) => {
    if (sdkOutcome.kind === 'closed') setPinWindow('closed');
    if (sdkOutcome.kind === 'complete' || sdkOutcome.kind === 'no-handshake') setPinWindow('gone');
    try {
      await report(caseId, sdkOutcome);
    } catch (error) {
      failed(error);
      return;
    }
    // A refused token, at any point of a run: the same challenge again with a fresh one, once at a time.
    if (!asksForFreshToken(sdkOutcome) || renewing) return;
    renewing = true;
    try {
      show(await unwrap(bridge.customerWindow.renewSession({ caseId })));
    } catch (error) {
      failed(error);
    } finally {
      renewing = false;
    }
  };

  const forgotPin = async (caseId: string) => {
    removeWindows();
    try {
      show(await unwrap(bridge.customerWindow.forgotPin({ caseId })));
    } catch (error) {
      failed(error);
    }
  };

  const run = async (view: Extract<CustomerWindowView, { kind: 'case' }>) => {
    const opening = prepared ?? prepareCircleWindow();
    prepared = null;
    running?.dispose();
    running = opening;
    runningKey = `${view.caseId}/${view.run}`;
    changed((state) => ({ ...state, pinWindow: 'loading', problem: false }));
    const { caseId } = view;
    try {
      await opening.run(view.session, {
        onShown: () => {
          setPinWindow('open');
          report(caseId, { kind: 'shown' }).catch(failed);
        },
        onOutcome: (sdkOutcome) => void outcome(caseId, sdkOutcome),
        onWindowGone: () => {
          setPinWindow('gone');
          report(caseId, { kind: 'window-gone' }).catch(failed);
        },
        onForgotPin: () => void forgotPin(caseId),
      });
    } catch (error) {
      failed(error);
    }
  };

  const show = (view: CustomerWindowView) => {
    if (disposed) return;
    // A problem belongs to the case it happened in.
    changed((state) => ({ ...state, view, problem: view.kind === 'case' && state.problem }));
    if (view.kind === 'idle') removeWindows();
    else if (view.kind === 'starting') {
      running?.dispose();
      running = null;
      runningKey = null;
      prepared ??= prepareCircleWindow();
    } else if (view.expired || isFinished(view.status)) {
      // Nothing left to do in Circle's window (it ran out of time, or the challenge ended): the words say why.
      if (view.expired) removeWindows();
    } else if (runningKey !== `${view.caseId}/${view.run}`) void run(view);
  };

  return {
    show,
    dispose: () => {
      disposed = true;
      removeWindows();
    },
  };
}
