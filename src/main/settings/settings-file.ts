import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Only the agent's own account may read or write the settings file (the sealed key lives there). */
export const settingsFileMode = 0o600;

/** electron-store's options (it passes them to `conf`, which writes the file). */
export const settingsStoreOptions = {
  name: 'settings',
  clearInvalidConfig: false,
  configFileMode: settingsFileMode,
} as const;

/**
 * Where electron-store keeps the settings: `<name>.json` in its default `cwd`, `app.getPath('userData')`
 * (electron-store's readme, options `name` and `cwd`). A unit test holds the two to the same file.
 */
export function settingsFilePath(userDataDir: string): string {
  return join(userDataDir, `${settingsStoreOptions.name}.json`);
}

/**
 * One setting read from the file as plain JSON, before electron-store loads (it brings `conf`'s ajv, most of main's
 * time before its window): the window's saved bounds. Whatever cannot be read gives `undefined` — the window then
 * opens at its default place, and the store, opened next, says what is wrong with the file.
 */
export function readSettingBeforeStore(userDataDir: string, key: string): unknown {
  try {
    const settings: unknown = JSON.parse(readFileSync(settingsFilePath(userDataDir), 'utf8'));
    if (typeof settings !== 'object' || settings === null || !Object.hasOwn(settings, key)) return undefined;
    return (settings as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A file an earlier version wrote keeps its old mode until the next write: narrow it now. */
export function narrowSettingsFile(path: string): void {
  try {
    chmodSync(path, settingsFileMode);
  } catch (error) {
    // No file yet: the first write creates it with the mode above.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
