// What Circle's window asked for during this run, and what the console's network policy refused: shown in Settings →
// Diagnostics and copied (as this text) for a ticket, so an agent on real Circle can report what happened in one paste.

export interface CircleFrameHost {
  host: string;
  requests: number;
}

export interface RefusedRequest {
  /** Its number in this run (1 for the first refusal). */
  seq: number;
  /** ISO time. */
  at: string;
  /** Origin and path only: a query can carry tokens. */
  url: string;
  reason: string;
}

export interface NetworkDiagnostics {
  /** When this run started recording (ISO). */
  since: string;
  /** Every host Circle's frame loaded from, in the order first seen. */
  circleFrameHosts: CircleFrameHost[];
  /** The most recent refusals, oldest first. */
  refused: RefusedRequest[];
  /** All refusals this run, including older ones no longer listed. */
  refusedTotal: number;
  /** Hosts besides Circle's own that the active environment's fonts and images may come from (Settings). */
  allowedAssetHosts: string[];
}

/** The text "Copy diagnostics" puts on the clipboard. */
export function networkDiagnosticsText(
  diagnostics: NetworkDiagnostics,
  context: { environment: string; version: string },
): string {
  const lines = [
    `PIN Desk ${context.version} · network diagnostics for this run (since ${diagnostics.since})`,
    `Environment: ${context.environment}`,
    '',
    'Hosts Circle’s window loaded:',
    ...(diagnostics.circleFrameHosts.length === 0
      ? ['- none yet']
      : diagnostics.circleFrameHosts.map(
          ({ host, requests }) => `- ${host} (${requests} request${requests === 1 ? '' : 's'})`,
        )),
    '',
    'Hosts allowed for the app’s fonts and images, besides Circle’s own:',
    ...(diagnostics.allowedAssetHosts.length === 0
      ? ['- none']
      : diagnostics.allowedAssetHosts.map((host) => `- ${host}`)),
    '',
    `Refused by PIN Desk’s network policy (${diagnostics.refusedTotal}):`,
    ...(diagnostics.refused.length === 0
      ? ['- nothing']
      : diagnostics.refused.map((entry) => `- ${entry.at} ${entry.url} — ${entry.reason}`)),
  ];
  if (diagnostics.refusedTotal > diagnostics.refused.length) {
    lines.push(`  (the ${diagnostics.refusedTotal - diagnostics.refused.length} oldest are not listed)`);
  }
  return `${lines.join('\n')}\n`;
}
