import { type EnvironmentId, environmentLabels } from '../../shared/environment/environments';

/**
 * Circle API keys are `PREFIX:ID:SECRET`. The prefix names the network (Circle serves testnet and mainnet from one
 * URL, so only the prefix tells them apart); ID and SECRET are hex today, and the emulator accepts letters, digits,
 * `-` and `_` with the same length limits used here (src/emulator/auth/api-key.ts). Every message below is safe to
 * show and log: none quotes the key or any part of it.
 */
export type ApiKeyPrefix = 'TEST_API_KEY' | 'LIVE_API_KEY';
export type ApiKeyProblemKind = 'empty' | 'malformed' | 'unknown-prefix' | 'wrong-prefix';

export interface ParsedApiKey {
  /** The key as it will be sent, surrounding whitespace removed. */
  key: string;
  prefix: ApiKeyPrefix;
  /** The last 4 characters of the ID part: all the renderer ever learns of the key. */
  hint: string;
}

/** Like the base URL check: `problem` is the sentence for the agent, `kind` says which rule failed. */
export type ApiKeyCheck = ({ ok: true } & ParsedApiKey) | { ok: false; kind: ApiKeyProblemKind; problem: string };

/** A key that failed `checkApiKey`; its message names the problem, never the key. */
export class InvalidApiKeyError extends Error {
  override name = 'InvalidApiKeyError';

  constructor(
    readonly kind: ApiKeyProblemKind,
    message: string,
  ) {
    super(message);
  }
}

const networkOfPrefix: Record<ApiKeyPrefix, string> = { TEST_API_KEY: 'testnet', LIVE_API_KEY: 'mainnet' };
const maxIdLength = 128;
const maxSecretLength = 256;
const keyCharacters = /^[A-Za-z0-9_-]+$/;

/** Testnet and both emulators take TEST_API_KEY; only Circle mainnet takes LIVE_API_KEY. */
export function expectedKeyPrefix(environment: EnvironmentId): ApiKeyPrefix {
  return environment === 'circle-mainnet' ? 'LIVE_API_KEY' : 'TEST_API_KEY';
}

/** Checks a key's format, then that its prefix belongs to the environment. Nothing here calls Circle. */
export function checkApiKey(text: string, environment: EnvironmentId): ApiKeyCheck {
  const key = text.trim();
  const rejected = (kind: ApiKeyProblemKind, problem: string): ApiKeyCheck => ({ ok: false, kind, problem });

  if (key === '') return rejected('empty', "Enter the API key from Circle's developer console.");
  if (/\s/.test(key)) {
    return rejected('malformed', 'The API key contains spaces or line breaks. Copy it again, without them.');
  }
  const parts = key.split(':');
  if (parts.length !== 3) {
    return rejected(
      'malformed',
      `An API key has three parts separated by colons (PREFIX:ID:SECRET); this one has ${parts.length}.`,
    );
  }
  const [prefix = '', id = '', secret = ''] = parts;
  if (!isKnownPrefix(prefix)) {
    return isKnownPrefix(prefix.toUpperCase())
      ? rejected('unknown-prefix', 'The API key’s prefix must be in capitals: TEST_API_KEY or LIVE_API_KEY.')
      : rejected(
          'unknown-prefix',
          'An API key starts with TEST_API_KEY (testnet) or LIVE_API_KEY (mainnet); this one starts with something else.',
        );
  }
  if (id === '' || secret === '') {
    return rejected('malformed', 'The API key’s ID or secret part is empty (the format is PREFIX:ID:SECRET).');
  }
  if (id.length > maxIdLength || secret.length > maxSecretLength) {
    return rejected('malformed', 'The API key is longer than any Circle API key. Copy it again.');
  }
  if (!keyCharacters.test(id) || !keyCharacters.test(secret)) {
    return rejected('malformed', 'The API key’s ID and secret may contain only letters, digits, “-” and “_”.');
  }
  const expected = expectedKeyPrefix(environment);
  if (prefix !== expected) {
    return rejected(
      'wrong-prefix',
      `This is a ${networkOfPrefix[prefix]} key (${prefix}), but ${environmentLabels[environment]} needs a ` +
        `${networkOfPrefix[expected]} key (${expected}).`,
    );
  }
  return { ok: true, key, prefix, hint: id.slice(-4) };
}

/** `checkApiKey`, throwing `InvalidApiKeyError` instead of returning the problem. */
export function parseApiKey(text: string, environment: EnvironmentId): ParsedApiKey {
  const check = checkApiKey(text, environment);
  if (!check.ok) throw new InvalidApiKeyError(check.kind, check.problem);
  return { key: check.key, prefix: check.prefix, hint: check.hint };
}

function isKnownPrefix(prefix: string): prefix is ApiKeyPrefix {
  return prefix === 'TEST_API_KEY' || prefix === 'LIVE_API_KEY';
}
