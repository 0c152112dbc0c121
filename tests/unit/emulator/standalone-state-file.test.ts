// The standalone entry as a real process: prints its base URL and key, keeps state across restarts through an
// atomically written file, and refuses (without resetting) a corrupt one.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;

function start(args: string[]): {
  child: ChildProcess;
  ready: Promise<{ baseUrl: string; apiKey: string }>;
  exit: Promise<number>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/standalone.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<number>((resolveExit) => child.on('exit', (code) => resolveExit(code ?? -1)));
  const ready = new Promise<{ baseUrl: string; apiKey: string }>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const baseUrl = /listening at (\S+)/.exec(output)?.[1];
      const apiKey = /API key: (\S+)/.exec(output)?.[1];
      if (baseUrl && apiKey) resolveReady({ baseUrl, apiKey });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exit.then((code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, exit };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-emulator-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each test starts `npm run emulator` (tsx) two or three times: about 3.5 s alone, three times that on a busy machine.
describe('standalone emulator', { timeout: 45_000 }, () => {
  it('keeps users and the appId across restarts through --state', async () => {
    const statePath = join(dir, 'state.json');
    const apiKey = 'TEST_API_KEY:standalone:secret';
    const first = start(['--port', '0', '--state', statePath, '--api-key', apiKey]);
    const { baseUrl } = await first.ready;
    const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${baseUrl}/v1/w3s/users`, { method: 'POST', headers, body: '{"userId":"kept-user"}' });
    expect(created.status).toBe(201);
    const appId = (
      (await (await fetch(`${baseUrl}/v1/w3s/config/entity`, { headers })).json()) as { data: { appId: string } }
    ).data.appId;
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(JSON.parse(await readFile(statePath, 'utf8')).format).toBe('pin-desk-emulator-state');

    const second = start(['--port', '0', '--state', statePath, '--api-key', apiKey]);
    const again = await second.ready;
    const kept = await fetch(`${again.baseUrl}/v1/w3s/users/kept-user`, { headers });
    expect(kept.status).toBe(200);
    const entity = (await (await fetch(`${again.baseUrl}/v1/w3s/config/entity`, { headers })).json()) as {
      data: { appId: string };
    };
    expect(entity.data.appId).toBe(appId);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  });

  it('takes the behaviour flags, prints the settings, and refuses an unknown value naming the flag', async () => {
    const run = start([
      '--port',
      '0',
      '--profile',
      'detailed',
      '--hosted-ui-errors',
      'inline',
      '--idempotency',
      'strict',
    ]);
    const { baseUrl, apiKey } = await run.ready;
    const settings = await fetch(`${baseUrl}/emulator/behaviour`, { headers: { Authorization: `Bearer ${apiKey}` } });
    expect(await settings.json()).toEqual({
      data: {
        profile: 'detailed',
        hostedUiErrors: 'inline',
        idempotency: 'successful-only',
        idempotencyBody: 'strict',
      },
    });
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);

    const refused = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/emulator/standalone.ts', '--port', '0', '--idempotency', 'sometimes'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let errors = '';
    refused.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    expect(await new Promise((resolveExit) => refused.on('exit', resolveExit))).toBe(1);
    expect(errors).toContain('--idempotency');
    expect(errors).toContain('successful-only or replay-errors');
  });

  it('reports a corrupt state file and leaves it untouched', async () => {
    const statePath = join(dir, 'torn.json');
    await writeFile(statePath, '{"format":"pin-desk-emulator-state","vers');
    const run = start(['--port', '0', '--state', statePath]);
    expect(await run.exit).toBe(1);
    expect(await readFile(statePath, 'utf8')).toBe('{"format":"pin-desk-emulator-state","vers');
  });
});
