// How a browser app's W3S web SDK reaches this emulator, said in one line on the standalone emulator's start lines
// and on the control page. The SDK hard-codes https://pw-auth.circle.com as its hosted page; only the Circle-shaped
// emulator (--circle-hosts) answers there, in a Chromium told where those hosts are.

export const webSdkServiceUrl = 'https://pw-auth.circle.com';

/** The plain emulator: what goes wrong, and the flag that fixes it. */
export const plainAddressWebSdkNote =
  `Web SDK: a browser app's W3SSdk opens ${webSdkServiceUrl}, which this plain address does not answer ` +
  "(after 10 s the SDK reports 155706 and Chromium's error page covers the app): start the emulator with " +
  '--circle-hosts (npm run emulator -- --circle-hosts) and Chromium with the browser flags it prints. ' +
  "PIN Desk's own windows are routed here already.";

/** The Circle-shaped emulator: where the web SDK finds it. */
export function circleHostsWebSdkNote(tlsPort: number): string {
  return (
    `Web SDK: a browser app's W3SSdk reaches this emulator's hosted PIN page at ${webSdkServiceUrl} (TLS port ` +
    `${tlsPort}) in a Chromium started with the browser flags the emulator printed.`
  );
}
