// Electron's `shell.openExternal` (docs/api/shell.md): "Open the given external protocol URL in the desktop's default
// manner", returning `Promise<void>`. On macOS it rejects when no application is registered for the URL
// (spec/api-shell-spec.ts, "throws when there is no application registered to open the URL": /No application found
// to open URL/); what Windows and Linux do then is not in Electron's docs or specs, and the stand-in resolves there.
import type { StandInPlatform } from './platform';

export class StandInShell {
  /** Every URL handed to the desktop, for tests. */
  readonly opened: string[] = [];

  constructor(
    private readonly platform: StandInPlatform,
    /** Schemes the desktop has an application for. */
    private readonly registeredSchemes: readonly string[] = ['http', 'https', 'mailto'],
  ) {}

  async openExternal(url: string, _options?: { activate?: boolean }): Promise<void> {
    const scheme = new URL(url).protocol.slice(0, -1);
    if (this.platform === 'darwin' && !this.registeredSchemes.includes(scheme)) {
      throw new Error(`No application found to open URL: ${url}`);
    }
    this.opened.push(url);
  }
}
