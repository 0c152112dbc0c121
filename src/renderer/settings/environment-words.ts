// What Settings says about each environment: its state in the list, whether "Switch to …" can work and why not, and
// the hints beside its fields. Pure: from the settings view alone.
import type { EnvironmentId } from '../../shared/environment/environments';
import type { EnvironmentSettingsView, SettingsView } from '../../shared/environment/settings-view';

export type EnvironmentState = 'active' | 'ready' | 'needs-key' | 'needs-base-url';

export function environmentState(view: SettingsView, environment: EnvironmentSettingsView): EnvironmentState {
  if (view.active === environment.id) return 'active';
  if (environment.key === null) return 'ready';
  if (environment.baseUrl === null) return 'needs-base-url';
  return environment.key.stored ? 'ready' : 'needs-key';
}

/** The short line under an environment's name in the list. */
export function environmentStateWords(view: SettingsView, environment: EnvironmentSettingsView): string {
  switch (environmentState(view, environment)) {
    case 'active':
      return 'In use now';
    case 'needs-key':
      return environment.key?.storageReason && !environment.key.stored ? 'Key not usable here' : 'No key saved';
    case 'needs-base-url':
      return 'No address saved';
    case 'ready':
      return environment.key === null ? 'Built in, no key needed' : `Key …${environment.key.hint ?? ''} saved`;
  }
}

/** Why "Switch to …" cannot work yet, or null when it can (the active environment has nothing to switch to). */
export function switchBlockedBecause(view: SettingsView, environment: EnvironmentSettingsView): string | null {
  switch (environmentState(view, environment)) {
    case 'needs-key':
      return `Save a key for ${environment.label} first.`;
    case 'needs-base-url':
      return `Save the ${environment.label.toLowerCase()}’s address and key first.`;
    default:
      return null;
  }
}

/** The key's format, as the field's hint says it: `TEST_API_KEY:ID:SECRET`. */
export function keyFormatHint(environment: EnvironmentSettingsView): string | null {
  if (environment.keyPrefix === null) return null;
  const network = environment.keyPrefix === 'LIVE_API_KEY' ? 'a mainnet key' : 'a testnet key';
  const where =
    environment.id === 'standalone-emulator' ? 'as `npm run emulator` printed it' : 'from Circle’s developer console';
  const keep = environment.key?.stored ? ' Leave it empty to keep the saved key.' : '';
  return `${environment.keyPrefix}:ID:SECRET — ${network}, ${where}.${keep}`;
}

export function baseUrlHint(environment: EnvironmentSettingsView): string {
  if (environment.id === 'standalone-emulator') {
    return 'The address `npm run emulator` printed, on this machine (http://127.0.0.1:…).';
  }
  return `Circle’s API is ${environment.defaultBaseUrl ?? 'https://api.circle.com'}; change it only for a proxy or gateway in front of it (https, or http on this machine). Empty means Circle’s own.`;
}

/** What "Show developer details" adds for this environment: the emulator's controls exist on the local one only. */
export function developerDetailsWords(id: EnvironmentId): string {
  return id === 'local-emulator'
    ? 'Adds the App ID, request paths, idempotency keys and the emulator’s controls to the Customer view.'
    : 'Adds the App ID, request paths and idempotency keys to the Customer view.';
}
