// The renderer's origin: loopback http, a secure context (Chromium treats http://localhost as potentially
// trustworthy) and the shape Circle's own web sample runs at (http://localhost:3000), so the `?origin=` the web SDK
// hands Circle's hosted page is one that page is known to accept. Nothing listens on this port: in Electron the
// session's `http` handler answers this origin before any socket is opened, so no other process can squat it; the
// browser test bed maps it to its own server. The port is fixed (the web SDK's origin must not change between runs)
// and unusual (never Vite's 5173).
export const appOriginPort = 47291;
export const appOrigin = `http://localhost:${appOriginPort}`;
export const appEntryUrl = `${appOrigin}/index.html`;
/** The customer window's page: the same origin, its own entry and its own preload. */
export const customerEntryUrl = `${appOrigin}/customer.html`;

/** Circle's hosted PIN UI, loaded by the web SDK in a cross-origin iframe. */
export const circleHostedUiOrigin = 'https://pw-auth.circle.com';
