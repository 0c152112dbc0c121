import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { type EnvironmentId, summarizeEnvironment } from '../../shared/environment/environments';
import type { CircleGateway } from '../circle/circle-gateway';
import { flowFailure } from '../flows/flow-failures';
import { toIpcError } from '../ipc/handler-failure';
import type { HostedUiTarget } from '../session/network-policy';

/** Where Circle calls go right now, and what the renderer's hosted-UI requests reach. */
export interface ConsoleEnvironment {
  id: EnvironmentId;
  gateway: CircleGateway;
  hostedUi: HostedUiTarget;
  appId(): Promise<string>;
  status(): Promise<EnvironmentStatus>;
  close(): Promise<void>;
}

/**
 * The App ID, fetched at start and cached for the environment. A failed fetch is not cached: it is reported, and the
 * next request for the App ID tries again, so a network blip at start does not need a restart.
 */
export function createAppIdCache(fetchAppId: () => Promise<string>): () => Promise<string> {
  let cached: Promise<string> | null = null;
  const get = () => {
    cached ??= fetchAppId().catch((error: unknown) => {
      cached = null;
      throw error;
    });
    return cached;
  };
  get().catch(() => {});
  return get;
}

export async function describeEnvironment(
  id: EnvironmentId,
  appId: () => Promise<string>,
  notice: string | null,
): Promise<EnvironmentStatus> {
  try {
    return { environment: summarizeEnvironment(id), appId: await appId(), appIdProblem: null, notice };
  } catch (error) {
    return {
      environment: summarizeEnvironment(id),
      appId: null,
      appIdProblem: toIpcError(flowFailure('app-id', error), 'app-id'),
      notice,
    };
  }
}
