// `npm run bench:flow`: how long from clicking "Start PIN reset" to Circle's PIN window on screen, in the browser
// test bed on the embedded emulator, next to the same API calls made directly with the Node SDK in the same run.
// Printed beside it, from the same browser and interleaved with the flow's runs: what a bare cross-site frame costs
// here (the floor under any hosted UI), and both figures again with every emulator request 80 ms away, as Circle is
// from a desktop. Last, on the Circle-shaped emulator: Circle's window reporting the customer done → the status
// reading COMPLETE.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { launchTestBed, type TestBed } from '../tests/harness/test-bed';
import { clickThatMayClose } from '../tests/support/browser/closing-input';
import { injectFault } from '../tests/support/emulator-controls';
import { type BareCrossSiteFrame, openBareCrossSiteFrame } from './bare-frame-load';
import { timeStartToWindowShown } from './in-page-timing';
import { measureWindowDoneToComplete } from './window-done-to-complete';

const runs = 20;
/** Each of these runs is a whole PIN change in Circle's window: fewer of them. */
const completionRuns = 10;
const goals = { flowP50Ms: 150, overheadP50Ms: 50, distantOverheadP50Ms: 20 };
const latencyMs = 80;

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface FlowTimings {
  flow: number[];
  direct: number[];
  bareFrame: number[];
  /** The same frame with the test bed's init script, binding and routing in its way (bare-frame-load.ts). */
  routedBareFrame: number[];
}

/**
 * One warm-up of each, then `runs` rounds: the console's flow, the same calls made directly, and a bare cross-site
 * frame unrouted and routed as the test bed routes Circle's (interleaved, so a ratio compares runs made under the
 * same load).
 */
async function measureFlow(
  bed: TestBed,
  bare: { unrouted: BareCrossSiteFrame; routed: BareCrossSiteFrame },
): Promise<FlowTimings> {
  const { page, emulator } = bed;
  const client = initiateUserControlledWalletsClient({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
  const frame = page.frameLocator('#sdkIframe');
  const flow: number[] = [];
  const direct: number[] = [];
  const bareFrame: number[] = [];
  const routedBareFrame: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    await page.getByLabel('User ID', { exact: true }).fill('user-knows-pin');
    const shown = page.evaluate(timeStartToWindowShown('Start PIN reset')) as Promise<number>;
    await page.getByRole('button', { name: 'Start PIN reset' }).click();
    const flowMs = await shown;
    await frame.getByLabel('Current PIN', { exact: true }).waitFor({ state: 'visible' });
    await clickThatMayClose(page, frame.getByRole('button', { name: 'Cancel', exact: true }));
    await page.getByRole('button', { name: 'Cancel case' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the case' }).click();
    await page.getByRole('status', { name: 'Last case' }).filter({ hasText: 'cancelled' }).waitFor();

    const directStart = performance.now();
    await fetch(`${emulator.baseUrl}/v1/w3s/config/entity`, {
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    });
    await client.getUser({ userId: 'user-knows-pin' });
    const token = (await client.createUserToken({ userId: 'user-knows-pin' })).data;
    await client.updateUserPin({ userToken: token?.userToken ?? '', idempotencyKey: randomUUID() });
    const directMs = performance.now() - directStart;
    const bareMs = await bare.unrouted.time();
    const routedBareMs = await bare.routed.time();
    if (run >= 0) {
      flow.push(flowMs);
      direct.push(directMs);
      bareFrame.push(bareMs);
      routedBareFrame.push(routedBareMs);
    }
  }
  return { flow, direct, bareFrame, routedBareFrame };
}

function overheadOf({ flow, direct }: { flow: number[]; direct: number[] }): number[] {
  return flow.map((ms, index) => ms - (direct[index] ?? 0));
}

async function main(): Promise<void> {
  const bed = await launchTestBed({ headless: true });
  let local: FlowTimings;
  let distant: FlowTimings;
  try {
    const bare = {
      unrouted: await openBareCrossSiteFrame(bed.browser),
      routed: await openBareCrossSiteFrame(bed.browser, { likeTheTestBed: true }),
    };
    try {
      local = await measureFlow(bed, bare);
      await injectFault(bed.emulator, { method: '*', path: '/*', delayMs: latencyMs, times: 1000 });
      distant = await measureFlow(bed, bare);
    } finally {
      await bare.unrouted.close();
      await bare.routed.close();
    }
  } finally {
    await bed.close();
  }
  const { bareFrame, routedBareFrame } = local;

  console.log(`runs: ${runs} per measurement (after one warm-up each)`);
  console.log(
    `bare cross-site frame p50: ${p50(bareFrame).toFixed(1)} ms (this browser, no routing: the floor; one beside each flow run)`,
  );
  console.log(
    `bare cross-site frame as the test bed routes Circle's p50: ${p50(routedBareFrame).toFixed(1)} ms (its init script, binding and route; one beside each flow run)`,
  );
  console.log(`direct API calls p50: ${p50(local.direct).toFixed(1)} ms`);
  console.log(`flow p50: ${p50(local.flow).toFixed(1)} ms (goal ≤ ${goals.flowP50Ms})`);
  console.log(`flow overhead p50: ${p50(overheadOf(local)).toFixed(1)} ms (goal ≤ ${goals.overheadP50Ms})`);
  console.log(`ratio flow/direct p50: ${(p50(local.flow) / p50(local.direct)).toFixed(2)}`);
  console.log(`ratio overhead/bare frame p50: ${(p50(overheadOf(local)) / p50(bareFrame)).toFixed(2)} (goal ≤ 1.5)`);
  console.log(
    `ratio overhead/bare frame as the test bed routes Circle's p50: ${(p50(overheadOf(local)) / p50(routedBareFrame)).toFixed(2)}`,
  );
  console.log(`with ${latencyMs} ms latency: direct API calls p50: ${p50(distant.direct).toFixed(1)} ms`);
  console.log(`with ${latencyMs} ms latency: flow p50: ${p50(distant.flow).toFixed(1)} ms`);
  console.log(
    `with ${latencyMs} ms latency: flow overhead p50: ${p50(overheadOf(distant)).toFixed(1)} ms (goal ≤ ${goals.distantOverheadP50Ms})`,
  );
  const [doneLocal = [], doneDistant = []] = await measureWindowDoneToComplete(completionRuns, [0, latencyMs]);
  console.log(`completion runs: ${completionRuns} per measurement, Circle-shaped emulator (Circle testnet)`);
  console.log(`window done → COMPLETE shown p50: ${p50(doneLocal).toFixed(1)} ms`);
  console.log(`with ${latencyMs} ms latency: window done → COMPLETE shown p50: ${p50(doneDistant).toFixed(1)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
