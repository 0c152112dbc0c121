// What createEmulator makes of two of its options before it starts: the clock's starting state and the keys it accepts.
import { generateApiKey, isWellFormedApiKey, type Network, networkOfApiKey } from './auth/api-key';
import type { ClockState } from './clock/virtual-clock';

/** The clock option of createEmulator: where the virtual clock starts, and whether it stands still until advanced. */
export interface ClockOption {
  startAt?: Date | string | number;
  frozen?: boolean;
}

export function initialClock(options: ClockOption | undefined): ClockState {
  const startAtMs = options?.startAt === undefined ? undefined : new Date(options.startAt).getTime();
  if (startAtMs !== undefined && Number.isNaN(startAtMs)) throw new RangeError('clock.startAt is not a date');
  if (options?.frozen) return { offsetMs: 0, frozenAtMs: startAtMs ?? Date.now() };
  return { offsetMs: startAtMs === undefined ? 0 : startAtMs - Date.now(), frozenAtMs: null };
}

export function acceptedKeys(options: { apiKey?: string | string[] }, network: Network): string[] {
  const given = options.apiKey === undefined ? [] : [options.apiKey].flat();
  for (const key of given) {
    if (!isWellFormedApiKey(key)) throw new Error('apiKey must look like TEST_API_KEY:<id>:<secret>');
    if (networkOfApiKey(key) !== network) throw new Error(`apiKey prefix does not match network ${network}`);
  }
  return given.length > 0 ? given : [generateApiKey(network)];
}
