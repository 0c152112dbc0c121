// The hosts Circle's hosted PIN UI loads from, kept in one list. On Circle environments the session passes these
// through to the network; any other host the page asks for is refused and logged, so this list can be corrected.
export const circleHostedUiOrigins: readonly string[] = ['https://pw-auth.circle.com'];
