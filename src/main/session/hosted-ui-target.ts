/**
 * What answers Circle's hosted PIN UI (`https://pw-auth.circle.com`) for the active environment. On emulator
 * environments our https handler forwards it to the emulator's `/pw-auth/`; on Circle environments nothing of ours
 * is registered for https and Chromium loads Circle's page itself.
 */
export type HostedUiTarget = { kind: 'forward'; baseUrl: string } | { kind: 'circle' };
