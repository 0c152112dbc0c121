// Where `npm run emulator` keeps its state, App ID and API key between starts, so a web app built with the App ID
// (Next.js bakes NEXT_PUBLIC_APP_ID into its build) keeps working: one folder per user, where the OS keeps such
// things. An environment variable moves it (tests point it at a temporary folder, never the real home).
import { isAbsolute, join } from 'node:path';

/** Overrides the per-user folder: an absolute path. */
export const stateFolderVariable = 'PIN_DESK_EMULATOR_STATE_DIR';

const folderName = 'pin-desk-circle-emulator';

export interface FolderEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

/**
 * The folder: `$PIN_DESK_EMULATOR_STATE_DIR`, else the OS convention — `$XDG_STATE_HOME` or `~/.local/state` on
 * Linux and other Unixes, `~/Library/Application Support` on macOS, `%LOCALAPPDATA%` on Windows — with
 * `pin-desk-circle-emulator` under it. Relative values of the variables are ignored, as the XDG spec says.
 */
export function perUserStateFolder({ env, platform, home }: FolderEnvironment): string {
  const absolute = (value: string | undefined) => (value && isAbsolute(value) ? value : undefined);
  const override = env[stateFolderVariable];
  if (override !== undefined) {
    const folder = absolute(override);
    if (!folder) throw new Error(`${stateFolderVariable} must be an absolute path (it is "${override}")`);
    return folder;
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', folderName);
  if (platform === 'win32') {
    return join(absolute(env.LOCALAPPDATA) ?? join(home, 'AppData', 'Local'), folderName);
  }
  return join(absolute(env.XDG_STATE_HOME) ?? join(home, '.local', 'state'), folderName);
}
