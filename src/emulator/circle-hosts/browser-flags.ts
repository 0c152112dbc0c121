// The Chromium switches under which an ordinary Chromium (or Chrome, or Electron) reaches the Circle-shaped emulator
// under Circle's host names: resolve the three hosts to its TLS port, and accept its throwaway certificate by SPKI
// hash. No profile folder among them: Chromium 156 honours the SPKI list on any profile (older releases wanted
// --user-data-dir beside it), and Playwright's launch() refuses --user-data-dir in `args`, making a fresh profile of
// its own for every browser. A browser started from a shell needs one too, for another reason: see shellProfileHint.
import { circleShapedHosts } from './circle-host-names';

export function hostResolverRules(tlsPort: number, address = '127.0.0.1'): string {
  return circleShapedHosts.map((host) => `MAP ${host} ${address}:${tlsPort}`).join(', ');
}

/** The switches, as argv entries (`--name=value`, unquoted): what Playwright's `launch({ args })` takes as is. */
export function circleHostsSwitches(input: { tlsPort: number; spkiHash: string }): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(input.tlsPort)}`,
    `--ignore-certificate-errors-spki-list=${input.spkiHash}`,
  ];
}

/**
 * Chromium refuses a second process on one profile (it aborts, or hands its URL to the one running and drops the new
 * switches, as a developer's everyday Chromium would take it): each browser started from a shell gets a fresh one.
 */
export const shellProfileSwitch = '--user-data-dir="$(mktemp -d)"';

/**
 * The switches on one line, for a shell: space-separated, each value double-quoted where it holds spaces or commas
 * (and the characters a double-quoted shell string would otherwise interpret, escaped).
 */
export function browserFlagsLine(switches: readonly string[]): string {
  return switches
    .map((entry) => {
      const separator = entry.indexOf('=');
      if (separator < 0) return entry;
      const value = entry.slice(separator + 1);
      if (!/[\s,"'$`\\]/.test(value)) return entry;
      return `${entry.slice(0, separator)}="${value.replace(/["$`\\]/g, '\\$&')}"`;
    })
    .join(' ');
}

/** What the standalone emulator prints after its `browser flags:` line: how to use them, in Playwright and a shell. */
export function browserFlagsUsage(switches: readonly string[]): string[] {
  return [
    `  Playwright: chromium.launch({ args: ${JSON.stringify(switches)} }) — no profile folder needed; any number of browsers at once.`,
    `  Shell: chromium <browser flags> ${shellProfileSwitch} <your app's URL> — a fresh profile for each browser: ` +
      'Chromium refuses a second process on one profile, and a Chromium already running on it would take the URL ' +
      'and drop the flags.',
  ];
}
