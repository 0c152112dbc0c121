// The Circle-shaped hosted page's session cookie: set by the document when it loads, required on every call the page
// makes to its own origin. Host-only (`__Host-`: no Domain, Path=/, Secure), HttpOnly, SameSite=None so it travels
// inside a cross-site frame, and Partitioned (CHIPS) so it still does where third-party cookies are blocked —
// Chromium blocks them by default, and so would a developer's own browser.
import { randomBytes } from 'node:crypto';

export const hostedPageSessionCookie = '__Host-pw_auth_session';
const maxSessions = 10_000;

export class HostedPageSessions {
  private readonly issued = new Set<string>();

  /** A new session, and the Set-Cookie header that hands it to the browser. */
  issue(): { id: string; setCookie: string } {
    const id = randomBytes(24).toString('base64url');
    this.issued.add(id);
    // Bounded: the oldest sessions go first.
    for (const oldest of this.issued) {
      if (this.issued.size <= maxSessions) break;
      this.issued.delete(oldest);
    }
    return {
      id,
      setCookie: `${hostedPageSessionCookie}=${id}; Path=/; Secure; HttpOnly; SameSite=None; Partitioned`,
    };
  }

  /** Whether a request's Cookie header carries a session this page issued. */
  accepts(cookieHeader: string | undefined): boolean {
    const id = cookieValue(cookieHeader, hostedPageSessionCookie);
    return id !== undefined && this.issued.has(id);
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}
