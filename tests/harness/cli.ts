// `npm run harness [-- --headless] [--remote-debugging-port=9333] [--circle-shaped]`: the test bed for a person, or
// for any Playwright script that attaches over CDP. Runs until killed. With --circle-shaped it starts a Circle-shaped
// emulator of its own and opens the console on "Circle testnet" (default base URL https://api.circle.com) with that
// emulator's key saved.
import { testScryptCost } from '../../src/emulator';
import {
  type CircleShapedEmulator,
  startCircleShapedEmulator,
} from '../../src/emulator/circle-hosts/circle-shaped-emulator';
import { launchTestBed } from './test-bed';

interface HarnessOptions {
  headless: boolean;
  remoteDebuggingPort?: number;
  circleShaped: boolean;
}

function parseArgs(argv: readonly string[]): HarnessOptions {
  const options: HarnessOptions = { headless: false, circleShaped: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--headless') options.headless = true;
    else if (arg === '--circle-shaped') options.circleShaped = true;
    else if (arg.startsWith('--remote-debugging-port')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++index];
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`--remote-debugging-port needs a port number, got "${value ?? ''}"`);
      }
      options.remoteDebuggingPort = port;
    } else {
      throw new Error(`Unknown option "${arg}". Options: --headless, --remote-debugging-port=<port>, --circle-shaped`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!options.headless && !process.env.DISPLAY && process.platform === 'linux') {
    console.log('No display found: running headless.');
    options.headless = true;
  }
  let shaped: CircleShapedEmulator | undefined;
  if (options.circleShaped) shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
  const bed = await launchTestBed({
    headless: options.headless,
    ...(options.remoteDebuggingPort ? { remoteDebuggingPort: options.remoteDebuggingPort } : {}),
    ...(shaped ? { circleShaped: { emulator: shaped, selectCircleTestnet: true } } : {}),
  }).catch(async (error: unknown) => {
    await shaped?.emulator.close();
    throw error;
  });
  const controls = shaped?.emulator ?? bed.emulator;
  console.log(`PIN Desk emulator: ${controls.baseUrl} ${controls.apiKey}`);
  await bed.page.getByRole('heading', { name: 'PIN Desk' }).waitFor();
  console.log(`PIN Desk ready: ${bed.appUrl}`);
  const stop = () => {
    bed
      .close()
      .then(() => shaped?.emulator.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  bed.browser.on('disconnected', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(`PIN Desk test bed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
