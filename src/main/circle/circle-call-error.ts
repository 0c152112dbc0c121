import { maskSecretsInText } from '../secrets/secret-masking';
import { refusedRedirectIn } from './circle-redirects';
import { transportFailure } from './circle-transport';

/**
 * Why a Circle call failed, in a form that carries no request config (the SDK's errors hold the API key there).
 * `redirect`: the base URL answered with a redirect, which no Circle call follows (circle-redirects.ts).
 */
export type CircleFailureKind = 'circle' | 'network' | 'redirect' | 'unexpected';

export class CircleCallError extends Error {
  override name = 'CircleCallError';
  /** From a 429's Retry-After header. */
  retryAfterMs?: number;
  /** The X-Request-Id of Circle's answer, when the call that failed is read without the SDK. */
  answeredRequestId?: string;
  /** The status of a refused redirect, when the transport said it (a `redirect` failure). */
  redirectStatus?: number;
  /** The X-Request-Id of the failed attempt (the one Circle answered with, or the one sent): set by the gateway. */
  requestId?: string;

  constructor(
    readonly kind: CircleFailureKind,
    readonly operation: string,
    message: string,
    readonly circle?: { code: number; status: number },
    readonly networkCode?: string,
    /** A network failure a proxy or TLS caused, which the agent should hear about in its own words. */
    readonly transport?: 'proxy' | 'tls',
  ) {
    super(message);
  }

  isCircleCode(code: number): boolean {
    return this.circle?.code === code;
  }
}

/** The longest a Retry-After is honoured for: past it the call fails, and the agent hears why, rather than wait. */
export const maxRetryAfterMs = 60_000;

/**
 * A Retry-After header's wait in milliseconds (delay-seconds or an HTTP date, RFC 9110 §10.2.3), capped at
 * `maxRetryAfterMs`; undefined when absent, unreadable or already past.
 */
export function retryAfterMs(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const wait = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(wait) || wait <= 0) return undefined;
  return Math.min(wait, maxRetryAfterMs);
}

/** The Retry-After of the HTTP answer behind an SDK error (its `error` is the axios error, headers included). */
function retryAfterOf(sdkError: Record<string, unknown>): number | undefined {
  const cause = sdkError.error as { response?: { headers?: Record<string, unknown> } } | undefined;
  return retryAfterMs(cause?.response?.headers?.['retry-after']);
}

/**
 * Keeps only what the SDK's error says about the failure — Circle's code, HTTP status and message, the network
 * error code, or a refused redirect — and drops the error itself, whose request config carries the API key.
 * Messages are redacted too. `target` is the base URL called, so a refused proxy can be told from a refused Circle.
 */
export function toCircleCallError(
  operation: string,
  error: unknown,
  secrets: readonly string[],
  target?: string,
): CircleCallError {
  if (error instanceof CircleCallError) {
    // Made by the gateway itself (the App ID call, which goes around the SDK) with Circle's words: masked here too.
    error.message = maskSecretsInText(error.message, secrets);
    return error;
  }
  const refused = refusedRedirectIn(error);
  if (refused) {
    const failure = new CircleCallError('redirect', operation, maskSecretsInText(refused.message, secrets));
    if (refused.redirectStatus !== undefined) failure.redirectStatus = refused.redirectStatus;
    return failure;
  }
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const message = maskSecretsInText(typeof fields.message === 'string' ? fields.message : String(error), secrets);
  const transport = transportFailure(error, target);
  if (transport) {
    const blame = transport.kind === 'network' ? undefined : transport.kind;
    return new CircleCallError('network', operation, message, undefined, transport.code, blame);
  }
  if (typeof fields.status === 'number' && fields.status >= 400) {
    const code = typeof fields.code === 'number' ? fields.code : fields.status;
    const failure = new CircleCallError('circle', operation, message, { code, status: fields.status });
    if (fields.status === 429) failure.retryAfterMs = retryAfterOf(fields);
    return failure;
  }
  return new CircleCallError('unexpected', operation, message);
}
