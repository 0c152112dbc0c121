/** What the agent reads when the console cannot start: the reason, and where the data it needs lives. */
export function startFailureText(error: unknown, userDataDir: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    `${reason}\n\nPIN Desk keeps its settings, case log and emulator state in ${userDataDir}.` +
    '\n\nIf it says a file or folder cannot be written, check its permissions and start PIN Desk again.'
  );
}
