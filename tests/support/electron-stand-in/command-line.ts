// `app.commandLine` (docs/api/command-line.md): the switches Chromium reads — those the process was started with and
// those appended since ("Append a switch … to Chromium's command line. This will not affect `process.argv`").
// `hasSwitch` "Returns `boolean` - Whether the command-line switch is present"; `getSwitchValue` "Returns `string` -
// The command-line switch value" ('' when absent or valueless, as Chromium's GetSwitchValueASCII).

export class StandInCommandLine {
  readonly #switches = new Map<string, string>();

  /** Chromium's parsing of argv: `--name` or `--name=value`; switch names are case-insensitive on Windows only. */
  constructor(argv: readonly string[]) {
    for (const argument of argv) {
      if (argument === '--') break;
      const match = /^--([^=]+)(?:=(.*))?$/s.exec(argument);
      if (match?.[1]) this.#switches.set(match[1], match[2] ?? '');
    }
  }

  appendSwitch(name: string, value = ''): void {
    this.#switches.set(name, value);
  }

  appendArgument(_value: string): void {}

  hasSwitch(name: string): boolean {
    return this.#switches.has(name);
  }

  getSwitchValue(name: string): string {
    return this.#switches.get(name) ?? '';
  }

  removeSwitch(name: string): void {
    this.#switches.delete(name);
  }
}
