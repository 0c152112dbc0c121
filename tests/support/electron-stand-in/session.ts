// Electron's Session for what PIN Desk uses of it: protocol, webRequest, fetch, the permission handlers and
// setCertificateVerifyProc; and `session.defaultSession` / `session.fromPartition` (docs/api/session.md).
import { type NetworkFetch, standInNetwork } from './network';
import { NetError, StandInProtocol } from './protocol';
import { type RedirectMode, runRequest } from './request-pipeline';
import { type StandInFrame, StandInWebRequest } from './web-request';

type FetchInit = RequestInit & { bypassCustomProtocolHandlers?: boolean };
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: Record<string, unknown>,
) => void;
type PermissionCheckHandler = (...args: unknown[]) => boolean;

/** A request a renderer frame makes (a navigation, a subresource, an XHR): the stand-in's way to play one. */
export interface FrameRequestOptions {
  frame: StandInFrame | null;
  webContentsId: number;
  resourceType: 'mainFrame' | 'subFrame' | 'xhr' | 'script' | 'stylesheet' | 'font' | 'image' | 'other';
  init?: RequestInit;
  /** A navigation's redirects, as its webContents hears them ('will-redirect'): false cancels the navigation. */
  onRedirect?: (redirectURL: string, statusCode: number) => boolean;
}

export class StandInSession {
  readonly protocol = new StandInProtocol();
  readonly webRequest = new StandInWebRequest();
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  certificateVerifyProc: unknown = null;
  /** Every request main made with this session's fetch (URL and whether it bypassed the handlers), for tests. */
  readonly fetched: { url: string; bypass: boolean }[] = [];

  constructor(
    readonly partition: string,
    readonly network: NetworkFetch,
  ) {}

  /**
   * docs/api/session.md `ses.fetch`: "Sends a request, similarly to how fetch() works in the renderer, using
   * Chromium's network stack." Built as lib/browser/api/net-fetch.ts builds it: `new Request(input, init)`, the
   * request's redirect mode kept (`redirect: req.redirect`), and its Origin header made the request's initiator
   * (`const origin = req.headers.get('origin')`, which shell/common/api/electron_api_url_loader.cc turns into
   * `request->request_initiator`) — so a request carrying another origin's Origin header is a CORS request.
   */
  async fetch(input: string | Request, init: FetchInit = {}): Promise<Response> {
    const { bypassCustomProtocolHandlers, ...requestInit } = init;
    const request = new Request(input, requestInit);
    const bypass = Boolean(bypassCustomProtocolHandlers);
    this.fetched.push({ url: request.url, bypass });
    const requester = {
      bypassCustomProtocolHandlers: bypass,
      redirect: request.redirect as RedirectMode,
      resourceType: 'other',
    };
    const initiator = request.headers.get('origin');
    const cors = initiator !== null && request.mode === 'cors' && initiator !== new URL(request.url).origin;
    if (cors && !isCorsSafelisted(request)) await this.#preflight(request, initiator, requester);
    const response = await runRequest(this, request, requester);
    if (cors && !allowsOrigin(response, initiator)) throw new NetError('net::ERR_FAILED');
    return response;
  }

  /** A request made by a renderer frame: what webRequest sees for it carries the frame and its webContents. */
  frameRequest(url: string, options: FrameRequestOptions): Promise<Response> {
    return runRequest(this, new Request(url, options.init), {
      bypassCustomProtocolHandlers: false,
      redirect: 'follow',
      resourceType: options.resourceType,
      frame: options.frame,
      webContentsId: options.webContentsId,
      ...(options.onRedirect ? { onRedirect: options.onRedirect } : {}),
    });
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /**
   * A page asks for a permission (docs/api/session.md setPermissionRequestHandler: "Calling `callback(true)` will
   * allow the permission and `callback(false)` will reject it"); with no handler "Electron will automatically approve
   * all permission requests" (docs/tutorial/security.md).
   */
  requestPermission(contents: unknown, permission: string, details: Record<string, unknown> = {}): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, resolve, details));
  }

  /** A page checks a permission (setPermissionCheckHandler: "Returning `true` will allow the permission"). */
  checkPermission(contents: unknown, permission: string, requestingOrigin: string, details = {}): boolean {
    return this.permissionCheckHandler
      ? Boolean(this.permissionCheckHandler(contents, permission, requestingOrigin, details))
      : true;
  }

  setCertificateVerifyProc(proc: unknown): void {
    this.certificateVerifyProc = proc;
  }

  /** Chromium's CORS preflight, simplified: an OPTIONS the server must answer 2xx, allowing the initiator. */
  async #preflight(request: Request, initiator: string, requester: { redirect: RedirectMode }): Promise<void> {
    const preflight = new Request(request.url, {
      method: 'OPTIONS',
      headers: { origin: initiator, 'access-control-request-method': request.method },
    });
    const answer = await runRequest(this, preflight, {
      bypassCustomProtocolHandlers: false,
      redirect: requester.redirect,
      resourceType: 'other',
    }).catch(() => null);
    if (!answer?.ok || !allowsOrigin(answer, initiator)) throw new NetError('net::ERR_FAILED');
  }
}

const simpleContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** The Fetch standard's CORS-safelisted method and headers: anything else needs a preflight. */
function isCorsSafelisted(request: Request): boolean {
  if (!['GET', 'HEAD', 'POST'].includes(request.method)) return false;
  for (const [name, value] of request.headers) {
    if (['accept', 'accept-language', 'content-language', 'origin'].includes(name)) continue;
    if (name === 'content-type' && simpleContentTypes.includes(value.split(';')[0]?.trim().toLowerCase() ?? '')) {
      continue;
    }
    return false;
  }
  return true;
}

function allowsOrigin(response: Response, initiator: string): boolean {
  const allowed = response.headers.get('access-control-allow-origin');
  return allowed === '*' || allowed === initiator;
}

/**
 * `session.defaultSession` and `session.fromPartition(partition)`: "the same session" for the same partition
 * (spec/api-session-spec.ts: `expect(session.fromPartition('test')).to.equal(session.fromPartition('test'))`), and
 * the default session for the empty one (`expect(session.defaultSession).to.equal(session.fromPartition(''))`). Every
 * session shares the process's network (its host rules and certificate switches are process-wide).
 */
export function standInSessions(network: NetworkFetch = standInNetwork(null)) {
  const byPartition = new Map<string, StandInSession>();
  const fromPartition = (partition: string): StandInSession => {
    let found = byPartition.get(partition);
    if (!found) {
      found = new StandInSession(partition, network);
      byPartition.set(partition, found);
    }
    return found;
  };
  return {
    defaultSession: fromPartition(''),
    fromPartition,
    all: () => [...byPartition.values()],
  };
}

/** docs/api/net.md: `net.fetch` "will issue requests from the default session". */
export function standInNet(defaultSession: StandInSession) {
  return {
    fetch: (input: string | Request, init?: FetchInit) => defaultSession.fetch(input, init),
    isOnline: () => true,
  };
}
