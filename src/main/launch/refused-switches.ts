import { type RefusableSwitch, refusableSwitches, refusableVariables } from './refused-switch-list';

/**
 * A packaged PIN Desk refuses to start with Chromium or Node switches (or the environment variables Electron and
 * Chromium read in their place) that redirect its network, weaken certificate checks, write its traffic down, open a
 * debugger or drop the sandbox (the list, with why: refused-switch-list.ts).
 *
 * Team decision (issue 23 §4): it shows ONE dialog naming them and quits, before any setting is read, any Circle
 * call is made or the key is unsealed. Running "without the key" would still not be safe: a redirected or unverified
 * network also carries the customer's PIN window (Circle's hosted page) to whoever the switch points at. The
 * system's own proxy settings keep working: they are not switches. Unpackaged runs honour every switch (tests and the
 * Circle-shaped mode use --host-resolver-rules and --ignore-certificate-errors-spki-list).
 *
 * Only names are ever shown or logged, never values: a proxy address may carry a password.
 */

export interface LaunchInputs {
  isPackaged: boolean;
  /** Electron's `app.commandLine`. */
  commandLine: { hasSwitch(name: string): boolean };
  /** `process.argv`: the executable first, then the arguments as given. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}

export interface RefusedSwitch {
  /** As the agent would find it: `--proxy-server`, or `SSLKEYLOGFILE`. */
  name: string;
  kind: 'switch' | 'environment variable';
  why: string;
}

export interface Refusal {
  refused: RefusedSwitch[];
  /** The one line main logs. */
  logLine: string;
  dialog: { title: string; message: string; detail: string };
}

/**
 * What a packaged app refuses; none when unpackaged. Both `hasSwitch` and argv are read, because each sees switches
 * the other misses. `hasSwitch` sees what Chromium acts on, including switches added in-process, which never reach
 * process.argv (Electron appends --no-sandbox itself for ELECTRON_DISABLE_SANDBOX). argv sees values (which
 * features --disable-features names) and forms `hasSwitch` does not match: other casings outside Windows,
 * underscores, and anything after a bare `--`. Chromium ignores those, so refusing them costs nothing.
 */
export function refusedSwitches(input: LaunchInputs): RefusedSwitch[] {
  if (!input.isPackaged) return [];
  const given = switchesInArgv(input.argv);
  const switches = refusableSwitches.flatMap((entry): RefusedSwitch[] =>
    isGiven(entry, given, input) ? [{ name: `--${entry.name}`, kind: 'switch', why: entry.why }] : [],
  );
  const variables = refusableVariables.flatMap((entry): RefusedSwitch[] => {
    const value = input.env[entry.name];
    return value !== undefined && entry.isOn(value)
      ? [{ name: entry.name, kind: 'environment variable', why: entry.why }]
      : [];
  });
  return [...switches, ...variables];
}

function isGiven(entry: RefusableSwitch, given: Map<string, string[]>, input: LaunchInputs): boolean {
  const values = given.get(entry.name);
  if (entry.onlyWithValues) {
    // Only argv carries the value; Chromium reads the last --disable-features, any of them is refused here.
    const named = new Set(entry.onlyWithValues.map((value) => value.toLowerCase()));
    return (values ?? []).some((value) => featureNames(value).some((feature) => named.has(feature)));
  }
  if (values) return true;
  if (!input.commandLine.hasSwitch(entry.name)) return false;
  // Seen only in-process because Electron added it for a variable: name the variable, which is what to remove.
  return !(entry.addedBy && input.env[entry.addedBy] !== undefined);
}

/** `Feature1,Feature2<Trial,*Feature3:param/value` → the bare names, lower case. */
function featureNames(value: string): string[] {
  return value.split(',').map((item) => item.trim().replace(/^\*/, '').split(/[<:]/)[0]?.toLowerCase() ?? '');
}

/**
 * The switches in argv (after the executable), read more widely than Chromium's parser (base/command_line.cc):
 * `--name`, `-name` and `/name` (Windows' prefixes) with or without `=value`, names lower-cased (as on Windows) with
 * `_` read as `-`, and entries after a bare `--` too. Each name maps to the values it was given ('' for none).
 */
export function switchesInArgv(argv: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const argument of argv.slice(1)) {
    // A name starts with anything but a dash: a bare `--` (or `-`) is no switch.
    const match = /^(?:--|-|\/)([^=-][^=]*)(?:=(.*))?$/s.exec(argument);
    if (!match?.[1]) continue;
    const name = match[1].trim().toLowerCase().replaceAll('_', '-');
    found.set(name, [...(found.get(name) ?? []), match[2] ?? '']);
  }
  return found;
}

/** The refusal for main to log and show, or null when the app may start. */
export function refusalOf(
  isPackaged: boolean,
  commandLine: LaunchInputs['commandLine'],
  argv: readonly string[],
  env: LaunchInputs['env'],
): Refusal | null {
  const refused = refusedSwitches({ isPackaged, commandLine, argv, env });
  if (refused.length === 0) return null;
  return { refused, logLine: refusalLogLine(refused), dialog: refusalDialog(refused) };
}

export function refusalLogLine(refused: readonly RefusedSwitch[]): string {
  return (
    `launch: refused ${names(refused)}: a packaged PIN Desk does not start with switches that redirect or record ` +
    'its network, open a debugger or drop its sandbox.'
  );
}

export function refusalDialog(refused: readonly RefusedSwitch[]): Refusal['dialog'] {
  const plural = refused.length > 1;
  return {
    title: 'PIN Desk did not start',
    message: `PIN Desk was started with ${plural ? 'settings' : 'a setting'} that would put the customer's PIN or the API key at risk: ${names(refused)}.`,
    detail: [
      ...refused.map((entry) => `${entry.name} (${entry.kind}): ${entry.why}.`),
      '',
      `Circle's PIN window, where the customer types their PIN, would be affected too, so PIN Desk does not start at ` +
        `all. Remove ${plural ? 'them' : 'it'} from the shortcut or script that starts PIN Desk (or from the ` +
        "environment), then start it again. The system's own proxy settings keep working.",
    ].join('\n'),
  };
}

function names(refused: readonly RefusedSwitch[]): string {
  return refused.map((entry) => entry.name).join(', ');
}
