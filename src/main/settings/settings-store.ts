import Store from 'electron-store';
import type { SavedWindowState } from '../window/window-bounds';

/** Non-secret settings, kept as JSON in the user-data folder. */
export interface SettingsSchema {
  window?: SavedWindowState;
  [key: string]: unknown;
}

export function openSettingsStore(): Store<SettingsSchema> {
  return new Store<SettingsSchema>({ name: 'settings', clearInvalidConfig: false });
}
