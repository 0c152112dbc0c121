import { chmodSync } from 'node:fs';

/** Only the agent's own account may read or write the settings file (the sealed key lives there). */
export const settingsFileMode = 0o600;

/** electron-store's options (it passes them to `conf`, which writes the file). */
export const settingsStoreOptions = {
  name: 'settings',
  clearInvalidConfig: false,
  configFileMode: settingsFileMode,
} as const;

/** A file an earlier version wrote keeps its old mode until the next write: narrow it now. */
export function narrowSettingsFile(path: string): void {
  try {
    chmodSync(path, settingsFileMode);
  } catch (error) {
    // No file yet: the first write creates it with the mode above.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
