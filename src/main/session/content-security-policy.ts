import { circleHostedUiOrigin } from '../../shared/app-origin';

// The web SDK runs under this policy with zero violations; the hosted PIN UI is the only frame allowed.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  `frame-src ${circleHostedUiOrigin}`,
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export const appResponseHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};
