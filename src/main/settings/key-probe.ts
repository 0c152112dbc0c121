import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { CircleCallError } from '../circle/circle-call-error';
import { createCircleGateway } from '../circle/circle-gateway';
import { AgentFailure } from '../failures/agent-failure';
import { flowFailure } from '../failures/flow-failure';

/** Which field a failed live check belongs beside: the key Circle refused, or the address that could not answer. */
export type ProbeField = 'apiKey' | 'baseUrl';

export type KeyProbe = { ok: true; appId: string } | { ok: false; field: ProbeField; failure: AgentFailure };

// Failures of the address itself (nothing, or something else than Circle, answered there).
const addressCodes = new Set(['circle-unreachable', 'proxy-failed', 'tls-failed', 'redirect-refused']);

/**
 * The live check of a key against a base URL (GET /v1/w3s/config/entity): its App ID, or why not and whose fault.
 * No message repeats the key.
 */
export async function probeKey(
  apiKey: string,
  baseUrl: string,
  options: { fetch?: typeof fetch } = {},
): Promise<KeyProbe> {
  const probe = createCircleGateway({ apiKey, baseUrl }, options.fetch ? { fetch: options.fetch } : {});
  try {
    return { ok: true, appId: await probe.fetchAppId() };
  } catch (error) {
    if (error instanceof CircleCallError && error.circle?.code === circleErrorCodes.apiKeyNotFound) {
      return {
        ok: false,
        field: 'apiKey',
        failure: new AgentFailure(
          'unknown-api-key',
          `${baseUrl} does not know this key (156007). Check you copied the whole key, for the right environment.`,
          error.circle,
        ),
      };
    }
    if (error instanceof CircleCallError && error.circle?.status === 401) {
      return {
        ok: false,
        field: 'apiKey',
        failure: new AgentFailure('unknown-api-key', `${baseUrl} refused this key as malformed.`, error.circle),
      };
    }
    const failure = flowFailure('app-id', error);
    return { ok: false, field: addressCodes.has(failure.code) ? 'baseUrl' : 'apiKey', failure };
  }
}
