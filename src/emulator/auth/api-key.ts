// Circle API keys look like `PREFIX:ID:SECRET`. The emulator accepts only the keys it was started with; the prefix
// says which Circle environment the key belongs to, so both of the console's paths can be rehearsed.
import { randomBytes } from 'node:crypto';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleError } from '../errors/circle-errors';
import { malformedAuthorization } from '../errors/http-errors';

export type Network = 'testnet' | 'mainnet';

const prefixByNetwork: Record<Network, string> = { testnet: 'TEST_API_KEY', mainnet: 'LIVE_API_KEY' };
const keyPattern = /^(TEST_API_KEY|LIVE_API_KEY):([A-Za-z0-9_-]{1,128}):([A-Za-z0-9_-]{1,256})$/;

export function generateApiKey(network: Network): string {
  return `${prefixByNetwork[network]}:${randomBytes(16).toString('hex')}:${randomBytes(16).toString('hex')}`;
}

export function isWellFormedApiKey(key: string): boolean {
  return keyPattern.test(key);
}

export function networkOfApiKey(key: string): Network | undefined {
  if (key.startsWith('TEST_API_KEY:')) return 'testnet';
  if (key.startsWith('LIVE_API_KEY:')) return 'mainnet';
  return undefined;
}

/** Checks an `Authorization` header: malformed → 401 envelope, well formed but unknown → 401 code 156007. */
export function authenticateApiKey(header: string | undefined, acceptedKeys: ReadonlySet<string>): string {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  const key = match?.[1];
  if (!key || !isWellFormedApiKey(key)) throw malformedAuthorization();
  if (!acceptedKeys.has(key)) throw circleError(circleErrorCodes.apiKeyNotFound);
  return key;
}
