import { statSync } from 'node:fs';

/** What the agent reads when the console cannot start: the reason, and where the data it needs lives. */
export function startFailureText(error: unknown, userDataDir: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    `${reason}\n\nPIN Desk keeps its settings, case log and emulator state in ${userDataDir}.` +
    '\n\nIf it says a file or folder cannot be written, check its permissions and start PIN Desk again.'
  );
}

/**
 * Why the user-data folder cannot hold PIN Desk's files, or null when it can. Electron refuses the single-instance
 * lock both when another instance holds it and when the folder cannot be made (electron_api_app.cc: any result but
 * PROCESS_NONE, a LOCK_ERROR included, returns false): this tells the second apart, so main says why instead of
 * quitting without a word.
 */
export function userDataFolderProblem(userDataDir: string): Error | null {
  try {
    if (statSync(userDataDir).isDirectory()) return null;
    return new Error(`ENOTDIR: ${userDataDir} is a file, not a folder`);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
