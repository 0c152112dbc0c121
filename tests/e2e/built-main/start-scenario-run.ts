// One start of the built main bundle in plain Node on the stand-in for Electron, driven by start-scenario.mjs (which
// prints `START-RESULT {json}`): the built-main start test and `npm run bench:start` both run it this way.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../../..');

/**
 * `standInBundle`: the stand-in for Electron bundled to plain JavaScript (bench/plain-node-stand-in.ts), so the child
 * runs without tsx as Electron's main runs without it; without it, tsx loads the stand-in's TypeScript.
 */
export function runStartScenario(
  userDataDir: string,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; standInBundle?: string } = {},
): Promise<{ code: number | null; output: string }> {
  const loader = options.standInBundle ? [] : ['--import', 'tsx'];
  const standIn = options.standInBundle ? { FAKE_ELECTRON_STAND_IN: options.standInBundle } : {};
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        ...loader,
        '--import',
        './tests/e2e/built-main/fake-electron-resolution.mjs',
        '--import',
        './tests/e2e/built-main/start-scenario.mjs',
        'out/main/index.js',
      ],
      {
        cwd: projectRoot,
        env: { ...process.env, ...options.env, ...standIn, PIN_DESK_USER_DATA_DIR: userDataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

/** The scenario's result line, parsed; null when the start printed none. */
export function startResultOf<T>(output: string): T | null {
  const line = output.split('\n').find((candidate) => candidate.startsWith('START-RESULT '));
  return line ? (JSON.parse(line.slice('START-RESULT '.length)) as T) : null;
}
