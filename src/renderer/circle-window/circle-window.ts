import type { ChallengeSession, SdkOutcome } from '../../shared/flows/challenge-flow';
import { type FrameReadyHold, holdFrameReady } from './frame-ready-hold';
import { type SdkRunEffect, type SdkRunEvent, sdkRunStart, sdkRunStep } from './sdk-run';
import { loadedW3sSdk, loadW3sSdk, type W3sModule } from './w3s-sdk';

export interface CircleWindowCallbacks {
  /** The hosted PIN UI is on screen (the SDK received `showUi`). */
  onShown(): void;
  /**
   * Each thing the run reports, in order (sdk-run.ts): every error the SDK calls back with while the customer tries
   * again, then its answer, the customer closing the window, or no handshake at all.
   */
  onOutcome(outcome: SdkOutcome): void;
  /** The window went away after an error that ended the run (the customer read the reason and closed it). */
  onWindowGone(): void;
  onForgotPin?(): void;
}

export interface CircleWindow {
  /** Hands the window its session and lets the customer in; rejects when the web SDK could not be loaded. */
  run(session: ChallengeSession, callbacks: CircleWindowCallbacks): Promise<void>;
  /** Removes the hosted UI without reporting an outcome (the agent cancelled, or a new run replaces this one). */
  dispose(): void;
}

/** The SDK's own 10 s handshake timeout fires only on the singleton's first use, so the console keeps its own. */
export const handshakeTimeoutMs = 10_000;

/**
 * How long Circle's page may be kept waiting for its challenge: a real hosted page may give up on a hand-over that
 * never comes, so past this the held frame is dropped and loaded afresh when main's session arrives.
 */
export const heldFrameLimitMs = 8_000;

const iframeId = 'sdkIframe';

type W3sSdk = InstanceType<Awaited<ReturnType<typeof loadW3sSdk>>['W3SSdk']>;
type SdkAnswer = NonNullable<Parameters<W3sSdk['execute']>[1]>;
/** `setChallenge` is the SDK's own (private in its types): it is how `execute` records the challenge. */
type SdkChallengeSetter = { setChallenge?: (challenge: { challengeId: string }) => void };

function sdkFrame(): HTMLIFrameElement | null {
  return document.getElementById(iframeId) as HTMLIFrameElement | null;
}

function isShown(frame: HTMLIFrameElement): boolean {
  return frame.style.display !== 'none' && frame.width === '100%';
}

/**
 * Circle's window for one challenge, opened in two steps so the hosted page loads while main prepares the session:
 * `prepareCircleWindow()` when the agent starts (the SDK's iframe starts loading, hidden), `run(session)` when
 * main answers. The SDK answers the page's `onFrameReady` with the challenge it holds at that moment, so that
 * message is held until the session is set (frame-ready-hold.ts), for `heldFrameLimitMs` at most: a session slower
 * than that gets a freshly loaded window. Should the SDK ever lose `setChallenge`, the window simply loads after the
 * session instead.
 *
 * Once running, every SDK callback is reported (the SDK calls back on each error and leaves its window up while the
 * customer tries again), and the iframe is watched: the SDK never calls back when the customer closes the window, so a
 * removed iframe is `closed` — unless an error had ended the run, when the window is simply gone — and no `showUi`
 * within the watchdog is `no-handshake`. The sequence rules live in sdk-run.ts.
 */
export function prepareCircleWindow(): CircleWindow {
  let disposed = false;
  let hold: FrameReadyHold | null = null;
  let answer: SdkAnswer = () => {};
  let stopWatching = () => {};
  let heldTooLong: number | undefined;
  const setUp = ({ W3SSdk }: W3sModule) => {
    // The hold goes in before the SDK exists, so its listener can never come first (frame-ready-hold.ts).
    const early = disposed ? null : holdFrameReady(() => sdkFrame()?.contentWindow);
    const sdk = new W3SSdk();
    if (early && typeof (sdk as unknown as SdkChallengeSetter).setChallenge === 'function') {
      hold = early;
      // Until run() there is no challenge; nothing the SDK says before then is about this case.
      sdk.execute('', (error, result) => answer(error, result));
      nameFrame();
      heldTooLong = window.setTimeout(() => {
        // The page goes first, then the held message reaches the SDK: it counts as the handshake (so the SDK's own
        // first-use timeout stays quiet), and with no frame left the SDK hands nothing to anyone. run() loads afresh.
        sdkFrame()?.remove();
        hold?.release();
        hold = null;
      }, heldFrameLimitMs);
    } else early?.drop();
    return sdk;
  };
  // With the SDK's chunk already here (it is fetched when the page is idle), the frame goes in now, before the
  // console renders the case: the cross-site page's load is the long pole of a start.
  const loaded = loadedW3sSdk();
  const sdkReady = loaded ? new Promise<W3sSdk>((resolve) => resolve(setUp(loaded))) : loadW3sSdk().then(setUp);
  sdkReady.catch(() => {});

  return {
    run: async (session, callbacks) => {
      const sdk = await sdkReady;
      if (disposed) return;
      window.clearTimeout(heldTooLong);
      sdk.setAppSettings({ appId: session.appId });
      sdk.setAuthentication({ userToken: session.userToken, encryptionKey: session.encryptionKey });
      // The look's and the language's calls load with the SDK (w3s-sdk-chunk.ts), not with the first screen.
      const calls = await loadW3sSdk();
      calls.applyAppLook(sdk, session.look);
      await calls.applyCustomerLanguage(sdk, session.language);
      if (disposed) return;
      sdk.setOnForgotPin(() => callbacks.onForgotPin?.(), false);
      const watch = watchWindow(callbacks);
      stopWatching = watch.stop;
      answer = watch.answer;
      if (hold) {
        (sdk as unknown as Required<SdkChallengeSetter>).setChallenge({ challengeId: session.challengeId });
        hold.release();
      } else {
        sdk.execute(session.challengeId, (error, result) => answer(error, result));
        nameFrame();
      }
      watch.observe();
    },
    dispose: () => {
      disposed = true;
      window.clearTimeout(heldTooLong);
      hold?.drop();
      stopWatching();
      sdkFrame()?.remove();
    },
  };
}

function nameFrame(): void {
  const frame = sdkFrame();
  if (frame) frame.title = 'Circle PIN entry';
}

/** The DOM side of one run: SDK callbacks, the frame's presence and visibility, a watchdog — fed to sdk-run.ts. */
function watchWindow(callbacks: CircleWindowCallbacks): { answer: SdkAnswer; observe(): void; stop(): void } {
  let state = sdkRunStart;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    window.clearTimeout(watchdog);
  };
  const carryOut = (effect: SdkRunEffect) => {
    switch (effect.type) {
      case 'report':
        callbacks.onOutcome(effect.outcome);
        return;
      case 'shown':
        window.clearTimeout(watchdog);
        callbacks.onShown();
        return;
      case 'window-gone':
        callbacks.onWindowGone();
        return;
      case 'remove-frame':
        sdkFrame()?.remove();
        return;
      case 'stop':
        stop();
        return;
    }
  };
  const feed = (event: SdkRunEvent) => {
    if (stopped) return;
    const next = sdkRunStep(state, event);
    state = next.state;
    for (const effect of next.effects) carryOut(effect);
  };

  const observer = new MutationObserver(() => {
    const frame = sdkFrame();
    // The SDK removes its iframe and calls back in the same task; observers run after it, so a completion is
    // always fed before the removal it caused.
    if (!frame) feed({ type: 'frame-removed' });
    else if (isShown(frame)) feed({ type: 'shown' });
  });
  const watchdog = window.setTimeout(() => feed({ type: 'watchdog' }), handshakeTimeoutMs);

  return {
    answer: (error, result) => {
      if (error) feed({ type: 'error', code: Number(error.code) || 0, message: String(error.message ?? '') });
      else feed({ type: 'complete', status: String(result && 'status' in result ? result.status : 'COMPLETE') });
    },
    observe: () => {
      const frame = sdkFrame();
      if (!frame) return;
      observer.observe(document.body, { childList: true });
      observer.observe(frame, { attributes: true, attributeFilter: ['style', 'width'] });
    },
    stop: () => {
      stop();
      sdkFrame()?.remove();
    },
  };
}
