// The Chromium switches under which an ordinary Chromium (or Chrome, or Electron) reaches the Circle-shaped emulator
// under Circle's host names: resolve the three hosts to its TLS port, accept its throwaway certificate by SPKI hash,
// and — because Chromium ignores the SPKI list without it — a user-data folder of its own.
import { circleShapedHosts } from './circle-host-names';

export function hostResolverRules(tlsPort: number, address = '127.0.0.1'): string {
  return circleShapedHosts.map((host) => `MAP ${host} ${address}:${tlsPort}`).join(', ');
}

/** The switches, as argv entries (`--name=value`, unquoted). */
export function circleHostsSwitches(input: { tlsPort: number; spkiHash: string; userDataDir: string }): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(input.tlsPort)}`,
    `--ignore-certificate-errors-spki-list=${input.spkiHash}`,
    `--user-data-dir=${input.userDataDir}`,
  ];
}

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
