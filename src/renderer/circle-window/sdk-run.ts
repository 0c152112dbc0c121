// One run of Circle's window as a pure state machine over what the web SDK and the frame do. The SDK calls its
// callback on every `onError` and leaves its frame up (only `onComplete` and `onClose` remove it), so a run is any
// sequence: zero or more errors the customer retries in the same window, then a completion, the customer closing
// the window, an error that ends it, or nothing at all. Every callback is reported; the DOM wiring (circle-window.ts)
// only turns events into these inputs and carries out the effects.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { SdkOutcome } from '../../shared/flows/challenge-flow';

export type SdkRunEvent =
  /** The SDK showed its frame (the hosted page sent `showUi`). */
  | { type: 'shown' }
  /** The SDK's callback with an error. */
  | { type: 'error'; code: number; message: string }
  /** The SDK's callback with a result. */
  | { type: 'complete'; status: string }
  /** The SDK's frame left the page. */
  | { type: 'frame-removed' }
  /** The console's handshake watchdog ran out. */
  | { type: 'watchdog' };

export type SdkRunEffect =
  | { type: 'report'; outcome: SdkOutcome }
  | { type: 'shown' }
  /** The window is gone after it told the customer why (an error that ended the run). */
  | { type: 'window-gone' }
  /** Take the frame off the page (it can tell the customer nothing more). */
  | { type: 'remove-frame' }
  /** The run is over: stop watching. */
  | { type: 'stop' };

export interface SdkRunState {
  shown: boolean;
  ended: boolean;
  /** The last error the SDK reported in this run, if any. */
  lastError: number | null;
}

export const sdkRunStart: SdkRunState = { shown: false, ended: false, lastError: null };

/**
 * Errors the customer retries in the same window: a wrong PIN or answers, a weak new PIN, a mismatch. Any other error
 * (a lock, an expired token or challenge, …) ends what the window can do.
 */
export const retriedInWindowCodes: readonly number[] = [
  circleErrorCodes.wrongPin,
  circleErrorCodes.wrongAnswers,
  circleErrorCodes.pinMismatch,
  circleErrorCodes.weakPin,
];

const end = (state: SdkRunState): SdkRunState => ({ ...state, ended: true });

export function sdkRunStep(state: SdkRunState, event: SdkRunEvent): { state: SdkRunState; effects: SdkRunEffect[] } {
  if (state.ended) return { state, effects: [] };
  switch (event.type) {
    case 'shown':
      return state.shown ? { state, effects: [] } : { state: { ...state, shown: true }, effects: [{ type: 'shown' }] };
    case 'error': {
      const report: SdkRunEffect = {
        type: 'report',
        outcome: { kind: 'error', code: event.code, message: event.message },
      };
      // A window never shown (the SDK's own handshake timeout, a hand-over refused) can tell the customer nothing.
      if (!state.shown) {
        return {
          state: end({ ...state, lastError: event.code }),
          effects: [report, { type: 'remove-frame' }, { type: 'window-gone' }, { type: 'stop' }],
        };
      }
      return { state: { ...state, lastError: event.code }, effects: [report] };
    }
    case 'complete':
      return {
        state: end(state),
        effects: [
          { type: 'report', outcome: { kind: 'complete', status: event.status } },
          { type: 'remove-frame' },
          { type: 'stop' },
        ],
      };
    case 'frame-removed': {
      // After an error that ended the run, the customer read why and closed the window; otherwise they left it while
      // the challenge could go on (before any error, or between tries).
      const readTheEnding = state.lastError !== null && !retriedInWindowCodes.includes(state.lastError);
      const effects: SdkRunEffect[] = readTheEnding
        ? [{ type: 'window-gone' }]
        : [{ type: 'report', outcome: { kind: 'closed' } }];
      return { state: end(state), effects: [...effects, { type: 'stop' }] };
    }
    case 'watchdog':
      if (state.shown || state.lastError !== null) return { state, effects: [] };
      return {
        state: end(state),
        effects: [{ type: 'report', outcome: { kind: 'no-handshake' } }, { type: 'remove-frame' }, { type: 'stop' }],
      };
  }
}

/** The effects of a whole sequence of events from the start (the unit tests read runs this way). */
export function sdkRunEffects(events: readonly SdkRunEvent[]): SdkRunEffect[] {
  let state = sdkRunStart;
  const effects: SdkRunEffect[] = [];
  for (const event of events) {
    const next = sdkRunStep(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return effects;
}
