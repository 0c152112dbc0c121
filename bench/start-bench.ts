// `npm run bench:start`: how soon the console is up. Boots the built main bundle 10 times in plain Node on the stand-in
// for Electron, as the built-main tests boot it (tests/e2e/built-main/start-scenario.mjs), each time on a new
// user-data folder — a first start, whose embedded emulator seeds its users at the real scrypt cost — and prints the
// p50 of `window created after:` (main constructs its window) and `first lookup answered after:` (a
// `customer:lookup` sent the moment the window's page has loaded), both from the child's process start (its
// performance.timeOrigin), and beside them what the harness itself took (Node and the stand-in, bundled to plain
// JavaScript as Electron's main has no tsx, before main's bundle loads) and main's own part of the window's time.
// One warm-up run first, not counted. A benchmark, not a test: it fails only when a start does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStartScenario, startResultOf } from '../tests/e2e/built-main/start-scenario-run';
import { bundleStandIn } from './plain-node-stand-in';

const runs = 10;
const goals = { windowMs: 300, lookupMs: 1500 };
const userId = 'user-knows-pin';

interface StartResult {
  harnessLoadedMs: number;
  windowCreatedMs: number;
  lookupSentMs: number;
  lookupAnsweredMs: number;
  answer: { ok: boolean; value?: { user: { id: string } } };
}

function p50(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One first start of the built main, on a new user-data folder: what its scenario measured. */
async function startOnce(standInBundle: string): Promise<StartResult> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-start-bench-'));
  try {
    const { code, output } = await runStartScenario(userDataDir, { standInBundle });
    const result = startResultOf<StartResult>(output);
    if (code !== 0 || !result?.answer.ok || result.answer.value?.user.id !== userId)
      throw new Error(`the built main did not start and answer the lookup (exit ${code}):\n${output}`);
    return result;
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}

const standInBundle = await bundleStandIn();
await startOnce(standInBundle);
const measured: StartResult[] = [];
for (let run = 0; run < runs; run++) measured.push(await startOnce(standInBundle));
const p50Of = (key: 'harnessLoadedMs' | 'windowCreatedMs' | 'lookupSentMs' | 'lookupAnsweredMs') =>
  p50(measured.map((result) => result[key]));
const verdict = (ms: number, goal: number) => `goal ≤ ${goal}: ${ms <= goal ? 'met' : 'NOT met'}`;
const window = p50Of('windowCreatedMs');
const lookup = p50Of('lookupAnsweredMs');
console.log(`runs: ${runs}, each a first start on a new user-data folder (after one warm-up); ms from process start`);
console.log(`harness loaded after: ${p50Of('harnessLoadedMs').toFixed(0)} ms (the stand-in, bundled, before main)`);
console.log(`window created after: ${window.toFixed(0)} ms (${verdict(window, goals.windowMs)})`);
const mainOwn = p50(measured.map((result) => result.windowCreatedMs - result.harnessLoadedMs));
console.log(`main's own part: ${mainOwn.toFixed(0)} ms (its bundle loaded to its window created)`);
console.log(`first lookup sent after: ${p50Of('lookupSentMs').toFixed(0)} ms (the window's page loaded)`);
console.log(`first lookup answered after: ${lookup.toFixed(0)} ms (${verdict(lookup, goals.lookupMs)})`);
