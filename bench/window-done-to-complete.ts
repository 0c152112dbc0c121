// bench:flow's last figure: on a Circle environment (the Circle-shaped emulator, Circle testnet selected: no
// notifications, as from Circle), how long from Circle's window reporting the customer done to the agent's status
// reading COMPLETE. Main reads the challenge once when the window reports; the watcher's own polls are 1–5 s apart.
import { testScryptCost } from '../src/emulator';
import { startCircleShapedEmulator } from '../src/emulator/circle-hosts/circle-shaped-emulator';
import { launchTestBed } from '../tests/harness/test-bed';
import { clickThatMayClose } from '../tests/support/browser/closing-input';
import { emulatorControl, injectFault } from '../tests/support/emulator-controls';
import { seededPin } from '../tests/support/seeded-customer';
import { timeWindowDoneToStatus } from './in-page-timing';

const newPin = '390517';
const waitMs = 20_000;

/** `runs` resets to COMPLETE (after one warm-up), each for a new customer; with `latencyMs`, every request that late. */
export async function measureWindowDoneToComplete(runs: number, latencies: number[]): Promise<number[][]> {
  const shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
  const bed = await launchTestBed({ headless: true, circleShaped: { emulator: shaped, selectCircleTestnet: true } });
  const { page } = bed;
  const frame = page.frameLocator('#sdkIframe');
  const customerEnters = async (label: string, value: string) => {
    await frame.getByLabel(label, { exact: true }).fill(value, { timeout: waitMs });
    await clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true }));
  };
  let customer = 0;
  try {
    const figures: number[][] = [];
    for (const latencyMs of latencies) {
      if (latencyMs) await injectFault(shaped.emulator, { method: '*', path: '/*', delayMs: latencyMs, times: 1000 });
      const timings: number[] = [];
      for (let run = -1; run < runs; run += 1) {
        const userId = `bench-complete-${++customer}`;
        await emulatorControl(shaped.emulator, '/emulator/users', { userId, scenario: 'user-knows-pin' });
        await page.getByRole('button', { name: 'New customer' }).click();
        await page.getByLabel('User ID', { exact: true }).fill(userId);
        await page.getByRole('button', { name: 'Start PIN reset' }).click();
        await customerEnters('Current PIN', seededPin);
        await customerEnters('New PIN', newPin);
        await frame.getByLabel('Confirm new PIN', { exact: true }).waitFor({ timeout: waitMs });
        const shown = page.evaluate(timeWindowDoneToStatus('COMPLETE', waitMs)) as Promise<number>;
        shown.catch(() => {}); // awaited below; a step that fails first must not leave it unhandled
        await customerEnters('Confirm new PIN', newPin);
        const ms = await shown;
        if (run >= 0) timings.push(ms);
      }
      figures.push(timings);
    }
    return figures;
  } finally {
    await bed.close();
    await shaped.emulator.close();
  }
}
