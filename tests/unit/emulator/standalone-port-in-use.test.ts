// `npm run emulator` on a port already taken: one line saying so, exit code 1, no stack trace.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let taken: Server;
let port: number;

beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((resolveListen) => taken.listen(0, '127.0.0.1', resolveListen));
  port = (taken.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolveClose) => taken.close(resolveClose));
});

it('says in one line that the port is in use, and exits 1', async () => {
  // --ephemeral: no per-user folder (the real home is never touched by tests).
  const args = ['--import', 'tsx', 'src/emulator/standalone.ts', '--port', String(port), '--ephemeral'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toBe(
    `Port ${port} on 127.0.0.1 is already in use: stop what is using it, or start the emulator with another --port.\n`,
  );
});
