// An emulator that also answers under Circle's real host names over TLS, with a throwaway certificate: the offline
// stand-in for Circle testnet that tests, the test bed's `--circle-shaped` mode and `npm run emulator --
// --circle-hosts` start. A browser reaches it with `switches(userDataDir)`; a Node client by mapping the three hosts
// to `127.0.0.1:<tlsPort>` and trusting `certificate.cert`.
import { createEmulator, type Emulator, type EmulatorOptions } from '../create-emulator';
import { circleHostsSwitches } from './browser-flags';
import { circleShapedHosts } from './circle-host-names';
import { makeThrowawayCertificate, type ThrowawayCertificate } from './throwaway-certificate';

export interface CircleShapedEmulator {
  emulator: Emulator;
  tlsPort: number;
  certificate: ThrowawayCertificate;
  /** `circle hosts: <tls port> <host> <host> <host>`, as the standalone emulator prints it. */
  hostsLine: string;
  /**
   * The Chromium switches that reach it (browser-flags.ts), with a profile folder: what an Electron launch takes (its
   * user data), and what the SPKI list needed beside it before Chromium 156.
   */
  switches(userDataDir: string): string[];
}

export async function startCircleShapedEmulator(
  options: Omit<EmulatorOptions, 'circleHosts'> = {},
): Promise<CircleShapedEmulator> {
  const certificate = await makeThrowawayCertificate();
  const emulator = await createEmulator({ ...options, circleHosts: { key: certificate.key, cert: certificate.cert } });
  const tlsPort = emulator.circleHostsPort;
  if (tlsPort === null) throw new Error('the emulator did not open its Circle hosts port');
  return {
    emulator,
    tlsPort,
    certificate,
    hostsLine: `circle hosts: ${tlsPort} ${circleShapedHosts.join(' ')}`,
    switches: (userDataDir) => [
      ...circleHostsSwitches({ tlsPort, spkiHash: certificate.spkiHash }),
      `--user-data-dir=${userDataDir}`,
    ],
  };
}
