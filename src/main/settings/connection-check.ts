import type { ConnectionProblems } from '../../shared/contract/connection-form';
import type { EnvironmentId } from '../../shared/environment/environments';
import { checkBaseUrl } from '../environment/base-url-rule';
import { defaultBaseUrlOf } from '../environment/environment-switch';
import { checkApiKey } from './api-key-format';

export type ConnectionCheck =
  | { ok: true; baseUrl: string /** null: keep the saved key. */; key: string | null }
  | { ok: false; problems: ConnectionProblems };

/**
 * The connection form's fields checked together on this machine, before anything is sent: each gets its own problem.
 * An empty base URL means Circle's default (a standalone emulator has none); an empty key keeps the saved one.
 */
export function checkConnection(input: {
  environment: EnvironmentId;
  baseUrl: string;
  apiKey: string;
}): ConnectionCheck {
  const { environment } = input;
  const problems: ConnectionProblems = {};
  const fallback = defaultBaseUrlOf(environment);
  let baseUrl: string | null = null;
  if (input.baseUrl.trim() === '' && fallback !== null) baseUrl = fallback;
  else if (input.baseUrl.trim() === '' && environment === 'standalone-emulator') {
    problems.baseUrl = 'Enter the standalone emulator’s URL, as `npm run emulator` printed it (http://127.0.0.1:…).';
  } else {
    const check = checkBaseUrl(input.baseUrl, { loopbackOnly: environment === 'standalone-emulator' });
    if (check.ok) baseUrl = check.baseUrl;
    else problems.baseUrl = check.problem;
  }
  let key: string | null = null;
  if (input.apiKey.trim() !== '') {
    const format = checkApiKey(input.apiKey, environment);
    if (format.ok) key = format.key;
    else problems.apiKey = format.problem;
  }
  if (problems.baseUrl || problems.apiKey || baseUrl === null) return { ok: false, problems };
  return { ok: true, baseUrl, key };
}
