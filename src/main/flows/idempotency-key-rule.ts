// Circle says two things about a reused idempotency key: its API guide, "it will be treated as the same request and
// the original response will be returned"; its OpenAPI, it "returns the existing challenge if the idempotency key
// matches a previous successful request". A key reused after a definitive refusal would, under the first reading,
// answer that refusal for ever. So a key is reused only when the first request's outcome is unknown — Circle may have
// made the challenge — and every definitive answer is followed by a new key. Right under both readings.
import { CircleCallError } from '../circle/circle-call-error';

/**
 * Unknown: no answer (network failure, timeout), a 5xx, a 429, or an answer PIN Desk could not read. Anything else
 * (every other 4xx, 155104 among them) is Circle's definitive answer to that request.
 */
export function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof CircleCallError) || error.kind !== 'circle' || !error.circle) return true;
  return error.circle.status >= 500 || error.circle.status === 429;
}

/** The key the next attempt of the same request should carry, after `error` ended this one. */
export function keyAfterFailure(key: string, error: unknown, newKey: () => string): string {
  return outcomeUnknown(error) ? key : newKey();
}
