import type { ChallengeSession, SdkOutcome } from '../../shared/flows/challenge-flow';
import { loadW3sSdk } from './w3s-sdk';

export interface ChallengeCallbacks {
  /** The hosted PIN UI is on screen (the SDK received `showUi`). */
  onShown(): void;
  /** Exactly once per run: the SDK's answer, the customer closing the window, or no handshake at all. */
  onOutcome(outcome: SdkOutcome): void;
  /** The window went away after an error was reported (the customer read the reason and closed it). */
  onWindowGone(): void;
  onForgotPin?(): void;
}

export interface ChallengeRun {
  /** Removes the hosted UI without reporting an outcome (the agent cancelled, or a new run replaces this one). */
  dispose(): void;
}

/** The SDK's own 10 s handshake timeout fires only on the singleton's first use, so the console keeps its own. */
export const handshakeTimeoutMs = 10_000;

const iframeId = 'sdkIframe';

function isShown(frame: HTMLIFrameElement): boolean {
  return frame.style.display !== 'none' && frame.width === '100%';
}

/**
 * Runs one challenge in Circle's hosted UI with the web SDK: configures the singleton for this case, executes, and
 * watches the SDK's iframe. The SDK never calls back when the customer closes the window, so a removed iframe with
 * nothing reported is `closed`; no `showUi` within the watchdog is `no-handshake`. After an error (a lock, say) the
 * window stays up showing the customer why, until they close it.
 */
export async function runChallenge(session: ChallengeSession, callbacks: ChallengeCallbacks): Promise<ChallengeRun> {
  const { W3SSdk } = await loadW3sSdk();
  const sdk = new W3SSdk();
  sdk.setAppSettings({ appId: session.appId });
  sdk.setAuthentication({ userToken: session.userToken, encryptionKey: session.encryptionKey });
  sdk.setOnForgotPin(() => callbacks.onForgotPin?.(), false);

  let reported = false;
  let shown = false;
  let stopped = false;
  const stop = (removeFrame: boolean) => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    window.clearTimeout(watchdog);
    if (removeFrame) document.getElementById(iframeId)?.remove();
  };
  const report = (outcome: SdkOutcome) => {
    if (reported || stopped) return;
    reported = true;
    callbacks.onOutcome(outcome);
  };

  const observer = new MutationObserver(() => {
    const frame = document.getElementById(iframeId) as HTMLIFrameElement | null;
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

  sdk.execute(session.challengeId, (error, result) => {
    if (error) {
      window.clearTimeout(watchdog);
      report({ kind: 'error', code: Number(error.code) || 0, message: String(error.message ?? '') });
    } else {
      report({ kind: 'complete', status: String(result && 'status' in result ? result.status : 'COMPLETE') });
      stop(true);
    }
  });
  const frame = document.getElementById(iframeId);
  if (frame) {
    frame.title = 'Circle PIN entry';
    observer.observe(document.body, { childList: true });
    observer.observe(frame, { attributes: true, attributeFilter: ['style', 'width'] });
  }
  return { dispose: () => stop(true) };
}
