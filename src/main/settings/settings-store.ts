import { chmodSync } from 'node:fs';
import Store from 'electron-store';
import type { SavedWindowState } from '../window/window-bounds';

/** Non-secret settings, kept as JSON in the user-data folder. */
export interface SettingsSchema {
  window?: SavedWindowState;
  [key: string]: unknown;
}

/** Only the agent's own account may read or write the settings file (the sealed key lives there). */
export const settingsFileMode = 0o600;

/** `cwd` is Electron's user-data folder unless given (tests give a temporary folder). */
export function openSettingsStore(options: { cwd?: string } = {}): Store<SettingsSchema> {
  const store = new Store<SettingsSchema>({
    name: 'settings',
    clearInvalidConfig: false,
    configFileMode: settingsFileMode,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  tightenExistingFile(store.path);
  return store;
}

/** A file an earlier version wrote keeps its old mode until the next write: narrow it now. */
function tightenExistingFile(path: string): void {
  try {
    chmodSync(path, settingsFileMode);
  } catch (error) {
    // No file yet: the first write creates it with the mode above. Windows has no such modes to set.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
