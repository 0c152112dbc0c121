import Store from 'electron-store';
import type { SavedWindowState } from '../window/window-bounds';
import { narrowSettingsFile, settingsStoreOptions } from './settings-file';

/** Non-secret settings, kept as JSON in the user-data folder. */
export interface SettingsSchema {
  window?: SavedWindowState;
  [key: string]: unknown;
}

export type SettingsStore = Store<SettingsSchema>;

/**
 * The settings file in `userDataDir`, named rather than left to electron-store's default (the same folder), so the
 * read made before the store loads (`readSettingBeforeStore`) finds the same file.
 */
export function openSettingsStore(userDataDir: string): SettingsStore {
  const store = new Store<SettingsSchema>({ ...settingsStoreOptions, cwd: userDataDir });
  narrowSettingsFile(store.path);
  return store;
}
