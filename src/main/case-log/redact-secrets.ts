// Redaction for everything the case log writes: known secret values are masked wherever they appear, and keys that
// only ever carry secrets are dropped outright, at any depth.

export const redactedMark = '[redacted]';

// Compared after lower-casing and removing `_`/`-`, so `user_token` and `API-KEY` are caught too.
const secretKeys = new Set(['usertoken', 'encryptionkey', 'apikey', 'pin', 'answers']);

// Shorter fragments would mask ordinary words and ids without protecting anything real.
const minSecretLength = 6;

export function isSecretKey(key: string): boolean {
  return secretKeys.has(key.toLowerCase().replace(/[_-]/g, ''));
}

/** A deep copy of `value` with secret keys dropped and every occurrence of a secret replaced by `[redacted]`. */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  // Longest first, so a whole key is masked before any of its parts.
  const masks = [...new Set(secrets)]
    .filter((secret) => secret.length >= minSecretLength)
    .sort((a, b) => b.length - a.length);
  return redactValue(value, masks) as T;
}

function redactString(text: string, masks: readonly string[]): string {
  let result = text;
  for (const mask of masks) if (result.includes(mask)) result = result.split(mask).join(redactedMark);
  return result;
}

function redactValue(value: unknown, masks: readonly string[]): unknown {
  if (typeof value === 'string') return redactString(value, masks);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, masks));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isSecretKey(key) || item === undefined) continue;
    copy[redactString(key, masks)] = redactValue(item, masks);
  }
  return copy;
}
