// The environment's channel (main-services.ts puts it in the one map ipc/ registers).
import type { Emulator } from '../../emulator';
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { EnvironmentStatus } from '../../shared/contract/ipc-contract';
import { savedCustomerLanguage } from '../settings/customer-language-setting';
import { developerDetailsShown } from '../settings/developer-details';
import type { SettingsPort } from '../settings/settings-port';
import type { EnvironmentSwitch } from './environment-switch';

export interface EnvironmentStatusSources {
  environments: Pick<EnvironmentSwitch, 'current' | 'status'>;
  /** The embedded emulator, whose address is shown while it is the active environment. */
  emulator: Pick<Emulator, 'baseUrl'>;
  /** Where the agent's view settings are kept. */
  settings: SettingsPort;
}

/** What the renderer is told about the environment: main's facts plus the agent's view settings. */
export async function readEnvironmentStatus(sources: EnvironmentStatusSources): Promise<EnvironmentStatus> {
  const id = sources.environments.current().environment.id;
  return {
    ...(await sources.environments.status()),
    developerDetails: developerDetailsShown(sources.settings, id),
    emulatorAddress: id === 'local-emulator' ? sources.emulator.baseUrl : null,
    customerLanguage: savedCustomerLanguage(sources.settings),
  };
}

export function environmentHandlers(sources: EnvironmentStatusSources): HandlersOf<'environment:status'> {
  return { 'environment:status': () => readEnvironmentStatus(sources) };
}
