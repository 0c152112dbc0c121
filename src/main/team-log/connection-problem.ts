// What went wrong with the team database, in words for the agent: unreachable, TLS, authentication, schema, permission.
import type { TeamLogProblem } from '../../shared/team-log/team-log-records';

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/** The error's SQLSTATE (from the server) or Node's error code, and its message. */
function partsOf(error: unknown): { code: string; message: string } {
  const { code, message } = (error ?? {}) as ErrorLike;
  return { code: typeof code === 'string' ? code : '', message: typeof message === 'string' ? message : String(error) };
}

/** Whether the error is the server's (it has a SQLSTATE): the connection itself then still works. */
export function isServerError(error: unknown): boolean {
  return /^[0-9A-Z]{5}$/.test(partsOf(error).code) && !partsOf(error).code.startsWith('E');
}

export function connectionProblem(
  error: unknown,
  where: { host: string; port: number; user: string; database: string },
): TeamLogProblem {
  const { code, message } = partsOf(error);
  const place = `${where.host}:${where.port}`;
  if (
    unreachableCodes.has(code) ||
    (/timeout|terminated|Connection terminated/i.test(message) && !isServerError(error))
  ) {
    const cause =
      code === 'ECONNREFUSED'
        ? 'connection refused'
        : code === 'ENOTFOUND'
          ? 'no such host'
          : code
            ? code.toLowerCase()
            : message;
    return { kind: 'unreachable', message: `The team database at ${place} cannot be reached (${cause}).` };
  }
  // The server's own refusals first: one that mentions a certificate is about signing in, not about TLS.
  if (code === '28P01' || code === '28000') {
    if (/no encryption/i.test(message)) {
      return { kind: 'tls', message: `The team database at ${place} requires TLS for ${where.user}: turn TLS on.` };
    }
    return {
      kind: 'authentication',
      message: `The team database refused ${where.user}: wrong password, certificate or user name (${message}).`,
    };
  }
  if (
    /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_)/.test(code) ||
    (!isServerError(error) && /does not support SSL|certificate|SSL/i.test(message))
  ) {
    return { kind: 'tls', message: `A verified TLS connection to ${place} could not be made: ${message}.` };
  }
  if (code === '57P01' || code === '57P02' || code === '57P03') {
    return { kind: 'unreachable', message: `The team database at ${place} went away (${message}).` };
  }
  if (code === '3D000')
    return { kind: 'unreachable', message: `There is no database named ${where.database} at ${place}.` };
  if (code === '42501')
    return { kind: 'permission', message: `${where.user} may not do this in the team log: ${message}.` };
  if (code === '42P01')
    return { kind: 'schema-missing', message: `The team log’s tables are not in ${where.database}: ${message}.` };
  return { kind: 'unknown', message: `The team database answered: ${message}${code ? ` (${code})` : ''}.` };
}
