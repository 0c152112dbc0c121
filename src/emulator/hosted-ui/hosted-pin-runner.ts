// The hosted PIN UI in the browser. It speaks the W3S web SDK's postMessage protocol with the page that embeds it
// (the SDK's `messageHandler`), and walks the customer through the challenge's screens, asking the emulator's
// /pw-auth/api/ for every check. The protocol, as the SDK reads it:
//   frame → SDK  {onFrameReady: true}
//   SDK → frame  {w3s: {appSettings: {appId}, auth: {userToken, encryptionKey}, challenge: {challengeId}, customizations, …}}
//   frame → SDK  {showUi: true}                      (the SDK unhides its iframe)
//   frame → SDK  {onComplete: true, result: {type, status}}   (SDK removes the iframe, calls back (undefined, result))
//                {onError: true, error: {code, message}}       (SDK calls back (error, undefined); iframe stays)
//                  — for an ending error (lock, expiry) and, with `hostedUiErrors: 'report'`, for each wrong PIN or
//                  answers, weak PIN and mismatch while the customer tries again in the same window
//                {onClose: true}                               (SDK removes the iframe; no callback)
//                {onForgotPin: true}                           (SDK calls its onForgotPin)
// Every message goes to the `?origin=` the SDK put in the URL, never '*'; messages from any other origin, or from
// anything but the embedding window, are ignored.
//
// This function runs the protocol and hands the rest to the pieces it is given: the view (hosted-pin-view.ts), the
// API client (hosted-pin-api-client.ts) and the screens (hosted-pin-screens.ts). Served as source text (see
// hosted-pin-page.ts): it must stay self-contained — type imports only, nothing from module scope, no classes.
import type { BrowserGlobals, DomMessageEvent } from './browser-dom';
import type { createHostedPinApiClient } from './hosted-pin-api-client';
import type { SecurityQuestionSettings } from './hosted-pin-browser-types';
import type { createHostedPinScreens } from './hosted-pin-screens';
import type { createHostedPinView } from './hosted-pin-view';
import type { HostedPinUiConfig } from './hosted-ui-protocol';

/** The other browser functions. Each is served as its own text, so none can import another: the page passes them in. */
export interface HostedPinParts {
  createHostedPinView: typeof createHostedPinView;
  createHostedPinApiClient: typeof createHostedPinApiClient;
  createHostedPinScreens: typeof createHostedPinScreens;
}

export function runHostedPinUi(config: HostedPinUiConfig, parts: HostedPinParts): void {
  const { window, document } = globalThis as unknown as BrowserGlobals;
  const parentOrigin = claimedOrigin();
  const view = parts.createHostedPinView(window, document, tell);
  const api = parts.createHostedPinApiClient(config.transport);
  const screens = parts.createHostedPinScreens(view.render, api, tell, config.hostedUiErrors === 'report');

  function claimedOrigin(): string | null {
    const value = new URLSearchParams(window.location.search).get('origin');
    if (!value) return null;
    try {
      return new URL(value).origin === value ? value : null;
    } catch {
      return null;
    }
  }

  function tell(message: Record<string, unknown>): void {
    if (parentOrigin) window.parent.postMessage(message, parentOrigin);
  }

  function asRecord(value: unknown): Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  }

  function asText(value: unknown): string {
    return typeof value === 'string' ? value : '';
  }

  /** The app's own questions (the SDK's `setCustomSecurityQuestions`) when it set enough of them, else the defaults. */
  function securityQuestionSettings(customizations: Record<string, unknown>): SecurityQuestionSettings {
    const settings = asRecord(customizations.securityQuestions);
    const custom = Array.isArray(settings.questions)
      ? settings.questions.map((entry) => asText(asRecord(entry).question)).filter((question) => question !== '')
      : [];
    const choices =
      custom.length >= config.minimumSecurityQuestions ? [...new Set(custom)] : config.defaultSecurityQuestions;
    const required = typeof settings.requiredCount === 'number' ? Math.floor(settings.requiredCount) : 0;
    return { choices, count: Math.min(Math.max(required, config.minimumSecurityQuestions), choices.length) };
  }

  /** The SDK's hand-over: check everything before any PIN screen, then show the challenge's first screen. */
  async function open(w3s: Record<string, unknown>): Promise<void> {
    const appSettings = asRecord(w3s.appSettings);
    const auth = asRecord(w3s.auth);
    const challenge = asRecord(w3s.challenge);
    const questionSettings = securityQuestionSettings(asRecord(w3s.customizations));
    const reply = await api.open({
      appId: asText(appSettings.appId),
      userToken: asText(auth.userToken),
      encryptionKey: asText(auth.encryptionKey),
      challengeId: asText(challenge.challengeId),
    });
    if (!reply.ok || !screens.canRun(reply.value.challenge.type)) {
      // No PIN screen, and the frame was never shown: report the error, then let the SDK remove its iframe.
      const error = reply.ok ? { code: 155122, message: 'The provided challengeId is invalid' } : reply.error;
      screens.showOpenError(error);
      tell({ onError: true, error });
      tell({ onClose: true });
      return;
    }
    screens.start(reply.value, questionSettings);
    tell({ showUi: true });
  }

  if (!parentOrigin || window.parent === window) {
    view.render({
      title: 'Circle emulator · hosted PIN UI',
      intro:
        'The W3S web SDK opens this page in a frame, as https://pw-auth.circle.com/?origin=<your app origin>. ' +
        'Opened on its own, or without a valid origin, it has nobody to talk to.',
      fields: [],
    });
    return;
  }

  let handedOver = false;
  window.addEventListener('message', (event: DomMessageEvent) => {
    if (event.origin !== parentOrigin || event.source !== window.parent || handedOver) return;
    const w3s = asRecord(event.data).w3s;
    if (typeof w3s !== 'object' || w3s === null) return;
    handedOver = true;
    void open(asRecord(w3s));
  });
  tell({ onFrameReady: true });
}
