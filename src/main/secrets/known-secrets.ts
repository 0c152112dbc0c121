import type { EnvironmentId } from '../../shared/environment/environments';
import type { LiveCase } from '../live-cases/live-case-registry';
import { apiKeySecrets } from './secret-masking';

export interface KnownSecretsSources {
  /** The API key main holds for an environment, if any. */
  apiKey(environment: Exclude<EnvironmentId, 'local-emulator'>): string | null;
  /** The embedded emulator's per-run key. */
  embeddedApiKey: string;
  /** The cases open right now, whose user tokens and encryption keys are live. */
  liveCases(): readonly LiveCase[];
}

const keyedEnvironments = ['standalone-emulator', 'circle-testnet', 'circle-mainnet'] as const;

/** Every secret value main knows of right now: what the case log's one writer masks wherever it appears. */
export function knownSecrets(sources: KnownSecretsSources): () => string[] {
  return () => [
    ...keyedEnvironments.flatMap((id) => {
      const key = sources.apiKey(id);
      return key ? apiKeySecrets(key) : [];
    }),
    ...apiKeySecrets(sources.embeddedApiKey),
    ...sources.liveCases().flatMap((open) => {
      const grant = open.token?.current();
      return grant ? [grant.userToken, grant.encryptionKey] : [];
    }),
  ];
}
