// Runs the emulator on its own for other apps:
//   tsx src/emulator/standalone.ts --port 8787 [--ephemeral | --state file.json] [--api-key KEY]
//     [--network testnet|mainnet] [--rate-limits] [--challenge-lifetime SECONDS] [--profile circle|detailed]
//     [--hosted-ui-errors report|inline] [--idempotency successful-only|replay-errors|warn|strict (one of each pair,
//     comma-joined)] [--circle-hosts]
// Prints the base URL, API key, App ID, behaviour settings, where state lives and how the web SDK reaches it, and
// warnings for the developer (stderr) as they happen. By default the state, App ID and API key are kept in a per-user
// folder (identity/state-folder.ts), so an app built with the App ID keeps working; --ephemeral starts fresh, --state
// keeps the state in the developer's own file. With --circle-hosts it also answers over TLS under Circle's host names
// (a free port, a throwaway certificate) and prints the Chromium switches that reach it there.
import { parseArgs } from 'node:util';
import { behaviourFromFlags } from './behaviour/emulator-behaviour';
import { browserFlagsLine, browserFlagsUsage, circleHostsSwitches } from './circle-hosts/browser-flags';
import { circleShapedHosts } from './circle-hosts/circle-host-names';
import { makeThrowawayCertificate, type ThrowawayCertificate } from './circle-hosts/throwaway-certificate';
import { circleHostsWebSdkNote, plainAddressWebSdkNote } from './circle-hosts/web-sdk-reach';
import { createEmulator, type Emulator } from './create-emulator';
import { StateFolderError } from './identity/kept-identity';
import { openStateSource, type StateSource, stateLine, statePathOf } from './identity/standalone-state';
import { createStateSaver, readStateFile, StateFileError } from './state/state-file';

const usage =
  'Usage: standalone --port 8787 [--ephemeral | --state file.json] [--api-key KEY] [--network testnet|mainnet] ' +
  '[--rate-limits] [--challenge-lifetime SECONDS] [--profile circle|detailed] [--hosted-ui-errors report|inline] ' +
  '[--idempotency successful-only|replay-errors|warn|strict, one of each pair comma-joined] [--circle-hosts]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      state: { type: 'string' },
      ephemeral: { type: 'boolean', default: false },
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

  const source = await openStateSource({ state: values.state, ephemeral: values.ephemeral, network: values.network });
  // From here the per-user folder is locked: released however the start ends.
  let started: Awaited<ReturnType<typeof start>>;
  try {
    started = await start(source, { ...values, network: values.network }, { port, lifetime, behaviour });
  } catch (error) {
    if (source.kind === 'folder') await source.identity.release();
    throw error;
  }
  const stop = async () => {
    await started.saver?.flush();
    await started.emulator.close();
    if (source.kind === 'folder') await source.identity.release();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Printed once a stop is handled: whoever waits for these lines may stop the emulator right away.
  for (const line of started.lines) console.log(line);
}

type Flags = { 'api-key'?: string; network: 'testnet' | 'mainnet'; 'rate-limits': boolean; 'circle-hosts': boolean };

/** Starts the emulator on its state; returns it with its start lines. */
async function start(
  source: StateSource,
  values: Flags,
  settings: { port: number; lifetime: number | undefined; behaviour: ReturnType<typeof behaviourFromFlags> },
): Promise<{ emulator: Emulator; lines: string[]; saver?: ReturnType<typeof createStateSaver> }> {
  const statePath = statePathOf(source);
  const state = statePath ? await readStateFile(statePath) : undefined;
  let emulator: Emulator | undefined;
  const saver = statePath ? createStateSaver(statePath, () => (emulator as Emulator).exportState()) : undefined;
  const certificate: ThrowawayCertificate | undefined = values['circle-hosts']
    ? await makeThrowawayCertificate()
    : undefined;
  const apiKey = values['api-key'] ?? (source.kind === 'folder' ? source.identity.apiKey : undefined);
  emulator = await createEmulator({
    ...(certificate ? { circleHosts: { key: certificate.key, cert: certificate.cert } } : {}),
    port: settings.port,
    network: values.network,
    ...(apiKey ? { apiKey } : {}),
    rateLimits: values['rate-limits'],
    ...(settings.lifetime ? { challengeLifetimeSeconds: settings.lifetime } : {}),
    behaviour: settings.behaviour,
    ...(state ? { state } : {}),
    onStateChange: () => saver?.schedule(),
  });
  if (saver && !state) saver.schedule();

  const lines = [
    `Circle emulator listening at ${emulator.baseUrl}`,
    `API key: ${emulator.apiKey}`,
    `App ID: ${emulator.appId}`,
  ];
  const behaviour = emulator.behaviour();
  lines.push(
    `Behaviour: profile ${behaviour.profile}, hosted UI errors ${behaviour.hostedUiErrors}, ` +
      `idempotency ${behaviour.idempotency}, a reused key with another body: ${behaviour.idempotencyBody}`,
    stateLine(source, state !== undefined),
  );
  if (certificate && emulator.circleHostsPort !== null) {
    const tlsPort = emulator.circleHostsPort;
    const switches = circleHostsSwitches({ tlsPort, spkiHash: certificate.spkiHash });
    lines.push(
      `circle hosts: ${tlsPort} ${circleShapedHosts.join(' ')}`,
      `browser flags: ${browserFlagsLine(switches)}`,
      ...browserFlagsUsage(switches),
      circleHostsWebSdkNote(tlsPort),
    );
  } else {
    lines.push(plainAddressWebSdkNote);
  }
  return { emulator, lines, ...(saver ? { saver } : {}) };
}

/** One line for what a developer can fix (a port already taken, a bad state file); the whole error otherwise. */
function startFailure(error: unknown): unknown {
  if (error instanceof StateFileError || error instanceof StateFolderError) return error.message;
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
