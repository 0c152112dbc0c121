import { refusingRedirects, type SeenRedirect } from '../circle/circle-redirects';

/**
 * Main's own requests — every Circle call (the Node SDK's and the App ID check), the notifications' public keys and
 * the hosted-UI forward — go through a session of their own, never the windows' one. Electron documents that
 * `net.fetch` and `ses.fetch` trigger the session's webRequest handlers, even when bypassing its protocol handlers
 * (docs/api/net.md), and the windows' session cancels every request no frame made: on it, main's calls would all be
 * refused. A session from another partition has its own handlers and listeners, none of which we install
 * (spec/api-net-session-spec.ts, "should to able to create and intercept a request using a custom session object":
 * the default session's listener is never called for it).
 *
 * Without the `persist:` prefix the session lives in memory (docs/api/session.md, fromPartition): nothing of main's
 * calls is cached on disk. Like every session it reads the system's proxy settings
 * (shell/browser/net/network_context_service.cc: `proxy_config_monitor_.AddToNetworkContextParams(…)`), and
 * certificates are verified against the system's store as for any Chromium request.
 */
export const mainCallsPartition = 'pin-desk-main-calls';

/** The part of Electron's Session main uses for its own requests. */
export interface MainCallsSession {
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  webRequest: {
    onBeforeRedirect(listener: (details: { url: string; statusCode: number; redirectURL: string }) => void): void;
  };
}

// Redirects seen but never asked about (a forward's, say) are dropped past this many.
const maxSeenRedirects = 64;

/**
 * A WHATWG fetch over main's own session (the SDK's axios passes a URL, a string or a Request) that follows no
 * redirect. Electron's fetch rejects a redirect it may not follow without saying where it went ('Redirect was
 * cancelled'); the session's `onBeforeRedirect` has heard it just before (shell/browser/net/
 * proxying_url_loader_factory.cc calls OnBeforeRedirect before the client gets the redirect), with `statusCode` and
 * `redirectURL` (docs/api/web-request.md), so the refusal can name the status and the host.
 */
export function mainCallsFetch(calls: MainCallsSession): typeof fetch {
  const seen = new Map<string, SeenRedirect>();
  calls.webRequest.onBeforeRedirect((details) => {
    seen.set(details.url, { statusCode: details.statusCode, redirectURL: details.redirectURL });
    if (seen.size > maxSeenRedirects) seen.delete(seen.keys().next().value as string);
  });
  const takeSeen = (url: string) => {
    const redirect = seen.get(url);
    seen.delete(url);
    return redirect;
  };
  return refusingRedirects((input, init) => calls.fetch(input instanceof URL ? input.href : input, init), {
    seenRedirect: takeSeen,
  });
}
