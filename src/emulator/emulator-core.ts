// What every part of the emulator shares: the state store, the virtual clock, the settings it was started with, and
// the behaviour settings that can change while it runs.
import type { Network } from './auth/api-key';
import type { ScryptCost } from './auth/secret-hash';
import type { EmulatorBehaviour } from './behaviour/emulator-behaviour';
import type { VirtualClock } from './clock/virtual-clock';
import type { ReplayedErrors } from './idempotency/replayed-errors';
import type { LockoutPolicy } from './rules/lockout';
import type { EmulatorStore } from './state/emulator-store';
import type { WarningLog } from './warnings/warning-log';

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
  /** Read on every request it affects, so `POST /emulator/behaviour` applies to the next one. */
  behaviour: EmulatorBehaviour;
  /** The errors a reused idempotency key answers again (the `replay-errors` rule). */
  replayedErrors: ReplayedErrors;
  /** What the developer is warned about (the emulator's output, `GET /emulator/warnings`, the control page). */
  warnings: WarningLog;
}
