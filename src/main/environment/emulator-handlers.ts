// The embedded emulator's channels (main-services.ts puts them in the one map ipc/ registers).
import type { Emulator } from '../../emulator';
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { AgentFailure } from '../failures/agent-failure';
import { isEmulatorControlPageLink } from '../window/external-links';
import type { EnvironmentSwitch } from './environment-switch';

export interface EmulatorControls {
  environments: Pick<EnvironmentSwitch, 'current' | 'resetEmbeddedEmulator'>;
  emulator: Pick<Emulator, 'baseUrl' | 'apiKey'>;
  /** The environment as the renderer sees it after a reset (environment-handlers.ts). */
  status: () => Promise<EnvironmentStatus>;
  /** A reset closes every case, the one on the customer screen among them. */
  casesClosed: () => void;
  /** The system browser, for the control page only. */
  openExternal: (url: string) => Promise<void>;
}

export function emulatorHandlers(
  controls: EmulatorControls,
): HandlersOf<'emulator:reset' | 'emulator:openControlPage' | 'emulator:revealKey'> {
  const localEmulatorOnly = () => {
    if (controls.environments.current().environment.id !== 'local-emulator') {
      throw new AgentFailure('not-local-emulator', 'Only the local emulator’s controls are available here.');
    }
  };
  return {
    'emulator:reset': async (input) => {
      await controls.environments.resetEmbeddedEmulator(input);
      controls.casesClosed();
      return controls.status();
    },
    'emulator:openControlPage': async () => {
      localEmulatorOnly();
      const url = new URL('/', controls.emulator.baseUrl).href;
      if (!isEmulatorControlPageLink(url)) {
        throw new AgentFailure('not-loopback', 'The emulator’s control page opens only on a loopback address.');
      }
      await controls.openExternal(url);
      return { opened: true as const, url };
    },
    'emulator:revealKey': () => {
      localEmulatorOnly();
      return { baseUrl: controls.emulator.baseUrl, apiKey: controls.emulator.apiKey };
    },
  };
}
