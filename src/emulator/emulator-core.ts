// What every part of the emulator shares: the state store, the virtual clock and the settings it was started with.
import type { Network } from './auth/api-key';
import type { ScryptCost } from './auth/secret-hash';
import type { VirtualClock } from './clock/virtual-clock';
import type { LockoutPolicy } from './rules/lockout';
import type { EmulatorStore } from './state/emulator-store';

export interface EmulatorSettings {
  acceptedApiKeys: ReadonlySet<string>;
  network: Network;
  challengeLifetimeSeconds: number;
  lockout: LockoutPolicy;
  secretHashCost: ScryptCost;
  rateLimits: boolean;
  bodyLimitBytes: number;
}

export interface EmulatorCore {
  store: EmulatorStore;
  clock: VirtualClock;
  settings: EmulatorSettings;
}
