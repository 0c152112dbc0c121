import { circleHostedUiOrigin } from '../../shared/app-origin';

/** What the policy reads of a frame (Electron's WebFrameMain; plain objects in tests). */
export interface FrameLike {
  readonly url: string;
  /** The frame's origin, which differs from its URL's for about:blank and srcdoc frames. */
  readonly origin?: string;
  readonly parent: FrameLike | null;
}

export interface FrameRequest {
  url: string;
  /** The requesting frame; null or absent after it navigated away or was destroyed. */
  frame: FrameLike | null | undefined;
}

export type FrameRequestDecision =
  | {
      allow: true /** Set for requests made inside Circle's frame: the host, for the diagnostics. */;
      circleFrameHost: string | null;
    }
  | { allow: false; reason: string };

const maxFrameDepth = 16;

/**
 * The session's webRequest policy (allow or cancel, never touching the request), by the frame that makes it:
 * - inside Circle's frame (the `pw-auth.circle.com` document or anything under it), everything is allowed, as in a
 *   browser: Circle's page may load fonts, styles or APIs from hosts of its own choosing;
 * - the `pw-auth.circle.com` document itself is allowed by its URL (its navigation is requested by the app frame);
 * - anything else — the app frame, or a request whose frame is gone — may load only the app origin.
 */
export function decideFrameRequest(request: FrameRequest, appOrigins: readonly string[]): FrameRequestDecision {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { allow: false, reason: 'not a URL' };
  }
  const ancestry = frameOrigins(request.frame);
  if (ancestry?.includes(circleHostedUiOrigin) || url.origin === circleHostedUiOrigin) {
    return { allow: true, circleFrameHost: url.host };
  }
  if (appOrigins.includes(httpOrigin(url))) return { allow: true, circleFrameHost: null };
  return {
    allow: false,
    reason: ancestry
      ? 'the app may load only its own origin and Circle’s hosted PIN UI'
      : 'no frame is making this request, and it is neither the app nor Circle’s hosted PIN UI',
  };
}

/** The origins from the requesting frame up to the top; null when there is no frame or it can no longer be read. */
function frameOrigins(frame: FrameLike | null | undefined): string[] | null {
  const origins: string[] = [];
  try {
    for (let current = frame ?? null; current && origins.length < maxFrameDepth; current = current.parent) {
      origins.push(originOfFrame(current));
    }
  } catch {
    // Electron throws when a frame that was torn down is read: treat it as no frame.
    return null;
  }
  return origins.length > 0 ? origins : null;
}

function originOfFrame(frame: FrameLike): string {
  if (frame.origin && frame.origin !== 'null') return frame.origin;
  try {
    return new URL(frame.url).origin;
  } catch {
    return 'null';
  }
}

/** A WebSocket URL's origin as its page's: `ws://localhost:5173` belongs to `http://localhost:5173` (Vite's HMR). */
function httpOrigin(url: URL): string {
  if (url.protocol === 'ws:' || url.protocol === 'wss:') {
    return `${url.protocol === 'ws:' ? 'http:' : 'https:'}//${url.host}`;
  }
  return url.origin;
}
