// How `npm test` runs its steps: each timed, either live (its output as it comes) or held (its output printed as one
// block when asked), so steps that run side by side do not interleave their lines. A held step runs a little below
// normal priority where `nice` exists: it takes the cores the live step leaves idle rather than slowing the live
// step's pages past their timeouts.
import { spawn } from 'node:child_process';

const canNice = process.platform !== 'win32';

/** Runs a command; resolves to { ok, seconds, output } (output is '' for a live step). */
export function runStep(command, args, { env = {}, live = true } = {}) {
  const started = performance.now();
  const header = `\n$ ${[command, ...args].join(' ')}`;
  if (live) console.log(header);
  return new Promise((resolve) => {
    const [program, programArgs] = !live && canNice ? ['nice', ['-n', '5', command, ...args]] : [command, args];
    const child = spawn(program, programArgs, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, ...(live ? {} : { FORCE_COLOR: '0' }) },
    });
    let output = live ? '' : `${header}\n`;
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const done = (ok) => resolve({ ok, seconds: (performance.now() - started) / 1000, output });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

/** "12 s" or "2 min 5 s". */
export function seconds(value) {
  const whole = Math.round(value);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
