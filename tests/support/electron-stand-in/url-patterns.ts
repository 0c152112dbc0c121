// The URL patterns of a webRequest filter, as Electron reads them (docs/api/structures/web-request-filter.md: "Array
// of URL patterns … Use the pattern `<all_urls>` to match all URLs"; spec/api-net-session-spec.ts "Should throw when
// invalid filters are passed": `Invalid url pattern *://www.googleapis.com: Empty path.`). The grammar is the
// WebExtensions match pattern (scheme://host[:port]/path, `*` wildcards), with the port Electron's examples allow
// (docs/api/web-request.md: 'http://foo:1234/', 'http://foo:*/').

export interface UrlPattern {
  matches(url: URL): boolean;
}

const allUrls: UrlPattern = { matches: () => true };

export function parseUrlPattern(pattern: string): UrlPattern {
  if (pattern === '<all_urls>') return allUrls;
  const invalid = (why: string) => new Error(`Invalid url pattern ${pattern}: ${why}`);
  const schemeEnd = pattern.indexOf('://');
  if (schemeEnd <= 0) throw invalid('Missing scheme separator.');
  const scheme = pattern.slice(0, schemeEnd);
  const rest = pattern.slice(schemeEnd + 3);
  const pathStart = rest.indexOf('/');
  if (pathStart < 0) throw invalid('Empty path.');
  const hostAndPort = rest.slice(0, pathStart);
  const path = rest.slice(pathStart);
  const [host, port] = splitPort(hostAndPort);
  const pathRegex = wildcardRegex(path);
  return {
    matches(url) {
      const urlScheme = url.protocol.slice(0, -1);
      if (scheme === '*' ? !['http', 'https', 'ws', 'wss'].includes(urlScheme) : scheme !== urlScheme) return false;
      if (!hostMatches(host, url.hostname)) return false;
      if (port !== undefined && port !== '*' && port !== effectivePort(url)) return false;
      return pathRegex.test(`${url.pathname}${url.search}`);
    },
  };
}

function splitPort(hostAndPort: string): [string, string | undefined] {
  const colon = hostAndPort.lastIndexOf(':');
  if (colon < 0 || hostAndPort.endsWith(']')) return [hostAndPort, undefined];
  return [hostAndPort.slice(0, colon), hostAndPort.slice(colon + 1)];
}

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(2);
    return hostname === suffix || hostname.endsWith(`.${suffix}`);
  }
  return pattern === hostname;
}

function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === 'https:' || url.protocol === 'wss:' ? '443' : '80';
}

function wildcardRegex(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
