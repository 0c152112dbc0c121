// The renderer's https origin. `.invalid` is reserved (RFC 2606): it can never resolve to a real host, so nothing but
// the session's protocol handler (or the test bed's routing) can ever answer for it.
export const appOrigin = 'https://app.pin-desk.invalid';
export const appEntryUrl = `${appOrigin}/index.html`;

/** Circle's hosted PIN UI, loaded by the web SDK in a cross-origin iframe. */
export const circleHostedUiOrigin = 'https://pw-auth.circle.com';
