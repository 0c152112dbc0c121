/** Why a Circle call failed, in a form that carries no request config (the SDK's errors hold the API key there). */
export type CircleFailureKind = 'circle' | 'network' | 'unexpected';

export class CircleCallError extends Error {
  override name = 'CircleCallError';
  /** From a 429's Retry-After header, where the call could see it. */
  retryAfterMs?: number;

  constructor(
    readonly kind: CircleFailureKind,
    readonly operation: string,
    message: string,
    readonly circle?: { code: number; status: number },
    readonly networkCode?: string,
  ) {
    super(message);
  }

  isCircleCode(code: number): boolean {
    return this.circle?.code === code;
  }
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Removes every occurrence of the given secrets from a text that may be shown or logged. */
export function redact(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join('[redacted]');
  return clean;
}

/**
 * Keeps only what the SDK's error says about the failure — Circle's code, HTTP status and message, or the network
 * error code — and drops the error itself, whose request config carries the API key. Messages are redacted too.
 */
export function toCircleCallError(operation: string, error: unknown, secrets: readonly string[]): CircleCallError {
  if (error instanceof CircleCallError) return error;
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const message = redact(typeof fields.message === 'string' ? fields.message : String(error), secrets);
  if (typeof fields.status === 'number' && fields.status >= 400) {
    const code = typeof fields.code === 'number' ? fields.code : fields.status;
    return new CircleCallError('circle', operation, message, { code, status: fields.status });
  }
  const causeCode = (fields.cause as { code?: unknown } | undefined)?.code;
  const networkCode = [fields.code, causeCode].find((code): code is string => typeof code === 'string');
  if (networkCode && (networkCodes.has(networkCode) || networkCode.startsWith('E'))) {
    return new CircleCallError('network', operation, message, undefined, networkCode);
  }
  if (message === 'fetch failed') return new CircleCallError('network', operation, message, undefined, 'FETCH_FAILED');
  return new CircleCallError('unexpected', operation, message);
}
