// `npm run dist:check` (and the end of `npm run dist`): the packaged app as built — its fuses read back from the
// binary, the files in app.asar, and two launches: one with no switches, which must open its window, and one with
// --host-resolver-rules, which a packaged app must refuse (src/main/launch/refused-switches.ts): print the refusal,
// open no window, reach no address. Skips with one line where there is no packaged app or no display.
// A packaged app refuses remote debugging and Node's inspector, so nothing can look inside its window: a window is
// seen as a Chromium renderer process under the app's, in the process table.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import asar from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { electronFuses } from '../electron-builder.config.mjs';
import { forbiddenShippedFiles, fuseMismatches, packagedAppLocation } from './packaged-app-checks.mjs';

/** How the packaged app's refusal line starts (refusalLogLine in src/main/launch/refused-switches.ts). */
export const refusalMarker = 'launch: refused ';
/** The switch the second launch is started with. */
export const refusalProbe = '--host-resolver-rules';
// Variables a packaged app also refuses (refused-switch-list.ts): kept out of both launches, whatever this shell has.
const refusedVariables = ['ELECTRON_DISABLE_SANDBOX', 'ELECTRON_ENABLE_LOGGING', 'SSLKEYLOGFILE'];

/** The first launch, with no switches: it must open its window and keep running. */
export function windowLaunchVerdict({ output, exit, rendererSeen }) {
  const refusal = lineWith(output, refusalMarker);
  if (refusal) return failed(`launch refused with no switches given: ${refusal}`);
  const startFailure = lineWith(output, 'could not start');
  if (startFailure) return failed(`launch: ${startFailure}`);
  if (!rendererSeen) {
    return failed(exit ? `launch: the app ended (${exit}) before opening a window` : 'launch: no window within 60 s');
  }
  if (exit) return failed(`launch: the app ended (${exit}) after opening its window`);
  return { failed: false, line: 'launch: the packaged app opened its window with no switches, and kept running' };
}

/**
 * The second launch, with --host-resolver-rules pointing every host at this check's own listener: it must print the
 * refusal, open no window and reach nothing. Quitting on its own is expected; a run still up with the refusal printed
 * is its dialog waiting for a click (macOS and Windows, or Linux once the app is ready), and is stopped.
 */
export function refusalLaunchVerdict({ output, exit, rendererSeen, connections }) {
  const refusal = output.split(/\r?\n/).find((line) => line.includes(refusalMarker) && line.includes(refusalProbe));
  if (rendererSeen) return failed(`refusal: with ${refusalProbe} the app opened a window`);
  if (connections > 0) return failed(`refusal: with ${refusalProbe} the app made ${connections} connection(s)`);
  if (!refusal) {
    return failed(`refusal: no "${refusalMarker}… ${refusalProbe}" line${exit ? ` (the app ended: ${exit})` : ''}`);
  }
  const ending = exit ? `quit on its own (${exit})` : 'waited on its dialog (stopped by this check)';
  return { failed: false, line: `refusal: "${refusal.trim()}", no window, no connection, ${ending}` };
}

/** `pid ppid command…` lines, as ps and PowerShell print them. */
export function parseProcessTable(text) {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s*(.*)$/.exec(line);
    return match ? [{ pid: Number(match[1]), ppid: Number(match[2]), command: match[3] }] : [];
  });
}

/** The parent pid in a /proc/<pid>/stat line (after the command name, which may hold spaces and parentheses). */
export function parentInProcStat(stat) {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Whether a Chromium renderer (a window's page) runs anywhere below `rootPid`: under the zygote on Linux. */
export function rendererBelow(processes, rootPid) {
  const below = [rootPid];
  for (let index = 0; index < below.length; index += 1) {
    for (const entry of processes.filter((candidate) => candidate.ppid === below[index])) {
      if (entry.command.includes('--type=renderer')) return true;
      if (!below.includes(entry.pid)) below.push(entry.pid);
    }
  }
  return false;
}

function failed(line) {
  return { failed: true, line };
}

function lineWith(output, text) {
  return output
    .split(/\r?\n/)
    .find((line) => line.includes(text))
    ?.trim();
}

async function main() {
  const location = packagedAppLocation('dist', process.platform, process.arch);
  if (!existsSync(location.executable)) {
    console.log(`packaged app check skipped: no packaged app at ${location.executable} (npm run dist makes one).`);
    return 0;
  }

  const problems = [];
  const wire = await getCurrentFuseWire(location.app);
  problems.push(...fuseMismatches(electronFuses, wire));
  console.log(`fuses read back from ${location.app}: ${problems.length === 0 ? 'as configured' : 'NOT as configured'}`);
  problems.push(
    ...forbiddenShippedFiles(asar.listPackage(location.asar, { isPack: false })).map((file) => `shipped ${file}`),
  );

  for (const launch of [launchForWindow, launchRefused]) {
    const result = await launch(location.executable);
    console.log(result.line);
    if (result.failed) problems.push(result.line);
  }

  for (const problem of problems) console.error(`packaged app: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

async function launchForWindow(executable) {
  if (noDisplay) return { line: 'launch skipped: no display (run under xvfb-run, or where a desktop is).' };
  // Chromium will not run as root without --no-sandbox, which a packaged app refuses.
  if (runningAsRoot) return { line: 'launch skipped: running as root needs --no-sandbox, which the app refuses.' };
  return withPackagedApp(executable, [], async (run) => {
    await watch(run, 60_000, () => run.rendererSeen || run.output.includes(refusalMarker));
    // A window that opens and then falls over is no start.
    if (run.rendererSeen) await watch(run, 3_000, () => false);
    return windowLaunchVerdict(run);
  });
}

async function launchRefused(executable) {
  if (noDisplay) return { line: 'refusal skipped: no display (run under xvfb-run, or where a desktop is).' };
  let connections = 0;
  const listener = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const rules = `${refusalProbe}=MAP * 127.0.0.1:${listener.address().port}`;
  try {
    return await withPackagedApp(executable, [rules, ...(runningAsRoot ? ['--no-sandbox'] : [])], async (run) => {
      let refusedAt = null;
      await watch(run, 45_000, () => {
        if (refusedAt === null && run.output.includes(refusalMarker)) refusedAt = Date.now();
        // After the refusal, long enough for a wrongly started app to open its window.
        return run.rendererSeen || (refusedAt !== null && Date.now() - refusedAt > 10_000);
      });
      return refusalLaunchVerdict({ ...run, connections });
    });
  } finally {
    listener.close();
  }
}

/** Starts the packaged app with a throwaway home, hands the run to `check`, then stops it. */
async function withPackagedApp(executable, args, check) {
  const home = await mkdtemp(join(tmpdir(), 'pin-desk-packaged-home-'));
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, LOCALAPPDATA: home };
  for (const name of refusedVariables) delete env[name];
  // A home of its own: the check never touches the agent's settings or case log.
  const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const run = { child, output: '', exit: null, rendererSeen: false };
  const ended = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      run.exit = code === null ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    });
    child.on('error', (error) => {
      run.exit = `not started: ${error.message}`;
      resolve();
    });
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      run.output += chunk;
    });
  }
  try {
    return await check(run);
  } catch (error) {
    return failed(`launch failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (run.exit === null) child.kill();
    await Promise.race([ended, sleep(10_000)]);
    await rm(home, { recursive: true, force: true });
  }
}

/** Polls the run once a second until `done`, its end, or `timeoutMs`; notes any renderer under it on the way. */
async function watch(run, timeoutMs, done) {
  const deadline = Date.now() + timeoutMs;
  while (run.exit === null && Date.now() < deadline) {
    if (!run.rendererSeen && run.child.pid) run.rendererSeen = rendererBelow(await processTable(), run.child.pid);
    if (done()) return;
    await sleep(1_000);
  }
}

async function processTable() {
  if (process.platform === 'linux') {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        try {
          const ppid = parentInProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
          const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
          return [{ pid: Number(pid), ppid, command }];
        } catch {
          return []; // Ended while being read.
        }
      });
  }
  const [file, args] =
    process.platform === 'win32'
      ? [
          'powershell.exe',
          [
            '-NoProfile',
            '-Command',
            'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId) $($_.CommandLine)" }',
          ],
        ]
      : ['ps', ['-A', '-o', 'pid=,ppid=,command=']];
  const { stdout } = await promisify(execFile)(file, args, { maxBuffer: 64 * 1024 * 1024 });
  return parseProcessTable(stdout);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Run as a script; imported by unit tests for the verdicts alone.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await main());
}
