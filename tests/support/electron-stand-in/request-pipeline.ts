// One request through a session, in the order Electron's network layer takes it
// (shell/browser/net/proxying_url_loader_factory.cc):
// 1. webRequest.onBeforeRequest, for every request while a listener exists — also one served by a protocol handler
//    (the intercepting handler is only the *target* factory the in-progress request starts after the listener), and
//    also with `bypassCustomProtocolHandlers` (docs/api/net.md: "webRequest handlers will still be triggered when
//    bypassing custom protocols"; spec/api-net-session-spec.ts "triggers webRequest handlers when
//    bypassCustomProtocolHandlers"). `cancel` fails it with net::ERR_BLOCKED_BY_CLIENT (spec/api-web-request-spec.ts,
//    onErrorOccurred: `expect(details.error).to.equal('net::ERR_BLOCKED_BY_CLIENT')`); `redirectURL` is an internal
//    307 (onBeforeRedirect: 'HTTP/1.1 307 Internal Redirect').
// 2. The session's handler for the scheme, unless bypassed (`if (!bypass_custom_protocol_handlers) { auto it =
//    intercepted_handlers_->find(request.url.scheme()) …`), else the network (here Node's fetch, redirect: 'manual').
// 3. A redirect: onBeforeRedirect first (ContinueToBeforeRedirect calls `OnBeforeRedirect` before
//    `target_client_->OnReceiveRedirect`), then the caller's redirect mode decides (lib/common/api/
//    net-client-request.ts: 'error' → "Attempted to redirect, but redirect policy was 'error'"; 'manual' with nobody
//    calling followRedirect → 'Redirect was cancelled'; 'follow' → the next hop, back to step 1).
import type { NetworkFetch } from './network';
import { NetError, type StandInProtocol } from './protocol';
import type { StandInFrame, StandInRequestDetails, StandInWebRequest } from './web-request';

export type RedirectMode = 'follow' | 'manual' | 'error';

/** Who makes the request: main (no frame, no webContents) or a renderer frame. */
export interface Requester {
  bypassCustomProtocolHandlers: boolean;
  redirect: RedirectMode;
  resourceType: string;
  frame?: StandInFrame | null;
  webContentsId?: number;
  /**
   * A navigation's redirect reaching the frame's webContents after webRequest has seen it (NavigationRequest::
   * OnRequestRedirected runs the throttles, whose WillRedirectRequest emits 'will-redirect'): false cancels the
   * navigation, which then fails with net::ERR_ABORTED.
   */
  onRedirect?: (redirectURL: string, statusCode: number) => boolean;
}

interface Hop {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | null;
}

// Chromium's limit (net/url_request/url_request.cc, kMaxRedirects = 20).
const maxRedirects = 20;
let nextRequestId = 1;

export async function runRequest(
  parts: { protocol: StandInProtocol; webRequest: StandInWebRequest; network: NetworkFetch },
  request: Request,
  requester: Requester,
): Promise<Response> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let hop: Hop = {
    url: request.url,
    method: request.method,
    headers: new Headers(request.headers),
    body: hasBody ? await request.arrayBuffer() : null,
  };
  const id = nextRequestId++;
  for (let redirects = 0; redirects <= maxRedirects; redirects += 1) {
    const details = detailsOf(id, hop, requester);
    const decision = await parts.webRequest.beforeRequest(details);
    if (decision.cancel) throw new NetError('net::ERR_BLOCKED_BY_CLIENT');
    const answered = decision.redirectURL
      ? { status: 307, statusLine: 'HTTP/1.1 307 Internal Redirect', location: decision.redirectURL, response: null }
      : await answer(parts, hop, requester);
    if (!answered.location) return answered.response as Response;
    const redirectURL = new URL(answered.location, hop.url).href;
    parts.webRequest.beforeRedirect({
      ...details,
      statusCode: answered.status,
      statusLine: answered.statusLine,
      redirectURL,
      fromCache: false,
    });
    if (requester.onRedirect && !requester.onRedirect(redirectURL, answered.status)) {
      throw new NetError('net::ERR_ABORTED');
    }
    if (requester.redirect === 'error') throw new Error("Attempted to redirect, but redirect policy was 'error'");
    if (requester.redirect === 'manual') throw new Error('Redirect was cancelled');
    hop = nextHop(hop, answered.status, redirectURL);
  }
  throw new NetError('net::ERR_TOO_MANY_REDIRECTS');
}

function detailsOf(id: number, hop: Hop, requester: Requester): StandInRequestDetails {
  return {
    id,
    url: hop.url,
    method: hop.method,
    timestamp: Date.now(),
    resourceType: requester.resourceType,
    referrer: '',
    ...(hop.body ? { uploadData: [{ bytes: Buffer.from(hop.body) }] } : {}),
    ...(requester.frame !== undefined ? { frame: requester.frame } : {}),
    ...(requester.webContentsId !== undefined ? { webContentsId: requester.webContentsId } : {}),
  };
}

interface Answered {
  status: number;
  statusLine: string;
  location: string | null;
  response: Response | null;
}

async function answer(
  { protocol, network }: { protocol: StandInProtocol; network: NetworkFetch },
  hop: Hop,
  requester: Requester,
): Promise<Answered> {
  const request = new Request(hop.url, { method: hop.method, headers: hop.headers, body: hop.body });
  const scheme = new URL(hop.url).protocol.slice(0, -1);
  let response: Response;
  if (!requester.bypassCustomProtocolHandlers && protocol.isProtocolHandled(scheme)) {
    response = await protocol.respond(request);
  } else if (scheme === 'http' || scheme === 'https') {
    response = await network(request).catch((error: unknown) => {
      throw new NetError(netErrorOf(error));
    });
  } else {
    // spec/api-protocol-spec.ts "bypassing custom protocol handlers also bypasses new protocols".
    throw new NetError('net::ERR_UNKNOWN_URL_SCHEME');
  }
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location) {
    return { status: response.status, statusLine: `HTTP/1.1 ${response.status}`, location, response: null };
  }
  return { status: response.status, statusLine: `HTTP/1.1 ${response.status}`, location: null, response };
}

/** Fetch's redirect rules: 303 (and 301/302 after a POST) turn into a GET without a body; 307/308 keep both. */
function nextHop(hop: Hop, status: number, url: string): Hop {
  const toGet = status === 303 || ((status === 301 || status === 302) && hop.method === 'POST');
  if (!toGet) return { ...hop, url };
  const headers = new Headers(hop.headers);
  headers.delete('content-type');
  headers.delete('content-length');
  return { url, method: 'GET', headers, body: null };
}

// Node's socket codes as the net::ERR_* Chromium reports for the same failure (net/base/net_error_list.h); the
// stand-in's own certificate refusal already says its net error. Anything else is Chromium's catch-all ERR_FAILED.
const chromiumErrorOfCode: Record<string, string> = {
  ECONNREFUSED: 'ERR_CONNECTION_REFUSED',
  ECONNRESET: 'ERR_CONNECTION_RESET',
  ETIMEDOUT: 'ERR_CONNECTION_TIMED_OUT',
  ENOTFOUND: 'ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'ERR_NAME_NOT_RESOLVED',
  EHOSTUNREACH: 'ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'ERR_INTERNET_DISCONNECTED',
};

function netErrorOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  const already = /net::ERR_[A-Z_]+/.exec(message)?.[0];
  if (already) return already;
  const code = (cause as { code?: unknown } | null)?.code;
  const chromium = typeof code === 'string' ? chromiumErrorOfCode[code] : undefined;
  return `net::${chromium ?? 'ERR_FAILED'} (${message})`;
}
