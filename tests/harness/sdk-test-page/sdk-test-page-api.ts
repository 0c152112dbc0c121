// What the SDK test page exposes on `window.sdkTestPage`, shared by the page and the tests that drive it.

export interface ChallengeRun {
  appId: string;
  userToken: string;
  encryptionKey: string;
  challengeId: string;
  /** The SDK's `setOnForgotPin(cb, shouldCloseModalOnForgotPin)` second argument. */
  closeOnForgotPin?: boolean;
  /**
   * What the app customizes, passed as given to the SDK's setters (plain JSON, so a test can also pass what the
   * SDK's types forbid). Without it, every customization is cleared: the SDK instance outlives a run.
   */
  customizations?: SdkCustomizations;
}

/** Arguments of the web SDK's customization setters, one field per setter. */
export interface SdkCustomizations {
  localizations?: unknown;
  /** `setCustomSecurityQuestions(questions, requiredCount, securityConfirmItems)`. */
  securityQuestions?: { questions?: unknown; requiredCount?: unknown; securityConfirmItems?: unknown };
  themeColor?: unknown;
  resources?: unknown;
  customLinks?: unknown;
}

/** One thing the SDK reported to the page: its `execute` callback, or its forgot-PIN callback. */
export type SdkEvent =
  | {
      kind: 'complete';
      error: { code: number | undefined; message: string } | undefined;
      result: { type: string; status: string } | undefined;
    }
  | { kind: 'forgot-pin' };

export interface SdkTestPageApi {
  /** `new W3SSdk()`, `setAppSettings`, `setAuthentication`, `setOnForgotPin`, then `execute(challengeId, cb)`. */
  runChallenge(run: ChallengeRun): void;
  /** An iframe of https://pw-auth.circle.com/?origin=<claimedOrigin> outside the SDK, id `manualFrame`. */
  embedHostedUi(claimedOrigin: string): void;
  /** Posts to the manual frame with targetOrigin '*'. */
  postToManualFrame(message: unknown): void;
  events(): SdkEvent[];
  /** Forgets the events and messages recorded so far (the SDK instance stays, as in an app). */
  clearRecords(): void;
  /** Every message posted to this page from https://pw-auth.circle.com, in order. */
  messages(): unknown[];
  /** Whether the SDK's iframe (#sdkIframe) is in the document. */
  sdkFramePresent(): boolean;
}

declare global {
  interface Window {
    sdkTestPage: SdkTestPageApi;
  }
}
