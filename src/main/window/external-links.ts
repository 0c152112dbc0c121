// Documentation the console links to. Only these open, and only in the OS browser; every other new window is denied.
const documentationPrefixes = ['https://developers.circle.com/', 'https://github.com/circlefin/'] as const;

export function isDocumentationLink(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  return documentationPrefixes.some((prefix) => url.href.startsWith(prefix));
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The embedded emulator's control page: plain http on a loopback address, its root only, no credentials. Main builds
 * this URL itself (the renderer never names it); the check keeps anything else from reaching the OS browser.
 */
export function isEmulatorControlPageLink(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    loopbackHosts.has(url.hostname) &&
    url.port !== '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    !url.username &&
    !url.password
  );
}
