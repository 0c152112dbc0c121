import { decode } from '../../shared/jwt/decode-only-jsonwebtoken';

/** Circle's user tokens live 60 minutes: the lifetime assumed for a token whose own `exp` cannot be read. */
export const defaultTokenLifetimeMs = 60 * 60 * 1000;
/**
 * How long a secret stays masked past its expiry: a log line about a call made just before it (a late server
 * message, a retried poll, a case closing) may still quote it, and Circle's clock is not ours.
 */
export const maskingMarginMs = 10 * 60 * 1000;

/** When a user token expires by its own `exp` claim (decoded, never verified), or null when it carries none. */
export function tokenExpiry(userToken: string): Date | null {
  const payload = decode(userToken.trim());
  const exp = typeof payload === 'object' && payload !== null ? (payload as { exp?: unknown }).exp : undefined;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  const expiresAt = new Date(exp * 1000);
  return Number.isNaN(expiresAt.getTime()) ? null : expiresAt;
}

/**
 * Until when a token (and the encryption key issued with it) must stay masked, remembered at `now`: its `exp`, or
 * the default lifetime without one, plus the margin — and never less than the margin from now (an expired token
 * pasted now may still be quoted by the refusal it earns).
 */
export function maskedUntil(userToken: string, now: Date): number {
  const expiresAt = tokenExpiry(userToken)?.getTime() ?? now.getTime() + defaultTokenLifetimeMs;
  return Math.max(expiresAt, now.getTime()) + maskingMarginMs;
}
