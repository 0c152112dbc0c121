// The standalone entry as a real process: prints its base URL and key, keeps state across restarts through an
// atomically written file, and refuses (without resetting) a corrupt one. Its per-user folder is a temporary one
// (PIN_DESK_EMULATOR_STATE_DIR): nothing here touches the real home.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateFolderVariable } from '../../../src/emulator/identity/state-folder';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;

interface Started {
  baseUrl: string;
  apiKey: string;
  appId: string;
  output: string;
}

/** `folder`: the per-user folder, under the test's temporary folder. */
function start(
  args: string[],
  folder = 'per-user-shared',
): { child: ChildProcess; ready: Promise<Started>; exit: Promise<number> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/standalone.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, [stateFolderVariable]: join(dir, folder) },
  });
  let output = '';
  const exit = new Promise<number>((resolveExit) => child.on('exit', (code) => resolveExit(code ?? -1)));
  const ready = new Promise<Started>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const baseUrl = /listening at (\S+)/.exec(output)?.[1];
      const apiKey = /API key: (\S+)/.exec(output)?.[1];
      const appId = /App ID: (\S+)/.exec(output)?.[1];
      // The last start line: where state lives, or how the web SDK reaches it.
      if (baseUrl && apiKey && appId && /^Web SDK: .*$/m.test(output)) resolveReady({ baseUrl, apiKey, appId, output });
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

// Each test starts `npm run emulator` (tsx) two or three times: about 3.5 s alone, three times that on a busy machine,
// and one took over 45 s in CI beside the browser suite on a slower 2-core VM (the file 110 s). The limit is for a
// start that hangs.
describe('standalone emulator', { timeout: 120_000 }, () => {
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
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, [stateFolderVariable]: join(dir, 'per-user') },
      },
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
  it('keeps state, App ID and API key in the per-user folder by default, and lets one emulator use it at a time', async () => {
    const folder = join(dir, 'per-user');
    const first = start(['--port', '0'], 'per-user');
    const started = await first.ready;
    expect(started.output).toContain(`State folder: ${folder} (state, App ID and API key: new, kept from now on;`);
    // The plain emulator says how a browser app's web SDK reaches it, naming --circle-hosts.
    expect(started.output).toMatch(/^Web SDK: .*https:\/\/pw-auth\.circle\.com.*155706.*--circle-hosts/m);
    const headers = { Authorization: `Bearer ${started.apiKey}`, 'Content-Type': 'application/json' };
    const body = '{"userId":"folder-user"}';
    expect((await fetch(`${started.baseUrl}/v1/w3s/users`, { method: 'POST', headers, body })).status).toBe(201);

    const second = start(['--port', '0'], 'per-user');
    await expect(second.ready).rejects.toThrow(`Another emulator (pid ${first.child.pid}) is using ${folder}`);
    expect(await second.exit).toBe(1);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect((await stat(join(folder, 'state.json'))).mode & 0o777).toBe(0o600);

    const again = start(['--port', '0'], 'per-user');
    const restarted = await again.ready;
    expect(restarted).toMatchObject({ apiKey: started.apiKey, appId: started.appId });
    expect(restarted.output).toContain('(state, App ID and API key: kept from the last start;');
    const kept = await fetch(`${restarted.baseUrl}/v1/w3s/users/folder-user`, { headers });
    expect(kept.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);

    // --ephemeral: fresh, and the folder is left alone.
    const before = await readFile(join(folder, 'state.json'), 'utf8');
    const ephemeral = start(['--port', '0', '--ephemeral'], 'per-user');
    const fresh = await ephemeral.ready;
    expect(fresh.appId).not.toBe(started.appId);
    expect(fresh.apiKey).not.toBe(started.apiKey);
    expect(fresh.output).toContain('State: ephemeral (--ephemeral)');
    ephemeral.child.kill('SIGTERM');
    expect(await ephemeral.exit).toBe(0);
    expect(await readFile(join(folder, 'state.json'), 'utf8')).toBe(before);
  });
});
