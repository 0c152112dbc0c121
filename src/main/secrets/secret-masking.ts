// What is secret and how it is masked, in one place: the case log's one writer, Circle call errors and main's log
// all go through here. Known secret values are masked wherever they appear; keys that only ever carry secrets are
// dropped outright, at any depth.

export const redactedMark = '[redacted]';

// Field names that only ever carry secrets, whatever code path put them there: headers (`authorization`,
// `X-User-Token`), Circle's and the SDKs' names, and PINs and answers. Compared after lower-casing and removing
// `_`/`-`, so `user_token`, `API-KEY` and `x-user-token` are caught too.
const secretKeys = new Set([
  'authorization',
  'xusertoken',
  'token',
  'usertoken',
  'refreshtoken',
  'devicetoken',
  'encryptionkey',
  'apikey',
  'secret',
  'pin',
  'answer',
  'answers',
]);

// Secrets recognisable by their shape, masked even when main never knew the value: a bearer credential in a header
// or message, anything shaped like a Circle API key (`PREFIX:ID:SECRET`), and JWTs (Circle's user tokens are JWTs).
const secretShapes: [RegExp, string][] = [
  [/\b(Bearer\s+)[^\s"',;]+/gi, '$1[redacted]'],
  [/\b(?:TEST|LIVE)_API_KEY:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+/g, '[redacted]'],
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, '[redacted]'],
];

// Shorter fragments would mask ordinary words and ids without protecting anything real.
export const minSecretLength = 6;

export function isSecretKey(key: string): boolean {
  return secretKeys.has(key.toLowerCase().replace(/[_-]/g, ''));
}

/** An API key (`PREFIX:ID:SECRET`) and each of its parts after the prefix: any of them in a text gives it away. */
export function apiKeySecrets(apiKey: string): string[] {
  return [apiKey, ...apiKey.split(':').slice(1)];
}

/** The part of an API key the agent may see: the last 4 characters of its ID (its middle part). */
export function apiKeyHint(apiKey: string): string {
  return (apiKey.split(':')[1] ?? '').slice(-4);
}

/** The masks for a list of secrets: distinct, long enough to mean something, longest first (a whole key before its parts). */
function masksOf(secrets: readonly string[]): string[] {
  return [...new Set(secrets)].filter((secret) => secret.length >= minSecretLength).sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of a secret replaced by `[redacted]`. */
export function maskSecretsInText(text: string, secrets: readonly string[]): string {
  return maskString(text, masksOf(secrets));
}

/** A deep copy of `value` with secret keys dropped and every occurrence of a secret replaced by `[redacted]`. */
export function maskSecrets<T>(value: T, secrets: readonly string[]): T {
  return maskValue(value, masksOf(secrets)) as T;
}

function maskString(text: string, masks: readonly string[]): string {
  let result = text;
  for (const mask of masks) if (result.includes(mask)) result = result.split(mask).join(redactedMark);
  for (const [shape, replacement] of secretShapes) result = result.replace(shape, replacement);
  return result;
}

function maskValue(value: unknown, masks: readonly string[]): unknown {
  if (typeof value === 'string') return maskString(value, masks);
  if (Array.isArray(value)) return value.map((item) => maskValue(item, masks));
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isSecretKey(key) || item === undefined) continue;
    copy[maskString(key, masks)] = maskValue(item, masks);
  }
  return copy;
}
