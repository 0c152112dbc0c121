import { circleHostedUiOrigin } from '../../shared/app-origin';

export type ForwardTarget = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Where `https://pw-auth.circle.com/<rest>` goes on an emulator environment: `<baseUrl><rest>`, by plain
 * concatenation (never URL resolution, where a path starting with `//` is scheme-relative and `\` is a slash). A
 * path that could leave the base folder or its host is refused: empty segments (`//host/x`, `///host/x`), backslashes
 * (`/\host/x`, which the URL parser already turned into `//host/x`), dot segments and NUL, plain or percent-encoded.
 */
export function hostedUiForwardTarget(rawUrl: string, baseUrl: string): ForwardTarget {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.origin !== circleHostedUiOrigin) return { ok: false, reason: `${url.origin} is not the hosted PIN UI` };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, reason: 'the path has a malformed escape' };
  }
  const segments = decoded.slice(1).split('/');
  const leaves = segments.some(
    (segment, index) => segment === '.' || segment === '..' || (segment === '' && index < segments.length - 1),
  );
  if (leaves || /[\\\0]/.test(decoded)) return { ok: false, reason: 'the path would leave the hosted PIN UI' };
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const target = new URL(`${base}${url.pathname.slice(1)}${url.search}`);
  const baseParsed = new URL(base);
  if (target.origin !== baseParsed.origin || !target.pathname.startsWith(baseParsed.pathname)) {
    return { ok: false, reason: 'the path would leave the hosted PIN UI' };
  }
  return { ok: true, url: target.href };
}

export interface HostedUiForwarderOptions {
  /** The emulator's hosted UI, e.g. `http://127.0.0.1:8787/pw-auth/`. */
  baseUrl: string;
  /** Fetches outside the window's session (Electron: main's own session), so nothing of ours handles it again. */
  fetchDirect: (request: Request) => Promise<Response>;
  onRefused?: (url: string, reason: string) => void;
}

/**
 * The session's `https` handler on emulator environments only: Circle's hosted page is answered by the emulator's,
 * and any other https URL is refused (an emulator environment talks to nothing else). Removed on Circle
 * environments, where no https request meets anything of ours but the webRequest policy. A forward that the
 * emulator answers with a redirect, or that fails, is refused too: the page is never sent anywhere else.
 */
export function createHostedUiForwarder(options: HostedUiForwarderOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const target = hostedUiForwardTarget(request.url, options.baseUrl);
    if (!target.ok) {
      options.onRefused?.(request.url, target.reason);
      return Response.error();
    }
    let response: Response;
    try {
      response = await options.fetchDirect(await retarget(request, target.url));
    } catch (error) {
      // Electron's fetch rejects a redirect it was told not to follow ('Redirect was cancelled').
      options.onRefused?.(request.url, `the emulator's hosted PIN UI did not answer (${reasonOf(error)})`);
      return Response.error();
    }
    if (response.status >= 300 && response.status < 400) {
      options.onRefused?.(request.url, `the emulator's hosted PIN UI answered with a redirect (${response.status})`);
      return Response.error();
    }
    return response;
  };
}

/**
 * The page's request, sent to the emulator by main. Without the page's Origin header: Electron's fetch makes that
 * header the request's initiator (lib/browser/api/net-fetch.ts: `const origin = req.headers.get('origin')`, passed
 * as `origin`; shell/common/api/electron_api_url_loader.cc: `request->request_initiator = url::Origin::Create(…)`),
 * and a POST from `https://pw-auth.circle.com` to the emulator's loopback origin would then be a CORS request the
 * emulator never allows — every step of Circle's window would fail. No redirect is followed (`redirect: 'manual'`).
 */
async function retarget(request: Request, url: string): Promise<Request> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const headers = new Headers(request.headers);
  headers.delete('origin');
  return new Request(url, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  });
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 120) : 'no answer';
}
