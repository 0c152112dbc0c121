import type { EnvironmentId } from '../../shared/environment/environments';
import type { SettingsPort } from './settings-port';

const developerDetailsKey = 'developerDetails';

/**
 * Off on every environment, the emulators included: the agent's screen is the default, and a developer turns the
 * details on in Settings (remembered per environment).
 */
function shownByDefault(_environment: EnvironmentId): boolean {
  return false;
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
