// `npm run bench:flow`: how long from clicking "Start PIN reset" to Circle's PIN window on screen, in the browser
// test bed on the embedded emulator, next to the same API calls made directly with the Node SDK in the same run.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { launchTestBed } from '../tests/harness/test-bed';

const runs = 20;
const goals = { flowP50Ms: 150, overheadP50Ms: 50 };

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const bed = await launchTestBed({ headless: true });
  try {
    const { page, emulator } = bed;
    const client = initiateUserControlledWalletsClient({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
    const frame = page.frameLocator('#sdkIframe');
    const flow: number[] = [];
    const direct: number[] = [];
    // One warm-up of each, so neither side pays for first-load costs the other does not.
    for (let run = -1; run < runs; run += 1) {
      await page.getByLabel('User ID', { exact: true }).fill('user-knows-pin');
      // Timed inside the page, from the form's submit to the SDK showing its iframe, so the figure is what the
      // agent sees, not Playwright's own click and polling latency.
      const shown = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let submittedAt = 0;
            document.querySelector('form')?.addEventListener(
              'submit',
              () => {
                submittedAt = performance.now();
              },
              { once: true, capture: true },
            );
            const observer = new MutationObserver(() => {
              const frame = document.getElementById('sdkIframe') as HTMLIFrameElement | null;
              if (submittedAt && frame && frame.style.display !== 'none' && frame.width === '100%') {
                observer.disconnect();
                resolve(performance.now() - submittedAt);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          }),
      );
      await page.getByRole('button', { name: 'Start PIN reset' }).click();
      const flowMs = await shown;
      await frame.getByLabel('Current PIN', { exact: true }).waitFor({ state: 'visible' });
      await frame.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.getByRole('button', { name: 'Cancel case' }).click();
      await page.getByRole('status').filter({ hasText: 'cancelled' }).waitFor();

      const directStart = performance.now();
      await fetch(`${emulator.baseUrl}/v1/w3s/config/entity`, {
        headers: { authorization: `Bearer ${emulator.apiKey}` },
      });
      await client.getUser({ userId: 'user-knows-pin' });
      const token = (await client.createUserToken({ userId: 'user-knows-pin' })).data;
      await client.updateUserPin({ userToken: token?.userToken ?? '', idempotencyKey: randomUUID() });
      const directMs = performance.now() - directStart;
      if (run >= 0) {
        flow.push(flowMs);
        direct.push(directMs);
      }
    }
    const overhead = flow.map((ms, index) => ms - (direct[index] ?? 0));
    console.log(`runs: ${runs} (after one warm-up each)`);
    console.log(`direct API calls p50: ${p50(direct).toFixed(1)} ms`);
    console.log(`flow p50: ${p50(flow).toFixed(1)} ms (goal ≤ ${goals.flowP50Ms})`);
    console.log(`flow overhead p50: ${p50(overhead).toFixed(1)} ms (goal ≤ ${goals.overheadP50Ms})`);
    console.log(`ratio flow/direct p50: ${(p50(flow) / p50(direct)).toFixed(2)}`);
  } finally {
    await bed.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
