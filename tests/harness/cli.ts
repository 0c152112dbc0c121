// `npm run harness [-- --headless] [--remote-debugging-port=9333]`: the test bed for a person, or for any
// Playwright script that attaches over CDP. Runs until killed.
import { launchTestBed } from './test-bed';

function parseArgs(argv: readonly string[]): { headless: boolean; remoteDebuggingPort?: number } {
  let headless = false;
  let remoteDebuggingPort: number | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--headless') headless = true;
    else if (arg.startsWith('--remote-debugging-port')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++index];
      remoteDebuggingPort = Number(value);
      if (!Number.isInteger(remoteDebuggingPort) || remoteDebuggingPort < 1 || remoteDebuggingPort > 65535) {
        throw new Error(`--remote-debugging-port needs a port number, got "${value ?? ''}"`);
      }
    } else throw new Error(`Unknown option "${arg}". Options: --headless, --remote-debugging-port=<port>`);
  }
  return { headless, remoteDebuggingPort };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!options.headless && !process.env.DISPLAY && process.platform === 'linux') {
    console.log('No display found: running headless.');
    options.headless = true;
  }
  const bed = await launchTestBed(options);
  console.log(`PIN Desk emulator: ${bed.emulator.baseUrl} ${bed.emulator.apiKey}`);
  await bed.page.getByRole('heading', { name: 'PIN Desk' }).waitFor();
  console.log(`PIN Desk ready: ${bed.appUrl}`);
  const stop = () => {
    bed.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  bed.browser.on('disconnected', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(`PIN Desk test bed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
