// Runs the emulator on its own for other apps:
//   tsx src/emulator/standalone.ts --port 8787 [--state file.json] [--api-key KEY] [--network testnet|mainnet]
//     [--rate-limits] [--challenge-lifetime SECONDS] [--profile circle|detailed] [--hosted-ui-errors report|inline]
//     [--idempotency successful-only|replay-errors|warn|strict (one of each pair, comma-joined)] [--circle-hosts]
// Prints the base URL, API key and behaviour settings, and warnings for the developer (stderr) as they happen. With --state, the state survives restarts. With --circle-hosts
// it also answers over TLS under Circle's host names (a free port, a throwaway certificate) and prints the Chromium
// switches that reach it there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { behaviourFromFlags } from './behaviour/emulator-behaviour';
import { browserFlagsLine, circleHostsSwitches } from './circle-hosts/browser-flags';
import { circleShapedHosts } from './circle-hosts/circle-host-names';
import { makeThrowawayCertificate, type ThrowawayCertificate } from './circle-hosts/throwaway-certificate';
import { createEmulator, type Emulator } from './create-emulator';
import { createStateSaver, readStateFile, StateFileError } from './state/state-file';

const usage =
  'Usage: standalone --port 8787 [--state file.json] [--api-key KEY] [--network testnet|mainnet] [--rate-limits] ' +
  '[--challenge-lifetime SECONDS] [--profile circle|detailed] [--hosted-ui-errors report|inline] ' +
  '[--idempotency successful-only|replay-errors|warn|strict, one of each pair comma-joined] [--circle-hosts]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      state: { type: 'string' },
      'api-key': { type: 'string' },
      network: { type: 'string', default: 'testnet' },
      'rate-limits': { type: 'boolean', default: false },
      'challenge-lifetime': { type: 'string' },
      'circle-hosts': { type: 'boolean', default: false },
      profile: { type: 'string' },
      'hosted-ui-errors': { type: 'string' },
      idempotency: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port. ${usage}`);
  if (values.network !== 'testnet' && values.network !== 'mainnet') throw new Error(`Invalid --network. ${usage}`);
  const lifetime = values['challenge-lifetime'] === undefined ? undefined : Number(values['challenge-lifetime']);
  if (lifetime !== undefined && !(lifetime > 0)) throw new Error(`Invalid --challenge-lifetime. ${usage}`);
  const behaviour = behaviourFromFlags(values);

  const statePath = values.state;
  const state = statePath ? await readStateFile(statePath) : undefined;
  let emulator: Emulator | undefined;
  const saver = statePath ? createStateSaver(statePath, () => (emulator as Emulator).exportState()) : undefined;
  const certificate: ThrowawayCertificate | undefined = values['circle-hosts']
    ? await makeThrowawayCertificate()
    : undefined;
  emulator = await createEmulator({
    ...(certificate ? { circleHosts: { key: certificate.key, cert: certificate.cert } } : {}),
    port,
    network: values.network,
    ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
    rateLimits: values['rate-limits'],
    ...(lifetime ? { challengeLifetimeSeconds: lifetime } : {}),
    behaviour,
    ...(state ? { state } : {}),
    onStateChange: () => saver?.schedule(),
  });
  if (saver && !state) saver.schedule();

  console.log(`Circle emulator listening at ${emulator.baseUrl}`);
  console.log(`API key: ${emulator.apiKey}`);
  console.log(`App ID: ${emulator.appId}`);
  const settings = emulator.behaviour();
  console.log(
    `Behaviour: profile ${settings.profile}, hosted UI errors ${settings.hostedUiErrors}, ` +
      `idempotency ${settings.idempotency}, a reused key with another body: ${settings.idempotencyBody}`,
  );
  if (statePath) console.log(`State file: ${statePath}${state ? ' (loaded)' : ' (new)'}`);
  // Chromium ignores the SPKI list unless it runs on a user-data folder of its own: a fresh one, removed at exit.
  const browserDataDir = certificate ? await mkdtemp(join(tmpdir(), 'circle-emulator-browser-')) : undefined;
  if (certificate && browserDataDir && emulator.circleHostsPort !== null) {
    const tlsPort = emulator.circleHostsPort;
    console.log(`circle hosts: ${tlsPort} ${circleShapedHosts.join(' ')}`);
    const switches = circleHostsSwitches({ tlsPort, spkiHash: certificate.spkiHash, userDataDir: browserDataDir });
    console.log(`browser flags: ${browserFlagsLine(switches)}`);
  }

  const stop = async () => {
    await saver?.flush();
    await emulator?.close();
    if (browserDataDir) await rm(browserDataDir, { recursive: true, force: true }).catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** One line for what a developer can fix (a port already taken, a bad state file); the whole error otherwise. */
function startFailure(error: unknown): unknown {
  if (error instanceof StateFileError) return error.message;
  const failure = error as Partial<NodeJS.ErrnoException> & { address?: string; port?: number };
  if (failure.code === 'EADDRINUSE') {
    return `Port ${failure.port} on ${failure.address} is already in use: stop what is using it, or start the emulator with another --port.`;
  }
  return error;
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});
