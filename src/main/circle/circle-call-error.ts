import { transportFailure } from './circle-transport';

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
    /** A network failure a proxy or TLS caused, which the agent should hear about in its own words. */
    readonly transport?: 'proxy' | 'tls',
  ) {
    super(message);
  }

  isCircleCode(code: number): boolean {
    return this.circle?.code === code;
  }
}

/** Removes every occurrence of the given secrets from a text that may be shown or logged. */
export function redact(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) if (secret.length >= 4) clean = clean.split(secret).join('[redacted]');
  return clean;
}

/**
 * Keeps only what the SDK's error says about the failure — Circle's code, HTTP status and message, or the network
 * error code — and drops the error itself, whose request config carries the API key. Messages are redacted too.
 * `target` is the base URL called, so a refused proxy can be told from a refused Circle.
 */
export function toCircleCallError(
  operation: string,
  error: unknown,
  secrets: readonly string[],
  target?: string,
): CircleCallError {
  if (error instanceof CircleCallError) return error;
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const message = redact(typeof fields.message === 'string' ? fields.message : String(error), secrets);
  const transport = transportFailure(error, target);
  if (transport) {
    const blame = transport.kind === 'network' ? undefined : transport.kind;
    return new CircleCallError('network', operation, message, undefined, transport.code, blame);
  }
  if (typeof fields.status === 'number' && fields.status >= 400) {
    const code = typeof fields.code === 'number' ? fields.code : fields.status;
    return new CircleCallError('circle', operation, message, { code, status: fields.status });
  }
  return new CircleCallError('unexpected', operation, message);
}
