/** Circle's API, unless a proxy or gateway in front of it is configured. */
export const circleBaseUrl = 'https://api.circle.com';

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export type BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; problem: string };

/**
 * A base URL PIN Desk may send the API key to: https anywhere, or plain http on this machine only (an emulator or a
 * local proxy). No credentials, query or fragment; a trailing slash is dropped. `loopbackOnly` is for emulators.
 */
export function checkBaseUrl(raw: string, options: { loopbackOnly?: boolean } = {}): BaseUrlCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'Enter a base URL, for example https://api.circle.com.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'That is not a URL. It should look like https://api.circle.com.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'A base URL starts with https:// (or http:// for this machine only).' };
  }
  if (url.username || url.password) return { ok: false, problem: 'A base URL cannot carry a user name or password.' };
  if (url.search || url.hash) return { ok: false, problem: 'A base URL has no query (?…) or fragment (#…).' };
  const loopback = isLoopbackHost(url.hostname);
  if (options.loopbackOnly && !loopback) {
    return { ok: false, problem: 'A standalone emulator runs on this machine: use 127.0.0.1, localhost or [::1].' };
  }
  if (url.protocol === 'http:' && !loopback) {
    return {
      ok: false,
      problem: 'Plain http is allowed only on this machine (127.0.0.1, localhost, [::1]); use https.',
    };
  }
  return { ok: true, baseUrl: url.href.replace(/\/+$/, '') };
}
