// `npm run bench:emulator`: loads GET /v1/w3s/user/challenges/{id} on the emulator (seeded state), on a bare
// node:http server answering the same body, and on an emulator holding 10,000 users and 100,000 challenges; prints
// requests/s, p50/p99 and server CPU per request for each, then `ratio:` and `lookup ratio at scale:`. A benchmark,
// not a test: it reports against its goals, it fails only when a server answers wrongly.
// `npm run bench:emulator -- --cpu-prof` also writes CPU profiles of the servers' processes.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { BenchMessage, LoadRequest, ServersMessage, ServersRole } from './bench-servers';

const connections = 10;
const warmUpSeconds = 2;
const roundSeconds = 2;
// Servers are loaded in turns, round after round: this machine's speed drifts by more than the differences measured,
// so each ratio is taken within a round and the median round is reported.
const rounds = 5;
const largeState = { users: 10_000, challenges: 100_000 };
const throughputGoal = 0.5;
const lookupGoal = 1.5;
// The bench takes under a minute; anything far past that is stuck.
const giveUpAfterMs = 150_000;

interface Target {
  label: string;
  url: string;
  servers: ChildProcess;
}

interface Sample {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  serverCpuMicros: number;
}

interface Summary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuMicrosPerRequest: number;
}

function startServers(role: ServersRole, profileDir: string | undefined): ChildProcess {
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return fork(new URL('./bench-servers.ts', import.meta.url), [role], { execArgv: ['--import', 'tsx', ...profiling] });
}

function nextMessage<Kind extends ServersMessage['kind']>(
  servers: ChildProcess,
  kind: Kind,
): Promise<Extract<ServersMessage, { kind: Kind }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a servers' process exited (${code})`));
    const onMessage = (message: ServersMessage) => {
      servers.off('exit', onExit);
      servers.off('message', onMessage);
      if (message.kind === kind) resolve(message as Extract<ServersMessage, { kind: Kind }>);
      else if (message.kind === 'failed') reject(new Error(`a servers' process failed: ${message.message}`));
      else reject(new Error(`expected ${kind}, got ${message.kind}`));
    };
    servers.on('exit', onExit);
    servers.on('message', onMessage);
  });
}

function ask<Kind extends ServersMessage['kind']>(servers: ChildProcess, message: BenchMessage, kind: Kind) {
  const answer = nextMessage(servers, kind);
  servers.send(message);
  return answer;
}

async function serverCpuMicros(servers: ChildProcess): Promise<number> {
  return (await ask(servers, { kind: 'cpu-usage' }, 'cpu-usage')).micros;
}

async function load(target: Target, request: LoadRequest, seconds: number): Promise<Sample> {
  // autocannon's own histogram keeps whole milliseconds; loopback answers take less, so keep each latency exactly.
  const latenciesMs: number[] = [];
  const cpuBefore = await serverCpuMicros(target.servers);
  const result = await autocannon({
    url: `${target.url}${request.path}`,
    headers: request.headers,
    connections,
    duration: seconds,
    setupClient: (client) => {
      client.on('response', (_status, _bytes, responseTimeMs) => latenciesMs.push(responseTimeMs));
    },
  });
  const cpuAfter = await serverCpuMicros(target.servers);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return {
    requests: result.requests.total,
    seconds: result.duration,
    latenciesMs,
    serverCpuMicros: cpuAfter - cpuBefore,
  };
}

/** Nearest-rank percentile. */
function percentile(latenciesMs: readonly number[], fraction: number): number {
  const sorted = Float64Array.from(latenciesMs).sort();
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

function summarize(samples: readonly Sample[]): Summary {
  const requests = samples.reduce((sum, sample) => sum + sample.requests, 0);
  const latenciesMs = samples.flatMap((sample) => sample.latenciesMs);
  return {
    requestsPerSecond: requests / samples.reduce((sum, sample) => sum + sample.seconds, 0),
    p50Ms: percentile(latenciesMs, 0.5),
    p99Ms: percentile(latenciesMs, 0.99),
    serverCpuMicrosPerRequest: samples.reduce((sum, sample) => sum + sample.serverCpuMicros, 0) / requests,
  };
}

const row = (label: string, summary: Summary) =>
  `${label.padEnd(28)}${Math.round(summary.requestsPerSecond).toString().padStart(8)}` +
  `${summary.p50Ms.toFixed(3).padStart(10)}${summary.p99Ms.toFixed(3).padStart(10)}` +
  `${summary.serverCpuMicrosPerRequest.toFixed(0).padStart(16)}`;

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

async function bench(seededServers: ChildProcess, largeServers: ChildProcess): Promise<void> {
  const seeded = await nextMessage(seededServers, 'seeded-ready');
  const large = await ask(
    largeServers,
    { kind: 'start-large', apiKey: seeded.apiKey, state: seeded.state, size: largeState },
    'large-ready',
  );
  const { request } = seeded;
  const baseline: Target = { label: 'baseline (bare node:http)', url: seeded.baselineUrl, servers: seededServers };
  const emulator: Target = { label: 'emulator (seeded state)', url: seeded.emulatorUrl, servers: seededServers };
  const emulatorAtScale: Target = { label: 'emulator (large state)', url: large.emulatorUrl, servers: largeServers };
  const targets = [baseline, emulator, emulatorAtScale];

  console.log(
    `GET /v1/w3s/user/challenges/{id} (${request.bodyBytes}-byte JSON answer) on 127.0.0.1, autocannon with ` +
      `${connections} connections; ${rounds} rounds of ${roundSeconds} s per server after ${warmUpSeconds} s ` +
      `warm-up; node ${process.version}, ${availableParallelism()} CPUs`,
  );
  console.log(
    `large state: ${large.users} users, ${large.challenges} challenges ` +
      `(built in ${Math.round(large.buildMs)} ms, emulator started from it in ${Math.round(large.startMs)} ms)`,
  );

  for (const target of targets) await load(target, request, warmUpSeconds);
  const samples = new Map<Target, Sample[]>(targets.map((target) => [target, []]));
  for (let round = 0; round < rounds; round += 1) {
    // A different server goes first each round, so none always runs right after the same neighbour.
    const order = targets.map((_, index) => targets[(index + round) % targets.length] as Target);
    for (const target of order) samples.get(target)?.push(await load(target, request, roundSeconds));
  }

  const sampled = (target: Target) => samples.get(target) ?? [];
  const perRound = (compute: (round: number) => number) => Array.from({ length: rounds }, (_, round) => compute(round));
  const at = (target: Target, round: number) => sampled(target)[round] as Sample;
  const ratios = perRound((round) => at(emulator, round).requests / at(baseline, round).requests);
  const lookupRatios = perRound(
    (round) =>
      percentile(at(emulatorAtScale, round).latenciesMs, 0.5) / percentile(at(emulator, round).latenciesMs, 0.5),
  );

  console.log(
    `\n${'server'.padEnd(28)}${'req/s'.padStart(8)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}  CPU µs/request`,
  );
  for (const target of targets) console.log(row(target.label, summarize(sampled(target))));
  console.log('');
  const rounded = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const ratio = median(ratios);
  console.log(
    `ratio: ${ratio.toFixed(2)} (goal >= ${throughputGoal}: ${verdict(ratio >= throughputGoal)}; ` +
      `emulator rps / baseline rps, median of rounds ${rounded(ratios)})`,
  );
  const lookupRatio = median(lookupRatios);
  console.log(
    `lookup ratio at scale: ${lookupRatio.toFixed(2)} (goal <= ${lookupGoal}: ${verdict(lookupRatio <= lookupGoal)}; ` +
      `p50 large state / p50 seeded state, median of rounds ${rounded(lookupRatios)})`,
  );
}

async function stopServers(servers: ChildProcess): Promise<void> {
  if (servers.exitCode !== null || servers.signalCode !== null) return;
  const exited = new Promise((resolve) => servers.once('exit', resolve));
  if (servers.connected) servers.send({ kind: 'stop' } satisfies BenchMessage);
  else servers.kill();
  await exited;
}

async function main(): Promise<void> {
  const profileDir = process.argv.includes('--cpu-prof')
    ? mkdtempSync(join(tmpdir(), 'pin-desk-emulator-bench-'))
    : undefined;
  const seededServers = startServers('seeded', profileDir);
  const largeServers = startServers('large', profileDir);
  const giveUp = setTimeout(() => {
    console.error(`bench: still running after ${giveUpAfterMs / 1000} s; stopping`);
    seededServers.kill();
    largeServers.kill();
    process.exit(1);
  }, giveUpAfterMs);
  giveUp.unref();
  try {
    await bench(seededServers, largeServers);
  } finally {
    await Promise.all([stopServers(seededServers), stopServers(largeServers)]);
    if (profileDir) console.log(`CPU profiles of the servers' processes: ${profileDir}`);
  }
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
