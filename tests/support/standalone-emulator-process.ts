// `npm run emulator` as another app starts it: the standalone entry under tsx, in a child process, read from what it
// prints. Resolves once every expected line is there.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface StandaloneEmulatorProcess {
  child: ChildProcess;
  /** Each printed `label: value` line, by label (`Circle emulator listening at` is `baseUrl`). */
  printed: { baseUrl: string; apiKey: string; appId: string; lines: string[] };
  stop(): Promise<void>;
}

export function startStandaloneEmulator(
  args: readonly string[],
  expectLines: readonly RegExp[] = [],
): Promise<StandaloneEmulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/standalone.ts', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
    });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`standalone emulator did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      const baseUrl = /listening at (\S+)/.exec(output)?.[1];
      const apiKey = /API key: (\S+)/.exec(output)?.[1];
      const appId = /App ID: (\S+)/.exec(output)?.[1];
      const complete = expectLines.every((pattern) => lines.some((line) => pattern.test(line)));
      if (baseUrl && apiKey && appId && complete) {
        clearTimeout(timer);
        resolvePromise({ child, printed: { baseUrl, apiKey, appId, lines }, stop });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`standalone emulator exited (${code}):\n${output}`)));
  });
}
