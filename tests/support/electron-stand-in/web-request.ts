// A session's `webRequest`, as docs/api/web-request.md describes it: "Only the last attached `listener` will be used.
// Passing `null` as `listener` will unsubscribe from the event", "If the `filter` is omitted then all requests will be
// matched". Only the two events PIN Desk listens to are modelled (onBeforeRequest, onBeforeRedirect).
import { parseUrlPattern, type UrlPattern } from './url-patterns';

/** What a frame looks like to webRequest (Electron: WebFrameMain; here plain data). */
export interface StandInFrame {
  readonly url: string;
  readonly origin?: string;
  readonly parent: StandInFrame | null;
}

/**
 * docs/api/web-request.md, onBeforeRequest's `details`. Electron fills `frame`, `webContents` and `webContentsId` only
 * when a render frame made the request (shell/browser/api/electron_api_web_request.cc, ToDictionary: `if
 * (render_frame_host) { details->SetGetter("frame", …); … details->Set("webContentsId", …) }`): a request main makes
 * with net.fetch or ses.fetch has none of the three.
 */
export interface StandInRequestDetails {
  id: number;
  url: string;
  method: string;
  timestamp: number;
  resourceType: string;
  referrer: string;
  uploadData?: { bytes: Buffer }[];
  frame?: StandInFrame | null;
  webContentsId?: number;
}

export interface StandInRedirectDetails extends StandInRequestDetails {
  statusCode: number;
  statusLine: string;
  redirectURL: string;
  fromCache: boolean;
}

export interface BeforeRequestResponse {
  cancel?: boolean;
  redirectURL?: string;
}

type BeforeRequestListener = (
  details: StandInRequestDetails,
  callback: (response: BeforeRequestResponse) => void,
) => void;
type BeforeRedirectListener = (details: StandInRedirectDetails) => void;

export interface StandInWebRequestFilter {
  urls?: string[];
  excludeUrls?: string[];
  types?: string[];
}

interface Attached<Listener> {
  filter: StandInWebRequestFilter | undefined;
  matches(details: StandInRequestDetails): boolean;
  listener: Listener;
}

export class StandInWebRequest {
  #beforeRequest: Attached<BeforeRequestListener> | null = null;
  #beforeRedirect: Attached<BeforeRedirectListener> | null = null;

  onBeforeRequest(
    filterOrListener: StandInWebRequestFilter | BeforeRequestListener | null,
    maybeListener?: BeforeRequestListener | null,
  ) {
    this.#beforeRequest = attach(filterOrListener, maybeListener);
  }

  onBeforeRedirect(
    filterOrListener: StandInWebRequestFilter | BeforeRedirectListener | null,
    maybeListener?: BeforeRedirectListener | null,
  ) {
    this.#beforeRedirect = attach(filterOrListener, maybeListener);
  }

  /** The filter the onBeforeRequest listener was attached with (undefined: none, so every request). */
  attachedFilter(): StandInWebRequestFilter | undefined {
    return this.#beforeRequest?.filter;
  }

  /** Asks the onBeforeRequest listener, if one matches; a request nothing listens to goes on (`{}`). */
  beforeRequest(details: StandInRequestDetails): Promise<BeforeRequestResponse> {
    const attached = this.#beforeRequest;
    if (!attached?.matches(details)) return Promise.resolve({});
    return new Promise((resolve) => attached.listener(details, resolve));
  }

  beforeRedirect(details: StandInRedirectDetails): void {
    const attached = this.#beforeRedirect;
    if (attached?.matches(details)) attached.listener(details);
  }
}

function attach<Listener>(
  filterOrListener: StandInWebRequestFilter | Listener | null,
  maybeListener: Listener | null | undefined,
): Attached<Listener> | null {
  const given = typeof filterOrListener === 'function' || filterOrListener === null ? undefined : filterOrListener;
  const filter: StandInWebRequestFilter = given ?? {};
  const listener = typeof filterOrListener === 'function' ? filterOrListener : maybeListener;
  if (!listener) return null;
  // Patterns are checked when the listener is attached, as Electron throws then (api-net-session-spec.ts).
  const include: UrlPattern[] | null = filter.urls ? filter.urls.map(parseUrlPattern) : null;
  const exclude = (filter.excludeUrls ?? []).map(parseUrlPattern);
  const types = filter.types ?? null;
  return {
    filter: given,
    listener,
    matches(details) {
      const url = new URL(details.url);
      if (include && !include.some((pattern) => pattern.matches(url))) return false;
      if (exclude.some((pattern) => pattern.matches(url))) return false;
      return !types || types.includes(details.resourceType);
    },
  };
}
