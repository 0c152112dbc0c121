// Runs the emulator on its own for other apps:
//   tsx src/emulator/standalone.ts --port 8787 [--state file.json] [--api-key KEY] [--network testnet|mainnet]
//     [--rate-limits] [--challenge-lifetime SECONDS] [--profile circle|detailed] [--hosted-ui-errors report|inline]
//     [--idempotency successful-only|replay-errors]
// Prints the base URL, API key and behaviour settings. With --state, the state survives restarts.
import { parseArgs } from 'node:util';
import { behaviourFromFlags } from './behaviour/emulator-behaviour';
import { createEmulator, type Emulator } from './create-emulator';
import { createStateSaver, readStateFile, StateFileError } from './state/state-file';

const usage =
  'Usage: standalone --port 8787 [--state file.json] [--api-key KEY] [--network testnet|mainnet] [--rate-limits] ' +
  '[--challenge-lifetime SECONDS] [--profile circle|detailed] [--hosted-ui-errors report|inline] ' +
  '[--idempotency successful-only|replay-errors]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      state: { type: 'string' },
      'api-key': { type: 'string' },
      network: { type: 'string', default: 'testnet' },
      'rate-limits': { type: 'boolean', default: false },
      'challenge-lifetime': { type: 'string' },
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
  emulator = await createEmulator({
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
    `Behaviour: profile ${settings.profile}, hosted UI errors ${settings.hostedUiErrors}, idempotency ${settings.idempotency}`,
  );
  if (statePath) console.log(`State file: ${statePath}${state ? ' (loaded)' : ' (new)'}`);

  const stop = async () => {
    await saver?.flush();
    await emulator?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof StateFileError ? error.message : error);
  process.exit(1);
});
