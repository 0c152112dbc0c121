/** A yes/no question main asks the agent itself (Electron: a message box over the window), never the renderer. */
export interface ConfirmationQuestion {
  title: string;
  message: string;
  detail: string;
  confirmLabel: string;
  cancelLabel: string;
}

/** Main's own dialog: the app shows a message box; unit tests and the browser test bed answer it from a script. */
export interface ConfirmPort {
  confirm(question: ConfirmationQuestion): Promise<boolean>;
}

export interface BaseUrlChange {
  environmentLabel: string;
  /** The URL the saved key was checked against. */
  keyBaseUrl: string;
  /** The URL asked for; null clears it (a standalone emulator then has none). */
  nextBaseUrl: string | null;
  /** Cases open on this environment right now (changing the active environment's URL closes them). */
  openCases: number;
}

/**
 * The question asked before an environment with a key gets another base URL. It names the new host, because that is
 * where the console's calls would go, and says the key will be forgotten: a key is only ever sent where it was checked.
 */
export function baseUrlChangeQuestion(change: BaseUrlChange): ConfirmationQuestion {
  const host = change.nextBaseUrl === null ? null : new URL(change.nextBaseUrl).host;
  const closing =
    change.openCases > 0
      ? ` ${change.openCases} open case${change.openCases === 1 ? '' : 's'} will be closed (cancelled).`
      : '';
  return {
    title: 'Change base URL',
    message:
      host === null
        ? `Clear the base URL of ${change.environmentLabel}?`
        : `Send ${change.environmentLabel}’s Circle calls to ${host}?`,
    detail:
      `The saved API key was checked against ${change.keyBaseUrl} and is never sent anywhere else, so it will be ` +
      `forgotten. Enter a key for ${host ?? 'the new base URL'} afterwards.${closing}`,
    confirmLabel: host === null ? 'Clear and forget key' : `Use ${host} and forget key`,
    cancelLabel: 'Keep the current base URL',
  };
}
