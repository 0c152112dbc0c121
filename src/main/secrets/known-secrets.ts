import type { IssuedSecrets } from './issued-secrets';
import { apiKeySecrets, maskSecretsInText } from './secret-masking';

export interface KnownSecretsSources {
  /** Every API key main holds, whatever environment or base URL it belongs to. */
  apiKeys(): readonly string[];
  /** The embedded emulator's per-run key. */
  embeddedApiKey: string;
  /** Every user token and encryption key main has been issued (or given, pasted) in this process. */
  issued: IssuedSecrets;
}

/** Every secret value main knows of right now: what the case log's one writer and main's log mask wherever it appears. */
export function knownSecrets(sources: KnownSecretsSources): () => string[] {
  return () => [
    ...sources.apiKeys().flatMap(apiKeySecrets),
    ...apiKeySecrets(sources.embeddedApiKey),
    ...sources.issued.all(),
  ];
}

export interface MainLog {
  warn(message: string): void;
}

/** Main's log with every known secret masked: server messages and errors reach it verbatim otherwise. */
export function maskedLog(log: MainLog, secrets: () => readonly string[]): MainLog {
  return { warn: (message) => log.warn(maskSecretsInText(message, secrets())) };
}
