// What createEmulator makes of two of its options before it starts: the clock's starting state and the keys it accepts.
import { generateApiKey, isWellFormedApiKey, type Network, networkOfApiKey } from './auth/api-key';
import type { ClockState } from './clock/virtual-clock';
import type { EmulatorOptions } from './create-emulator';

export function initialClock(options: EmulatorOptions['clock']): ClockState {
  const startAtMs = options?.startAt === undefined ? undefined : new Date(options.startAt).getTime();
  if (startAtMs !== undefined && Number.isNaN(startAtMs)) throw new RangeError('clock.startAt is not a date');
  if (options?.frozen) return { offsetMs: 0, frozenAtMs: startAtMs ?? Date.now() };
  return { offsetMs: startAtMs === undefined ? 0 : startAtMs - Date.now(), frozenAtMs: null };
}

export function acceptedKeys(options: EmulatorOptions, network: Network): string[] {
  const given = options.apiKey === undefined ? [] : [options.apiKey].flat();
  for (const key of given) {
    if (!isWellFormedApiKey(key)) throw new Error('apiKey must look like TEST_API_KEY:<id>:<secret>');
    if (networkOfApiKey(key) !== network) throw new Error(`apiKey prefix does not match network ${network}`);
  }
  return given.length > 0 ? given : [generateApiKey(network)];
}
