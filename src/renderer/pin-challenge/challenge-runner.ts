import type { ChallengeSession, SdkOutcome } from '../../shared/flows/challenge-flow';
import { loadW3sSdk } from './w3s-sdk';

export interface ChallengeCallbacks {
  /** The hosted PIN UI is on screen (the SDK received `showUi`). */
  onShown(): void;
  /** Exactly once per run: the SDK's answer, the customer closing the window, or no handshake at all. */
  onOutcome(outcome: SdkOutcome): void;
  onForgotPin?(): void;
}

export interface ChallengeRun {
  /** Removes the hosted UI without reporting an outcome (the agent cancelled). */
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
 * no outcome is reported as `closed`; no `showUi` within the watchdog is reported as `no-handshake`.
 */
export async function runChallenge(session: ChallengeSession, callbacks: ChallengeCallbacks): Promise<ChallengeRun> {
  const { W3SSdk } = await loadW3sSdk();
  const sdk = new W3SSdk();
  sdk.setAppSettings({ appId: session.appId });
  sdk.setAuthentication({ userToken: session.userToken, encryptionKey: session.encryptionKey });
  sdk.setOnForgotPin(() => callbacks.onForgotPin?.(), false);

  let finished = false;
  let shown = false;
  const finish = (outcome: SdkOutcome | null) => {
    if (finished) return;
    finished = true;
    observer.disconnect();
    window.clearTimeout(watchdog);
    document.getElementById(iframeId)?.remove();
    if (outcome) callbacks.onOutcome(outcome);
  };

  const observer = new MutationObserver(() => {
    const frame = document.getElementById(iframeId) as HTMLIFrameElement | null;
    // The SDK removes its iframe and calls back in the same task; observers run after it, so a removal seen here
    // with nothing reported means the customer closed the window.
    if (!frame) return finish({ kind: 'closed' });
    if (!shown && isShown(frame)) {
      shown = true;
      window.clearTimeout(watchdog);
      callbacks.onShown();
    }
  });
  const watchdog = window.setTimeout(() => {
    if (!shown) finish({ kind: 'no-handshake' });
  }, handshakeTimeoutMs);

  sdk.execute(session.challengeId, (error, result) => {
    if (error) finish({ kind: 'error', code: Number(error.code) || 0, message: String(error.message ?? '') });
    else finish({ kind: 'complete', status: String(result?.status ?? 'COMPLETE') });
  });
  const frame = document.getElementById(iframeId);
  if (frame) {
    frame.title = 'Circle PIN entry';
    observer.observe(document.body, { childList: true });
    observer.observe(frame, { attributes: true, attributeFilter: ['style', 'width'] });
  }
  return { dispose: () => finish(null) };
}
