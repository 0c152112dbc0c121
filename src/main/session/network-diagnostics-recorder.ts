import type { NetworkDiagnostics, RefusedRequest } from '../../shared/diagnostics/network-diagnostics';

const maxHosts = 200;
const maxRefused = 200;
const maxUrlLength = 300;

/**
 * Records, for this run, the hosts Circle's frame loaded from and every request the network policy refused (both
 * the webRequest policy and the session's own handlers). Bounded: a page that asks for thousands of hosts cannot grow
 * main's memory. Nothing here is secret: refused URLs keep their origin and path, never the query.
 */
export class NetworkDiagnosticsRecorder {
  private readonly hosts = new Map<string, number>();
  private readonly refusals: RefusedRequest[] = [];
  private refusedTotal = 0;
  private readonly since: string;

  constructor(private readonly now: () => Date = () => new Date()) {
    this.since = now().toISOString();
  }

  circleFrameLoaded(host: string): void {
    const seen = this.hosts.get(host);
    if (seen !== undefined) this.hosts.set(host, seen + 1);
    else if (this.hosts.size < maxHosts) this.hosts.set(host, 1);
  }

  refused(rawUrl: string, reason: string): void {
    this.refusedTotal += 1;
    this.refusals.push({ seq: this.refusedTotal, at: this.now().toISOString(), url: withoutQuery(rawUrl), reason });
    if (this.refusals.length > maxRefused) this.refusals.shift();
  }

  /** The policy's own record; main adds the allow list (main-services.ts). */
  view(): Omit<NetworkDiagnostics, 'allowedAssetHosts'> {
    return {
      since: this.since,
      circleFrameHosts: [...this.hosts].map(([host, requests]) => ({ host, requests })),
      refused: this.refusals.map((entry) => ({ ...entry })),
      refusedTotal: this.refusedTotal,
    };
  }
}

function withoutQuery(rawUrl: string): string {
  let text: string;
  try {
    const url = new URL(rawUrl);
    text = url.protocol === 'data:' || url.protocol === 'blob:' ? `${url.protocol}…` : `${url.origin}${url.pathname}`;
  } catch {
    text = '(not a URL)';
  }
  return text.length > maxUrlLength ? `${text.slice(0, maxUrlLength)}…` : text;
}
