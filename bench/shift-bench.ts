// `npm run bench:shift`: a whole shift in one console process — 200 cases in a row in the browser test bed on the
// embedded emulator, each a new customer: looked up, asked the two questions, then a PIN reset (most), an account
// recovery, a wrong PIN before the right one, or a case the agent cancels; the Cases view opened now and then. It
// prints how many cases went as scripted, how main's and the renderer's heaps and the renderer's DOM grew from
// case 50 to case 200 (each measured after a forced garbage collection; main's without the test tools that share its
// process: bench/main-heap.ts), and how the time from "Start" to Circle's window drifted (p50 of cases 180–200 over
// p50 of cases 10–30). Run with `--expose-gc` (the npm script does).
import type { CDPSession, Page } from '@playwright/test';
import { launchTestBed, type TestBed } from '../tests/harness/test-bed';
import { clickThatMayClose } from '../tests/support/browser/closing-input';
import { emulatorControl } from '../tests/support/emulator-controls';
import { seededAnswers, seededPin, seededQuestions } from '../tests/support/seeded-customer';
import { timeStartToWindowShown } from './in-page-timing';
import { cutMarker, mainHeapBytes } from './main-heap';

const caseCount = Number(process.env.SHIFT_CASES ?? 200);
// For 200 cases: snapshots at 50 and 200, drift of cases 180–200 over 10–30 (scaled for a shorter trial run).
const snapshotAt = { first: Math.round(caseCount / 4), last: caseCount };
const driftWindows = {
  early: [Math.round(caseCount * 0.05), Math.round(caseCount * 0.15)],
  late: [Math.round(caseCount * 0.9), caseCount],
} as const;
const goals = { heapGrowthPercent: 20, domGrowthPercent: 10, drift: 1.2 };
const newPin = '390517';
const waitMs = 20_000;

type CaseKind = 'reset' | 'recovery' | 'wrong-pin' | 'cancel';

/** Most cases are resets; every few, a recovery, a wrong PIN first, or a case the agent cancels. */
function kindOf(caseNumber: number): CaseKind {
  if (caseNumber % 10 === 3) return 'recovery';
  if (caseNumber % 10 === 6) return 'wrong-pin';
  if (caseNumber % 10 === 9) return 'cancel';
  return 'reset';
}

interface Snapshot {
  mainHeap: number;
  /** The whole process: main and the test tools (Playwright, the test bed's records) beside it. */
  processHeap: number;
  rendererHeap: number;
  domNodes: number;
}

async function snapshot(page: Page, cdp: CDPSession): Promise<Snapshot> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc (npm run bench:shift does)');
  gc();
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  await page.evaluate(() => undefined);
  const heap = await mainHeapBytes();
  return {
    mainHeap: heap.main,
    processHeap: heap.process,
    rendererHeap: metric('JSHeapUsedSize'),
    domNodes: metric('Nodes'),
  };
}

function hostedUi(page: Page) {
  return page.frameLocator('#sdkIframe');
}

async function customerEnters(page: Page, label: string, value: string): Promise<void> {
  const frame = hostedUi(page);
  await frame.getByLabel(label, { exact: true }).fill(value, { timeout: waitMs });
  await clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true }));
}

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: waitMs });
}

/** One customer, start to end; resolves with the time from Start to Circle's window on screen. */
async function runCase(bed: TestBed, caseNumber: number): Promise<number> {
  const { page, emulator } = bed;
  const kind = kindOf(caseNumber);
  const userId = `shift-${String(caseNumber).padStart(3, '0')}`;
  await emulatorControl(emulator, '/emulator/users', { userId, scenario: 'user-knows-pin' });

  await page.getByRole('button', { name: 'New customer' }).click();
  const field = page.getByLabel('User ID', { exact: true });
  await field.fill(userId);
  await field.press('Enter');
  await page.getByRole('heading', { name: `Customer ${userId}` }).waitFor({ timeout: waitMs });
  const knowsPin = kind === 'recovery' ? 'No' : 'Yes';
  await page.getByRole('group', { name: 'Customer knows their current PIN?' }).getByLabel(knowsPin).check();
  await page.getByRole('group', { name: 'Customer remembers their security answers?' }).getByLabel('Yes').check();

  const startLabel = kind === 'recovery' ? 'Start account recovery' : 'Start PIN reset';
  const shown = page.evaluate(timeStartToWindowShown(startLabel, waitMs)) as Promise<number>;
  shown.catch(() => {}); // awaited below; a click that fails first must not leave it unhandled
  await page.getByRole('button', { name: startLabel }).click();
  const startToWindowMs = await shown;

  if (kind === 'cancel') {
    // The customer changes their mind and closes Circle's window; the agent then cancels the case.
    await hostedUi(page).getByLabel('Current PIN', { exact: true }).waitFor({ timeout: waitMs });
    await clickThatMayClose(page, hostedUi(page).getByRole('button', { name: 'Cancel', exact: true }));
    await page.getByRole('button', { name: 'Cancel case' }).click({ timeout: waitMs });
    // The console asks first: Circle has no cancel, the challenge stays open until it expires.
    await page.getByRole('button', { name: 'Yes, cancel the case' }).click({ timeout: waitMs });
    await waitForStatus(page, 'cancelled');
    return startToWindowMs;
  }
  if (kind === 'recovery') {
    const frame = hostedUi(page);
    await frame.getByLabel(seededQuestions[0], { exact: true }).fill(seededAnswers[0], { timeout: waitMs });
    await frame.getByLabel(seededQuestions[1], { exact: true }).fill(seededAnswers[1]);
    await clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true }));
  } else {
    if (kind === 'wrong-pin') {
      await customerEnters(page, 'Current PIN', '246802');
      await hostedUi(page).getByRole('alert').waitFor({ timeout: waitMs });
    }
    await customerEnters(page, 'Current PIN', seededPin);
  }
  await customerEnters(page, 'New PIN', newPin);
  await customerEnters(page, 'Confirm new PIN', newPin);
  await waitForStatus(page, 'COMPLETE');
  return startToWindowMs;
}

/** Now and then the agent looks at the case log: the newest case opened, then back to the customer. */
async function lookAtCases(page: Page): Promise<void> {
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Cases' }).click();
  await page
    .getByRole('button', { name: /^Open case for/ })
    .first()
    .click();
  await page.getByRole('heading', { name: /^Case for / }).waitFor({ timeout: waitMs });
  await views.getByRole('button', { name: 'Customer' }).click();
}

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const growth = (from: number, to: number) => ((to - from) / from) * 100;
const percent = (value: number) => `${value.toFixed(1)}%`;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function main(): Promise<void> {
  const bed = await launchTestBed({ headless: true, watchIntervals: { firstMs: 200, maxMs: 1000, factor: 1.5 } });
  // The test bed's record of bridge traffic grows with every call; the Electron app keeps none.
  (globalThis as Record<string, unknown>)[cutMarker] = { bridgeTraffic: bed.bridgeTraffic };
  // Nothing an agent does waits for ever: a step that cannot happen fails the case, and the shift goes on.
  bed.page.setDefaultTimeout(waitMs);
  try {
    const cdp = await bed.context.newCDPSession(bed.page);
    await cdp.send('Performance.enable');
    const startTimes = new Map<number, number>();
    const failures: string[] = [];
    const snapshots = new Map<number, Snapshot>();
    const started = performance.now();
    for (let caseNumber = 1; caseNumber <= caseCount; caseNumber++) {
      try {
        startTimes.set(caseNumber, await runCase(bed, caseNumber));
      } catch (error) {
        failures.push(`case ${caseNumber} (${kindOf(caseNumber)}): ${(error as Error).message.split('\n')[0]}`);
        console.log(`… not as scripted: ${failures.at(-1)}`);
        // Leave the customer as an agent would (Circle's window closed first, if it is up), so the shift goes on.
        const windowButton = hostedUi(bed.page).getByRole('button', { name: /^(Cancel|Close)$/ });
        if (await windowButton.count().catch(() => 0)) await clickThatMayClose(bed.page, windowButton.first());
        await bed.page
          .getByRole('button', { name: 'New customer' })
          .click({ timeout: 5000 })
          .catch(() => {});
        await bed.page
          .getByRole('button', { name: 'Yes, end it' })
          .click({ timeout: 2000 })
          .catch(() => {});
      }
      if (caseNumber % 25 === 0) await lookAtCases(bed.page);
      if (caseNumber === snapshotAt.first || caseNumber === snapshotAt.last) {
        snapshots.set(caseNumber, await snapshot(bed.page, cdp));
      }
      if (caseNumber % 20 === 0) {
        const elapsed = ((performance.now() - started) / 1000).toFixed(0);
        console.log(`… ${caseNumber} cases, ${failures.length} not as scripted, ${elapsed} s`);
      }
    }
    const times = (from: number, to: number) =>
      [...startTimes].filter(([caseNumber]) => caseNumber >= from && caseNumber <= to).map(([, ms]) => ms);
    const early = p50(times(...driftWindows.early));
    const late = p50(times(...driftWindows.late));
    const first = snapshots.get(snapshotAt.first);
    const last = snapshots.get(snapshotAt.last);
    if (!first || !last) throw new Error('the shift ended before both snapshots');
    const mainGrowth = growth(first.mainHeap, last.mainHeap);
    const rendererGrowth = growth(first.rendererHeap, last.rendererHeap);
    const domGrowth = growth(first.domNodes, last.domNodes);
    const drift = late / early;

    for (const failure of failures) console.log(`not as scripted: ${failure}`);
    console.log(`shift cases: ${caseCount - failures.length}`);
    console.log(`main heap growth: ${percent(mainGrowth)}`);
    console.log(`renderer heap growth: ${percent(rendererGrowth)}`);
    console.log(`renderer DOM nodes growth: ${percent(domGrowth)}`);
    console.log(`start p50 drift: ${drift.toFixed(2)}`);
    console.log(
      `(case ${snapshotAt.first} → ${snapshotAt.last}: main heap ${mib(first.mainHeap)} → ${mib(last.mainHeap)} MiB ` +
        `(the whole process, Playwright and the test bed included: ${mib(first.processHeap)} → ` +
        `${mib(last.processHeap)} MiB), renderer heap ${mib(first.rendererHeap)} → ${mib(last.rendererHeap)} MiB, ` +
        `DOM nodes ${first.domNodes} → ${last.domNodes}; ` +
        `start → window p50 ${early.toFixed(0)} ms (cases ${driftWindows.early.join('–')}) → ${late.toFixed(0)} ms ` +
        `(cases ${driftWindows.late.join('–')}); ${((performance.now() - started) / 60_000).toFixed(1)} min)`,
    );
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(`goal all ${caseCount} cases as scripted: ${met(failures.length === 0)}`);
    console.log(
      `goal heap growth ≤ ${goals.heapGrowthPercent}%: main ${met(mainGrowth <= goals.heapGrowthPercent)}, renderer ${met(rendererGrowth <= goals.heapGrowthPercent)}`,
    );
    console.log(`goal DOM nodes growth ≤ ${goals.domGrowthPercent}%: ${met(domGrowth <= goals.domGrowthPercent)}`);
    console.log(`goal start p50 drift ≤ ${goals.drift}: ${met(drift <= goals.drift)}`);
  } finally {
    await bed.close();
  }
}

await main();
