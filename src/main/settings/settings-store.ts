import Store from 'electron-store';
import type { SavedWindowState } from '../window/window-bounds';
import { narrowSettingsFile, settingsStoreOptions } from './settings-file';

/** Non-secret settings, kept as JSON in the user-data folder. */
export interface SettingsSchema {
  window?: SavedWindowState;
  [key: string]: unknown;
}

export function openSettingsStore(): Store<SettingsSchema> {
  const store = new Store<SettingsSchema>(settingsStoreOptions);
  narrowSettingsFile(store.path);
  return store;
}
