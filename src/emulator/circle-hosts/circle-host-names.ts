// The host names the Circle-shaped emulator answers under, over TLS: Circle's own two, and one asset host of its own
// (`.test` is reserved, RFC 2606: it never resolves anywhere else) standing in for the other hosts a hosted page loads
// from.
export const circleApiHost = 'api.circle.com';
export const circleHostedUiHost = 'pw-auth.circle.com';
export const circleEmulatorAssetsHost = 'assets.circle-emulator.test';

export const circleShapedHosts = [circleApiHost, circleHostedUiHost, circleEmulatorAssetsHost] as const;

/** Matches a Host header for `host`, with or without a port. */
export function hostHeaderPattern(host: string): RegExp {
  return new RegExp(`^${host.replaceAll('.', '\\.')}(?::\\d+)?$`, 'i');
}
