// A page that runs the REAL W3S web SDK (bundled by Vite, jsonwebtoken aliased to the decode-only module) and records
// everything it reports, so tests can drive Circle's hosted PIN UI (or the emulator's) the way the console does.
import { W3SSdk } from '@circle-fin/w3s-pw-web-sdk';
import type { SdkCustomizations, SdkEvent, SdkTestPageApi } from './sdk-test-page-api';

const events: SdkEvent[] = [];
const messages: unknown[] = [];
let sdk: W3SSdk | undefined;

// Everything the hosted UI posts to this page (the SDK reads the same stream).
window.addEventListener('message', (event) => {
  if (event.origin === 'https://pw-auth.circle.com') messages.push(event.data);
});

type Setter<K extends keyof W3SSdk> = W3SSdk[K] extends (...args: infer A) => void ? A : never;

/** Each customization through the SDK's own setter, as given (undefined clears it). */
function customize(target: W3SSdk, given: SdkCustomizations = {}): void {
  const questions = given.securityQuestions;
  target.setLocalizations(given.localizations as Setter<'setLocalizations'>[0]);
  target.setCustomSecurityQuestions(
    questions?.questions as Setter<'setCustomSecurityQuestions'>[0],
    (questions?.requiredCount ?? 2) as number,
    questions?.securityConfirmItems as string[] | undefined,
  );
  target.setThemeColor(given.themeColor as Setter<'setThemeColor'>[0]);
  target.setResources(given.resources as Setter<'setResources'>[0]);
  target.setCustomLinks(given.customLinks as Setter<'setCustomLinks'>[0]);
}

const api: SdkTestPageApi = {
  runChallenge({ appId, userToken, encryptionKey, challengeId, closeOnForgotPin = false, customizations }) {
    sdk ??= new W3SSdk();
    customize(sdk, customizations);
    sdk.setAppSettings({ appId });
    sdk.setAuthentication({ userToken, encryptionKey });
    sdk.setOnForgotPin(() => events.push({ kind: 'forgot-pin' }), closeOnForgotPin);
    sdk.execute(challengeId, (error, result) => {
      events.push({
        kind: 'complete',
        error: error === undefined ? undefined : { code: error.code, message: error.message },
        result: result === undefined ? undefined : { type: result.type, status: result.status },
      });
    });
  },
  embedHostedUi(claimedOrigin) {
    const frame = document.createElement('iframe');
    frame.id = 'manualFrame';
    frame.src = `https://pw-auth.circle.com/?origin=${claimedOrigin}`;
    document.body.appendChild(frame);
  },
  postToManualFrame(message) {
    const frame = document.getElementById('manualFrame') as HTMLIFrameElement | null;
    frame?.contentWindow?.postMessage(message, '*');
  },
  events: () => structuredClone(events),
  clearRecords() {
    events.length = 0;
    messages.length = 0;
  },
  messages: () => structuredClone(messages),
  sdkFramePresent: () => document.getElementById('sdkIframe') !== null,
};

window.sdkTestPage = api;
