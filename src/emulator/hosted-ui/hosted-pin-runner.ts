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
// The hand-over's `customizations` (the app's setLocalizations, setCustomSecurityQuestions, setThemeColor,
// setResources, setCustomLinks) are read by hosted-pin-customizations.ts and worn by the view and the screens.
//
// This function runs the protocol and hands the rest to the pieces it is given: the customizations reader, the view
// (hosted-pin-view.ts), the API client (hosted-pin-api-client.ts), the wording and the screens (hosted-pin-screens.ts,
// hosted-pin-setup-screens.ts). Served as source text (see hosted-pin-page.ts): it must stay self-contained — type
// imports only, nothing from module scope, no classes.
import type { BrowserGlobals, DomMessageEvent } from './browser-dom';
import type { createHostedPinApiClient } from './hosted-pin-api-client';
import type { ResourceOrigins } from './hosted-pin-browser-types';
import type { readHostedPinCustomizations } from './hosted-pin-customizations';
import type { createHostedPinPreviewClient } from './hosted-pin-preview-client';
import type { createHostedPinScreens } from './hosted-pin-screens';
import type { createHostedPinSetupScreens } from './hosted-pin-setup-screens';
import type { createHostedPinView } from './hosted-pin-view';
import type { createHostedPinWording } from './hosted-pin-wording';
import type { HostedPinUiConfig } from './hosted-ui-protocol';

/** The other browser functions. Each is served as its own text, so none can import another: the page passes them in. */
export interface HostedPinParts {
  createHostedPinView: typeof createHostedPinView;
  createHostedPinApiClient: typeof createHostedPinApiClient;
  createHostedPinPreviewClient: typeof createHostedPinPreviewClient;
  createHostedPinScreens: typeof createHostedPinScreens;
  createHostedPinSetupScreens: typeof createHostedPinSetupScreens;
  createHostedPinWording: typeof createHostedPinWording;
  readHostedPinCustomizations: typeof readHostedPinCustomizations;
}

export function runHostedPinUi(config: HostedPinUiConfig, parts: HostedPinParts): void {
  const { window, document, CSS } = globalThis as unknown as BrowserGlobals;
  const parentOrigin = claimedOrigin();
  const view = parts.createHostedPinView(window, document, tell, !config.preview);
  const api: ReturnType<typeof createHostedPinApiClient> = config.preview
    ? parts.createHostedPinPreviewClient()
    : parts.createHostedPinApiClient(config.transport);
  const screens = parts.createHostedPinScreens(view.render, api, tell, config.hostedUiErrors === 'report', {
    wording: parts.createHostedPinWording,
    setup: parts.createHostedPinSetupScreens,
  });

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
    // A preview's messages are wrapped: a web SDK on the same page (a case running) must never take them for its own.
    if (parentOrigin) window.parent.postMessage(config.preview ? { preview: message } : message, parentOrigin);
  }

  function asRecord(value: unknown): Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  }

  function asText(value: unknown): string {
    return typeof value === 'string' ? value : '';
  }

  /**
   * The app's images and font come from hosts this document's CSP must name, and the page learns them only from the
   * hand-over: when they are not allowed yet, the page loads itself again once with them in its URL (`img=`,
   * `font=`: the emulator allows exactly those, https only), and the SDK hands over again when it says it is ready.
   */
  function reloadedForResources(needed: ResourceOrigins): boolean {
    let allowed: ResourceOrigins = { img: [], font: [] };
    try {
      allowed = {
        ...allowed,
        ...JSON.parse(document.querySelector('meta[name="resource-origins"]')?.getAttribute('content') ?? '{}'),
      };
    } catch {
      // No list: nothing allowed beyond the page's own.
    }
    const missing = (['img', 'font'] as const).some((kind) =>
      needed[kind].some((origin) => !allowed[kind].includes(origin)),
    );
    const url = new URL(window.location.href);
    if (!missing || url.searchParams.has('img') || url.searchParams.has('font')) return false;
    if (needed.img.length > 0) url.searchParams.set('img', needed.img.join(','));
    if (needed.font.length > 0) url.searchParams.set('font', needed.font.join(','));
    window.location.replace(url.href);
    return true;
  }

  /** The SDK's hand-over: check everything before any PIN screen, then show the challenge's first screen. */
  async function open(w3s: Record<string, unknown>): Promise<void> {
    const appSettings = asRecord(w3s.appSettings);
    const auth = asRecord(w3s.auth);
    const challenge = asRecord(w3s.challenge);
    const look = parts.readHostedPinCustomizations(w3s.customizations, config, (value) => CSS.supports('color', value));
    if (reloadedForResources(look.resourceOrigins)) return;
    // Left out, never fatal: said to the developer in the frame's console.
    for (const line of look.ignored) console.warn(`Circle emulator: ignored ${line}`);
    view.customize(look);
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
    screens.start(reply.value, look);
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
