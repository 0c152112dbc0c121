// How a navigation ends, in Electron's words (shell/browser/api/electron_api_web_contents.cc DidFinishNavigation;
// lib/browser/api/web-contents.ts _awaitNextLoad; docs/api/web-contents.md):
// - committed: 'did-frame-navigate' (and 'did-navigate' for the main frame), then 'did-finish-load';
// - failed with an error page: 'did-fail-provisional-load', then 'did-fail-load' (errorCode, errorDescription,
//   validatedURL, isMainFrame, …) — except for net::ERR_ABORTED ("Do not emit "did-fail-load" for canceled
//   requests"), which is what a cancelled navigation ends with;
// - loadURL's promise "rejects if the page fails to load": with `${errorDescription} (${errorCode}) loading '<url>'`
//   and `errno`/`code`/`url` on the error, or — when loading stopped with no did-fail-load, as for ERR_ABORTED —
//   with "ERR_FAILED (-2)" for the URL that was asked for.
// Error codes are Chromium's (net/base/net_error_list.h); those Electron's own specs use agree (ERR_FILE_NOT_FOUND -6,
// ERR_INVALID_URL -300: spec/api-browser-window-spec.ts "should emit did-fail-load event …").

const netErrorCodes: Record<string, number> = {
  ERR_FAILED: -2,
  ERR_ABORTED: -3,
  ERR_FILE_NOT_FOUND: -6,
  ERR_UNEXPECTED: -9,
  ERR_BLOCKED_BY_CLIENT: -20,
  ERR_CONNECTION_REFUSED: -102,
  ERR_CERT_AUTHORITY_INVALID: -202,
  ERR_INVALID_URL: -300,
  ERR_UNKNOWN_URL_SCHEME: -302,
  ERR_TOO_MANY_REDIRECTS: -310,
};

export interface LoadFailure {
  errorCode: number;
  errorDescription: string;
}

/** A stand-in network failure (`net::ERR_X …`) as the error code and short name Chromium reports. */
export function loadFailureOf(error: unknown): LoadFailure {
  const message = error instanceof Error ? error.message : String(error);
  const name = /net::(ERR_[A-Z_]+)/.exec(message)?.[1] ?? 'ERR_FAILED';
  return { errorDescription: name, errorCode: netErrorCodes[name] ?? -2 };
}

/** The error loadURL's promise rejects with. */
export function loadError(failure: LoadFailure, url: string): Error {
  const error = new Error(`${failure.errorDescription} (${failure.errorCode}) loading '${url.slice(0, 2048)}'`);
  return Object.assign(error, { errno: failure.errorCode, code: failure.errorDescription, url });
}

/** The `details` of will-frame-navigate, will-navigate, did-start-navigation, will-redirect. */
export interface NavigationDetails {
  url: string;
  isSameDocument: boolean;
  isMainFrame: boolean;
  readonly frame: unknown;
  readonly initiator: unknown;
}
