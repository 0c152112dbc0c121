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
  /** Fetches without coming back through the session's handlers (Electron: session.fetch, bypassing them). */
  fetchDirect: (request: Request) => Promise<Response>;
  onRefused?: (url: string, reason: string) => void;
}

/**
 * The session's `https` handler on emulator environments only: Circle's hosted page is answered by the emulator's,
 * and any other https URL is refused (an emulator environment talks to nothing else). Removed on Circle
 * environments, where no https request meets anything of ours but the webRequest policy.
 */
export function createHostedUiForwarder(options: HostedUiForwarderOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const target = hostedUiForwardTarget(request.url, options.baseUrl);
    if (!target.ok) {
      options.onRefused?.(request.url, target.reason);
      return Response.error();
    }
    return options.fetchDirect(await retarget(request, target.url));
  };
}

async function retarget(request: Request, url: string): Promise<Request> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  });
}
