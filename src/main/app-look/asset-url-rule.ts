/**
 * Where the app's fonts and images may come from, on every environment: https, from Circle's own hosts
 * (`circle.com` and its subdomains) or a host the agent put on the environment's allow list — which Settings →
 * Diagnostics shows. Never `file:` (this computer's files), never `data:` (nothing to name in Diagnostics, and no
 * host for the allow list to hold), never plain http, never a URL with a user name or password. The URL also stays
 * safe inside CSS `url("…")` and an attribute, where Circle's page puts it.
 */
export function assetUrlProblem(raw: string, allowedHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `“${shortened(raw)}” is not a full URL: it starts https://.`;
  }
  if (url.protocol === 'file:')
    return 'file: URLs are never used: Circle’s window must not read this computer’s files.';
  if (url.protocol === 'data:') return 'data: URLs are not used: give an https URL on an allowed host.';
  if (url.protocol !== 'https:') return `${url.protocol} URLs are not used: https only.`;
  if (url.username || url.password) return 'A URL with a user name or password is not used.';
  if (url.href.length > 2048) return 'The URL is longer than 2048 characters.';
  if (/["'\\\s()<>]/.test(url.href)) return 'The URL has quotes, brackets, spaces or backslashes: encode them.';
  const host = url.hostname.toLowerCase();
  if (isCircleHost(host) || allowedHosts.includes(host)) return null;
  return `${host} is not one of Circle’s hosts nor on this environment’s allow list: add it under “Hosts for fonts and images” first.`;
}

export function isCircleHost(host: string): boolean {
  return host === 'circle.com' || host.endsWith('.circle.com');
}

/** A host name as the allow list keeps it (lower case, no scheme, port or path); a problem otherwise. */
export function assetHostProblem(host: string): string | null {
  if (host.length > 253) return 'A host name is at most 253 characters.';
  if (!/^(?=.*[a-z])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(host)) {
    return `“${shortened(host)}” is not a host name like fonts.example.com (no https://, port, path or *).`;
  }
  if (isCircleHost(host)) return `${host} is Circle’s own: allowed already.`;
  return null;
}

function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
