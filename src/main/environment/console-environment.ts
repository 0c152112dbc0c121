import type { EnvironmentFacts } from '../../shared/contract/ipc-contract';
import { type EnvironmentId, summarizeEnvironment } from '../../shared/environment/environments';
import { type CircleGateway, createCircleGateway, type GatewayOptions } from '../circle/circle-gateway';
import { flowFailure } from '../failures/flow-failure';
import type { HostedUiTarget } from '../session/hosted-ui-target';
import type { EmbeddedEmulator } from './embedded-emulator';

/** Where Circle calls go right now, and what the renderer's hosted-UI requests reach. */
export interface ConsoleEnvironment {
  id: EnvironmentId;
  gateway: CircleGateway;
  hostedUi: HostedUiTarget;
  /** Emulators can reach the desktop with signed notifications; Circle cannot, so Circle environments poll only. */
  notifications: boolean;
  appId(): Promise<string>;
  status(): Promise<EnvironmentFacts>;
  close(): Promise<void>;
}

/** What every environment's gateway is made with: the transport (tests) and where issued tokens are remembered. */
export type EnvironmentGatewayOptions = Pick<GatewayOptions, 'fetch' | 'issued' | 'retrySleep'>;

/** The embedded emulator: started with the console, its own key, its hosted UI under /pw-auth/. */
export function localEmulatorEnvironment(
  embedded: EmbeddedEmulator,
  gatewayOptions: EnvironmentGatewayOptions = {},
): ConsoleEnvironment {
  const { emulator } = embedded;
  const gateway = createCircleGateway({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl }, gatewayOptions);
  const appId = createAppIdCache(() => gateway.fetchAppId());
  return {
    id: 'local-emulator',
    gateway,
    hostedUi: { kind: 'forward', baseUrl: `${emulator.baseUrl}/pw-auth/` },
    notifications: true,
    appId,
    status: () => describeEnvironment('local-emulator', appId, embedded.notice),
    // The embedded emulator outlives an environment switch; main-services closes it at quit.
    close: async () => {},
  };
}

/** A standalone emulator or Circle itself, reached with the agent's key at a base URL. */
export function remoteEnvironment(
  id: Exclude<EnvironmentId, 'local-emulator'>,
  connection: { baseUrl: string; apiKey: string },
  gatewayOptions: EnvironmentGatewayOptions = {},
): ConsoleEnvironment {
  const gateway = createCircleGateway(connection, gatewayOptions);
  const appId = createAppIdCache(() => gateway.fetchAppId());
  const emulator = id === 'standalone-emulator';
  return {
    id,
    gateway,
    hostedUi: emulator ? { kind: 'forward', baseUrl: `${connection.baseUrl}/pw-auth/` } : { kind: 'circle' },
    notifications: emulator,
    appId,
    status: () => describeEnvironment(id, appId, null),
    close: async () => {},
  };
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
): Promise<EnvironmentFacts> {
  try {
    return { environment: summarizeEnvironment(id), appId: await appId(), appIdProblem: null, notice };
  } catch (error) {
    return {
      environment: summarizeEnvironment(id),
      appId: null,
      appIdProblem: flowFailure('app-id', error).describe(),
      notice,
    };
  }
}
