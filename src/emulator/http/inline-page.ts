// What the emulator's own pages (the hosted PIN UI, the control page) share: their inline script and styles are
// allowed by hash alone, and they go out with the same protective headers.
import { createHash } from 'node:crypto';

/** A CSP source that allows exactly this inline text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Headers for a page under this CSP: nothing sniffed, no referrer sent on, nothing cached. */
export function inlinePageHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
