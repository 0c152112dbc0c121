// Electron's `clipboard`, text only (docs/api/clipboard.md). Since Electron 44 the module follows the W3C Clipboard
// API: "`clipboard.writeText(text)` returns `Promise<void>`" and "`clipboard.readText()` returns `Promise<string>`"
// (docs/breaking-changes.md, "API Changed: `clipboard` module rearchitected"); writeText's promise "resolves once the
// text has been written to the clipboard". The stand-in writes on a later task, so a caller that does not wait for
// the promise cannot count on the text being there yet. On Linux there is also the selection clipboard
// (`clipboard.selection`), independent of the system one; PIN Desk never writes it.

export class StandInClipboard {
  #text = '';
  /** Every text written, in order, for tests. */
  readonly written: string[] = [];

  writeText(text: string): Promise<void> {
    return new Promise((resolve) =>
      setImmediate(() => {
        this.#text = String(text);
        this.written.push(this.#text);
        resolve();
      }),
    );
  }

  readText(): Promise<string> {
    return new Promise((resolve) => setImmediate(() => resolve(this.#text)));
  }

  clear(): void {
    this.#text = '';
  }
}
