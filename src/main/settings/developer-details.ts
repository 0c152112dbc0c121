import type { EnvironmentId } from '../../shared/environment/environments';
import type { SettingsPort } from './settings-port';

const developerDetailsKey = 'developerDetails';

/** On for the emulators (a developer rehearsing), off for Circle (an agent on a live call) until changed. */
function shownByDefault(environment: EnvironmentId): boolean {
  return environment === 'local-emulator' || environment === 'standalone-emulator';
}

function saved(settings: SettingsPort): Partial<Record<EnvironmentId, unknown>> {
  const value = settings.get(developerDetailsKey);
  return typeof value === 'object' && value !== null ? (value as Partial<Record<EnvironmentId, unknown>>) : {};
}

/** "Show developer details" for one environment; anything but a boolean in the file counts as never set. */
export function developerDetailsShown(settings: SettingsPort, environment: EnvironmentId): boolean {
  const value = saved(settings)[environment];
  return typeof value === 'boolean' ? value : shownByDefault(environment);
}

export function setDeveloperDetailsShown(settings: SettingsPort, environment: EnvironmentId, show: boolean): void {
  settings.set(developerDetailsKey, { ...saved(settings), [environment]: show });
}
