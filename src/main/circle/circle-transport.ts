import { createRequire } from 'node:module';
import { refusingRedirects } from './circle-redirects';

/** A WHATWG fetch: Node's global fetch, or Electron's `net.fetch` (which honours the OS proxy and certificate store). */
export type FetchFunction = typeof fetch;

/** The part of axios's default instance the transport changes. */
interface AxiosDefaults {
  defaults: { adapter?: unknown; env?: Record<string, unknown> };
}

/** What a request interceptor on the SDK's axios may set on each request's config. */
interface SdkRequestConfig {
  adapter?: unknown;
  env?: Record<string, unknown>;
  maxRedirects?: number;
}

interface InterceptableAxios {
  interceptors: { request: { use(onRequest: (config: SdkRequestConfig) => SdkRequestConfig): number } };
}

/**
 * The axios instance the Circle SDK really calls through. The SDK's package has no `exports` map, so Node (Electron
 * main, vitest, tsx) loads its CommonJS build, whose `require('axios')` is axios's CommonJS build: a different
 * instance from what `import axios from 'axios'` gives here. Requiring axios from the SDK's own file gets exactly
 * the SDK's instance, whatever the package manager hoisted. (If the SDK were ever bundled into main, this would no
 * longer be the instance it uses: keep it external, as electron-vite does for `dependencies`.)
 */
export function sdkAxios(): AxiosDefaults {
  const sdkEntry = createRequire(import.meta.url).resolve('@circle-fin/user-controlled-wallets');
  return createRequire(sdkEntry)('axios') as AxiosDefaults;
}

let installedFetch: FetchFunction | undefined;

/** Node's own fetch (looked up per call), refusing redirects: the transport when none is installed. */
const nodeFetch: FetchFunction = refusingRedirects((input, init) => globalThis.fetch(input, init));

/**
 * Routes every Circle SDK call through `fetchImpl`, made to refuse redirects (`refusingRedirects`; a fetch that
 * already refuses, with main's own options, is kept as it is), by switching the SDK's axios to its fetch adapter with
 * that fetch (axios ≥ 1.7: `adapter: 'fetch'`, `env.fetch`). The SDK takes no transport option of its own. Returns an
 * undo that restores axios's previous defaults. The gateway's direct call uses the same fetch (see `circleFetch`).
 */
export function installFetchTransport(fetchImpl: FetchFunction, target: AxiosDefaults = sdkAxios()): () => void {
  const { defaults } = target;
  const refusing = refusingRedirects(fetchImpl);
  const previous = { adapter: defaults.adapter, env: defaults.env, installedFetch };
  defaults.adapter = 'fetch';
  // A new env object, so undo can put the original back untouched.
  defaults.env = { ...previous.env, fetch: refusing };
  installedFetch = refusing;
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    defaults.adapter = previous.adapter;
    defaults.env = previous.env;
    installedFetch = previous.installedFetch;
  };
}

/** The fetch Circle calls go through: the installed transport, or Node's own; either way refusing redirects. */
export function circleFetch(): FetchFunction {
  return installedFetch ?? nodeFetch;
}

const routed = new WeakSet<object>();

/**
 * Sends every request of the SDK's axios through `circleFetch()`, installed or not, so one fetch wrapper refuses
 * redirects on every path. Without this, no transport installed means axios's http adapter, which follows redirects
 * (follow-redirects, up to `maxRedirects`). `maxRedirects: 0` besides: the fetch adapter then asks for
 * `redirect: 'manual'` itself, and any other adapter follows nothing. The gateway calls this; later calls do nothing.
 */
export function routeSdkThroughCircleFetch(
  target: InterceptableAxios = sdkAxios() as unknown as InterceptableAxios,
): void {
  if (routed.has(target)) return;
  routed.add(target);
  target.interceptors.request.use((config) => {
    config.adapter = 'fetch';
    // The fetch adapter caches a client per fetch function: circleFetch() hands out the same few, never a new one.
    config.env = { ...config.env, fetch: circleFetch() };
    config.maxRedirects = 0;
    return config;
  });
}

export type TransportFailureKind = 'proxy' | 'tls' | 'network';

export interface TransportFailure {
  kind: TransportFailureKind;
  /** The most specific code found (`net::ERR_PROXY_CONNECTION_FAILED`, `CERT_HAS_EXPIRED`, `HTTP 407`…): no secrets. */
  code: string;
}

/** What one error in a cause chain says, read field by field (never its config, which carries the API key). */
interface ErrorLink {
  code?: string;
  message: string;
  status?: number;
  address?: string;
  port?: number;
  hostname?: string;
  url?: string;
}

const errnoNetworkCodes = /^E[A-Z0-9]+$/;
const otherNetworkCodes = new Set([
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
/** Node/OpenSSL certificate verification codes; the rest of TLS shows as ERR_TLS_* / ERR_SSL_*. */
const tlsVerifyCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Codes for a connection that failed: when the endpoint is not the one asked for, it was the proxy's. */
const connectCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND']);
/** Chromium errors about the URL itself, not the network. */
const notNetworkChromiumErrors = new Set(['ERR_INVALID_URL', 'ERR_UNKNOWN_URL_SCHEME', 'ERR_DISALLOWED_URL_SCHEME']);

/**
 * Recognises a failed Circle call that never got Circle's answer, and says whether a proxy, TLS or the network is to
 * blame. It reads the whole cause chain: the SDK wraps axios's error (`HttpRequestError`, whose `error` getter holds
 * it), axios wraps fetch's (`cause`), fetch wraps the socket's (`cause`, or `errors` for Happy Eyeballs). Electron's
 * `net.fetch` rejects with `net::ERR_*` messages; Node's undici with socket and OpenSSL codes, and its ProxyAgent with
 * the refused proxy's own address or "Proxy response (407)". `targetUrl` (the base URL) is the endpoint asked for,
 * when the error does not name it. Returns null when Circle (or anything else) answered with an HTTP status.
 */
export function transportFailure(error: unknown, targetUrl?: string): TransportFailure | null {
  const chain = errorChain(error);
  const top = chain[0];
  if (!top) return null;
  if (top.status !== undefined) return top.status === 407 ? { kind: 'proxy', code: 'HTTP 407' } : null;
  const target = endpointOf(top.url ?? targetUrl);
  return (
    firstFailure(chain, (link) => proxyCode(link, target), 'proxy') ??
    firstFailure(chain, tlsCode, 'tls') ??
    mostSpecificNetworkFailure(chain)
  );
}

function firstFailure(
  chain: ErrorLink[],
  codeOf: (link: ErrorLink) => string | undefined,
  kind: TransportFailureKind,
): TransportFailure | null {
  for (const link of chain) {
    const code = codeOf(link);
    if (code) return { kind, code };
  }
  return null;
}

function proxyCode(link: ErrorLink, target: Endpoint | undefined): string | undefined {
  const chromium = chromiumError(link);
  if (chromium && /PROXY|TUNNEL|SOCKS|^ERR_PAC_/.test(chromium)) return `net::${chromium}`;
  if (link.code === 'UND_ERR_PRX_TLS') return link.code;
  const tunnelStatus = /^Proxy response \((\d{3})\)/.exec(link.message)?.[1];
  if (tunnelStatus) return `HTTP ${tunnelStatus}`;
  if (target && link.code && connectCodes.has(link.code) && !isTargetEndpoint(link, target)) return link.code;
  return undefined;
}

function tlsCode(link: ErrorLink): string | undefined {
  const chromium = chromiumError(link);
  if (chromium && /^ERR_(CERT_|CERTIFICATE_|SSL_|BAD_SSL_|CT_|INSECURE_RESPONSE)/.test(chromium)) {
    return `net::${chromium}`;
  }
  const code = link.code;
  if (!code) return undefined;
  if (tlsVerifyCodes.has(code) || /^ERR_(TLS|SSL)_/.test(code)) return code;
  if (code === 'EPROTO' && /SSL|TLS/i.test(link.message)) return code;
  return undefined;
}

/**
 * The first specific network code, from the outermost error in: a generic one (axios's ERR_NETWORK, fetch's "fetch
 * failed") gives way to the socket's ECONNREFUSED beneath it, and a Happy Eyeballs error's own code to its attempts'.
 */
function mostSpecificNetworkFailure(chain: ErrorLink[]): TransportFailure | null {
  let found: string | undefined;
  for (const link of chain) {
    const chromium = chromiumError(link);
    const code = chromium && !notNetworkChromiumErrors.has(chromium) ? `net::${chromium}` : networkCode(link);
    if (code && (!found || isGeneric(found))) found = code;
  }
  return found ? { kind: 'network', code: found } : null;
}

function networkCode(link: ErrorLink): string | undefined {
  if (link.code && (errnoNetworkCodes.test(link.code) || otherNetworkCodes.has(link.code))) return link.code;
  if (link.message === 'fetch failed') return 'FETCH_FAILED';
  return undefined;
}

const isGeneric = (code: string): boolean => code === 'ERR_NETWORK' || code === 'FETCH_FAILED';

function chromiumError(link: ErrorLink): string | undefined {
  return /net::(ERR_[A-Z0-9_]+)/.exec(link.message)?.[1];
}

interface Endpoint {
  hostname: string;
  port: number;
}

function endpointOf(url: string | undefined): Endpoint | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
    return { hostname: parsed.hostname.replace(/^\[|\]$/g, ''), port };
  } catch {
    return undefined;
  }
}

/** A failed connection to the base URL's own host and port is the network's fault; any other endpoint is a proxy. */
function isTargetEndpoint(link: ErrorLink, target: Endpoint): boolean {
  if (link.hostname !== undefined) return link.hostname === target.hostname;
  if (link.port !== undefined && link.port !== target.port) return false;
  const targetIsAddress = /^[\d.]+$|:/.test(target.hostname);
  if (targetIsAddress && link.address !== undefined) return link.address === target.hostname;
  return true;
}

/** Flattens the cause chain breadth-first, bounded, reading only plain fields. */
function errorChain(error: unknown): ErrorLink[] {
  const links: ErrorLink[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && links.length < 16) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const fields = current as Record<string, unknown>;
    links.push({
      code: typeof fields.code === 'string' ? fields.code : undefined,
      message: typeof fields.message === 'string' ? fields.message : '',
      status: typeof fields.status === 'number' ? fields.status : undefined,
      address: typeof fields.address === 'string' ? fields.address : undefined,
      port: typeof fields.port === 'number' ? fields.port : undefined,
      hostname: typeof fields.hostname === 'string' ? fields.hostname : undefined,
      url: typeof fields.url === 'string' ? fields.url : undefined,
    });
    // `error` is the SDK's getter for the axios error it wraps.
    queue.push(readField(current, 'error'), readField(current, 'cause'));
    const nested = readField(current, 'errors');
    if (Array.isArray(nested)) queue.push(...nested.slice(0, 4));
  }
  return links;
}

function readField(target: object, name: string): unknown {
  try {
    return (target as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}
