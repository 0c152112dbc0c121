// The API key goes only to the base URL it was checked against, so no Circle call follows a redirect: a redirect
// answer fails the call, and nothing is sent where it pointed. Every transport main uses passes through
// `refusingRedirects`, which asks the transport not to follow and turns whatever it does with a redirect into one
// error: Node's fetch hands back the 3xx itself, a browser's fetch an opaque redirect, and Electron's fetch rejects
// ('Redirect was cancelled', electron/electron lib/common/api/net-client-request.ts) without saying where it went.

/** What a transport saw of a redirect it cancelled: Electron's `webRequest.onBeforeRedirect` details carry these. */
export interface SeenRedirect {
  statusCode: number;
  redirectURL: string;
}

export interface RedirectRefusalOptions {
  /** The redirect the transport saw for this request URL, if any: Electron's fetch rejects without saying. */
  seenRedirect?: (requestUrl: string) => SeenRedirect | undefined;
}

/** The statuses fetch follows (Fetch standard, "redirect status"): 300, 304 and the rest are ordinary answers. */
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Electron's ClientRequest kills a redirect it may not follow with these (`manual` unanswered, and `error`). */
const electronRefusals = [/^Redirect was cancelled$/, /^Attempted to redirect, but redirect policy was 'error'$/];

/** A Circle call stopped at a redirect. Its message names the status and the origin it pointed to, nothing more. */
export class RedirectRefusedError extends Error {
  override name = 'RedirectRefusedError';

  constructor(
    /** The redirect's HTTP status, when known (not a `status` field: axios would take it for an answer's). */
    readonly redirectStatus: number | undefined,
    /** Scheme, host and port of where it pointed (never its path or query, which may carry anything). */
    readonly redirectOrigin: string | undefined,
    /** The transport followed it although told not to (a transport that ignores `redirect: 'manual'`). */
    readonly followed = false,
  ) {
    super(refusalMessage(redirectStatus, redirectOrigin, followed));
  }
}

function refusalMessage(status: number | undefined, origin: string | undefined, followed: boolean): string {
  if (followed) {
    return `The network transport followed a redirect to ${origin ?? 'another address'} although PIN Desk asked it not to, so PIN Desk stopped the call and discarded the answer.`;
  }
  const answered = status === undefined ? 'answered with a redirect' : `answered ${status}, a redirect`;
  const where = origin ? ` to ${origin}` : status === undefined ? '' : ' to an address PIN Desk could not read';
  const nothingSent = origin ? 'so nothing was sent there' : 'so nothing was sent where it pointed';
  return `Circle's API ${answered}${where}. PIN Desk follows no redirect with the API key, ${nothingSent}.`;
}

const refusing = new WeakSet<typeof fetch>();

/**
 * `fetchImpl`, made to refuse redirects: every request goes with `redirect: 'manual'` (in the init, which also
 * overrides a Request input's own mode), and a redirect (a 3xx answer, an opaque redirect, Electron's rejection)
 * fails with a RedirectRefusedError. Wrapping a fetch that already refuses returns it unchanged.
 */
export function refusingRedirects(fetchImpl: typeof fetch, options: RedirectRefusalOptions = {}): typeof fetch {
  if (refusing.has(fetchImpl)) return fetchImpl;
  const wrapped: typeof fetch = async (input, init) => {
    const requestUrl = urlOf(input);
    let response: Response;
    try {
      response = await fetchImpl(input, { ...init, redirect: 'manual' });
    } catch (error) {
      if (!isElectronRefusal(error)) throw error;
      const seen = seenBy(options, requestUrl);
      throw new RedirectRefusedError(seen?.statusCode, seen && originOf(seen.redirectURL, requestUrl));
    }
    if (response.type === 'opaqueredirect' || redirectStatuses.has(response.status)) {
      // Nothing of the answer is wanted; let its connection go.
      await response.body?.cancel().catch(() => {});
      const status = response.type === 'opaqueredirect' ? undefined : response.status;
      throw new RedirectRefusedError(status, originOf(response.headers.get('location'), requestUrl));
    }
    if (response.redirected) {
      await response.body?.cancel().catch(() => {});
      throw new RedirectRefusedError(undefined, originOf(response.url, requestUrl), true);
    }
    return response;
  };
  refusing.add(wrapped);
  return wrapped;
}

/** The RedirectRefusedError behind a failed call, however the SDK and axios wrapped it (`error`, `cause`). */
export function refusedRedirectIn(error: unknown): RedirectRefusedError | undefined {
  let current = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    if (current instanceof RedirectRefusedError) return current;
    // The SDK's errors hold axios's as `error`; axios's hold the fetch rejection as `cause`.
    current = readField(current, 'error') ?? readField(current, 'cause');
  }
  return undefined;
}

function urlOf(input: string | URL | Request): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    return new URL(raw).href;
  } catch {
    return raw;
  }
}

function isElectronRefusal(error: unknown): boolean {
  return error instanceof Error && electronRefusals.some((pattern) => pattern.test(error.message));
}

function seenBy(options: RedirectRefusalOptions, requestUrl: string): SeenRedirect | undefined {
  try {
    return options.seenRedirect?.(requestUrl);
  } catch {
    // What main saw is a courtesy for the message; the call is refused either way.
    return undefined;
  }
}

/** `scheme://host:port` of a redirect's target, resolved against the request's URL; undefined when unreadable. */
function originOf(location: string | null | undefined, requestUrl: string): string | undefined {
  if (!location) return undefined;
  try {
    const target = new URL(location, requestUrl);
    return target.host ? `${target.protocol}//${target.host}` : undefined;
  } catch {
    return undefined;
  }
}

function readField(target: object, name: string): unknown {
  try {
    return (target as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}
