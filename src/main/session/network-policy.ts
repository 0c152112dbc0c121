import { circleHostedUiOrigin } from '../../shared/app-origin';

/** Where requests for Circle's hosted PIN UI go. Pluggable: the emulator, Circle itself, or nowhere yet. */
export type HostedUiTarget =
  | { kind: 'refuse' }
  | { kind: 'forward'; baseUrl: string } // https://pw-auth.circle.com/<rest> → <baseUrl>/<rest>
  | { kind: 'pass-through'; alsoAllowedOrigins: readonly string[] };

export interface NetworkPolicy {
  appOrigin: string;
  hostedUi: () => HostedUiTarget;
  /** In `dev` only: the Vite dev server, whose responses reach the renderer unchanged. */
  devServerOrigin?: string;
}

export type RouteDecision =
  | { kind: 'app-file'; pathname: string }
  | { kind: 'forward'; url: string }
  | { kind: 'pass-through' }
  | { kind: 'refuse'; reason: string };

/** The renderer's whole network policy, as a pure function of the URL. */
export function decideRoute(rawUrl: string, policy: NetworkPolicy): RouteDecision {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'refuse', reason: 'not a URL' };
  }
  if (url.origin === policy.appOrigin) return { kind: 'app-file', pathname: url.pathname };
  if (policy.devServerOrigin && url.origin === policy.devServerOrigin) return { kind: 'pass-through' };
  const target = policy.hostedUi();
  if (target.kind === 'pass-through' && target.alsoAllowedOrigins.includes(url.origin)) return { kind: 'pass-through' };
  if (url.origin === circleHostedUiOrigin) {
    if (target.kind === 'refuse') return { kind: 'refuse', reason: 'no hosted PIN UI is configured' };
    if (target.kind === 'pass-through') return { kind: 'pass-through' };
    const base = target.baseUrl.endsWith('/') ? target.baseUrl : `${target.baseUrl}/`;
    return { kind: 'forward', url: new URL(`${url.pathname.slice(1)}${url.search}`, base).href };
  }
  return { kind: 'refuse', reason: `${url.origin} is not on the allowlist` };
}
