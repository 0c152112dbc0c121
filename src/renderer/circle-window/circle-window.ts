import type { ChallengeSession, SdkOutcome } from '../../shared/flows/challenge-flow';
import { type FrameReadyHold, holdFrameReady } from './frame-ready-hold';
import { loadW3sSdk } from './w3s-sdk';

export interface CircleWindowCallbacks {
  /** The hosted PIN UI is on screen (the SDK received `showUi`). */
  onShown(): void;
  /** Exactly once per run: the SDK's answer, the customer closing the window, or no handshake at all. */
  onOutcome(outcome: SdkOutcome): void;
  /** The window went away after an error was reported (the customer read the reason and closed it). */
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
 * message is held until the session is set (frame-ready-hold.ts). Should the SDK ever lose `setChallenge`, the window
 * simply loads after the session instead.
 *
 * Once running, the iframe is watched: the SDK never calls back when the customer closes the window, so a removed
 * iframe with nothing reported is `closed`; no `showUi` within the watchdog is `no-handshake`. After an error (a
 * lock, say) the window stays up showing the customer why, until they close it — unless it was never shown.
 */
export function prepareCircleWindow(): CircleWindow {
  let disposed = false;
  let hold: FrameReadyHold | null = null;
  let answer: SdkAnswer = () => {};
  let stopWatching = () => {};
  const sdkReady = loadW3sSdk().then(({ W3SSdk }) => {
    // The hold goes in before the SDK exists, so its listener can never come first (frame-ready-hold.ts).
    const early = disposed ? null : holdFrameReady(() => sdkFrame()?.contentWindow);
    const sdk = new W3SSdk();
    if (early && typeof (sdk as unknown as SdkChallengeSetter).setChallenge === 'function') {
      hold = early;
      // Until run() there is no challenge; nothing the SDK says before then is about this case.
      sdk.execute('', (error, result) => answer(error, result));
      nameFrame();
    } else early?.drop();
    return sdk;
  });
  sdkReady.catch(() => {});

  return {
    run: async (session, callbacks) => {
      const sdk = await sdkReady;
      if (disposed) return;
      sdk.setAppSettings({ appId: session.appId });
      sdk.setAuthentication({ userToken: session.userToken, encryptionKey: session.encryptionKey });
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

function watchWindow(callbacks: CircleWindowCallbacks): { answer: SdkAnswer; observe(): void; stop(): void } {
  let reported = false;
  let shown = false;
  let stopped = false;
  const stop = (removeFrame: boolean) => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    window.clearTimeout(watchdog);
    if (removeFrame) sdkFrame()?.remove();
  };
  const report = (outcome: SdkOutcome) => {
    if (reported || stopped) return;
    reported = true;
    callbacks.onOutcome(outcome);
  };

  const observer = new MutationObserver(() => {
    const frame = sdkFrame();
    if (!frame) {
      // The SDK removes its iframe and calls back in the same task; observers run after it, so a removal seen
      // here with nothing reported means the customer closed the window.
      if (reported) callbacks.onWindowGone();
      else report({ kind: 'closed' });
      stop(false);
      return;
    }
    if (!shown && isShown(frame)) {
      shown = true;
      window.clearTimeout(watchdog);
      callbacks.onShown();
    }
  });
  const watchdog = window.setTimeout(() => {
    if (shown || reported) return;
    report({ kind: 'no-handshake' });
    stop(true);
  }, handshakeTimeoutMs);

  return {
    answer: (error, result) => {
      if (error) {
        window.clearTimeout(watchdog);
        report({ kind: 'error', code: Number(error.code) || 0, message: String(error.message ?? '') });
        // The SDK's own handshake timeout (its first use only): a window never shown cannot tell the customer
        // anything, so it goes, and the agent can reopen it.
        if (!shown && !stopped) {
          stop(true);
          callbacks.onWindowGone();
        }
      } else {
        report({ kind: 'complete', status: String(result && 'status' in result ? result.status : 'COMPLETE') });
        stop(true);
      }
    },
    observe: () => {
      const frame = sdkFrame();
      if (!frame) return;
      observer.observe(document.body, { childList: true });
      observer.observe(frame, { attributes: true, attributeFilter: ['style', 'width'] });
    },
    stop: () => stop(true),
  };
}
