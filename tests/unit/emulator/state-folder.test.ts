// The standalone emulator's per-user folder: where it is on each OS, what it holds (the API key of each network, made
// once), its modes, and its lock. Every folder here is a temporary one: nothing touches the real home.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWellFormedApiKey } from '../../../src/emulator/auth/api-key';
import { openKeptIdentity, StateFolderError } from '../../../src/emulator/identity/kept-identity';
import { openStateSource, stateLine } from '../../../src/emulator/identity/standalone-state';
import { perUserStateFolder, stateFolderVariable } from '../../../src/emulator/identity/state-folder';

describe('the per-user folder, by OS convention', () => {
  const home = '/home/ana';
  it('Linux: $XDG_STATE_HOME, else ~/.local/state; a relative XDG_STATE_HOME is ignored', () => {
    expect(perUserStateFolder({ env: { XDG_STATE_HOME: '/xdg/state' }, platform: 'linux', home })).toBe(
      '/xdg/state/pin-desk-circle-emulator',
    );
    expect(perUserStateFolder({ env: {}, platform: 'linux', home })).toBe(
      '/home/ana/.local/state/pin-desk-circle-emulator',
    );
    expect(perUserStateFolder({ env: { XDG_STATE_HOME: 'rel/state' }, platform: 'freebsd', home })).toBe(
      '/home/ana/.local/state/pin-desk-circle-emulator',
    );
  });

  it('macOS: ~/Library/Application Support; Windows: %LOCALAPPDATA%', () => {
    expect(perUserStateFolder({ env: { XDG_STATE_HOME: '/xdg' }, platform: 'darwin', home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/pin-desk-circle-emulator',
    );
    const windows = perUserStateFolder({
      env: { LOCALAPPDATA: '/c/Users/ana/AppData/Local' },
      platform: 'win32',
      home,
    });
    expect(windows).toBe(join('/c/Users/ana/AppData/Local', 'pin-desk-circle-emulator'));
  });

  it(`${stateFolderVariable} moves it (absolute paths only)`, () => {
    expect(perUserStateFolder({ env: { [stateFolderVariable]: '/tmp/emu' }, platform: 'linux', home })).toBe(
      '/tmp/emu',
    );
    expect(() => perUserStateFolder({ env: { [stateFolderVariable]: 'emu' }, platform: 'linux', home })).toThrow(
      /must be an absolute path/,
    );
  });
});

describe('what the folder keeps', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pin-desk-state-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes the folder (0700) and a key per network (0600), and gives the same key at the next start', async () => {
    const folder = join(dir, 'nested', 'emulator');
    const first = await openKeptIdentity(folder, 'testnet');
    expect(first.keyIsNew).toBe(true);
    expect(first.apiKey).toMatch(/^TEST_API_KEY:/);
    expect(isWellFormedApiKey(first.apiKey)).toBe(true);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect((await stat(first.apiKeysPath)).mode & 0o777).toBe(0o600);
    expect(first.statePath).toBe(join(folder, 'state.json'));
    await first.release();

    const again = await openKeptIdentity(folder, 'testnet');
    expect(again).toMatchObject({ apiKey: first.apiKey, keyIsNew: false });
    await again.release();
    const mainnet = await openKeptIdentity(folder, 'mainnet');
    expect(mainnet.apiKey).toMatch(/^LIVE_API_KEY:/);
    await mainnet.release();
    expect(JSON.parse(await readFile(first.apiKeysPath, 'utf8'))).toEqual({
      testnet: first.apiKey,
      mainnet: mainnet.apiKey,
    });
  });

  it('narrows a folder made with wider modes to 0700', async () => {
    await chmod(dir, 0o755);
    const identity = await openKeptIdentity(dir, 'testnet');
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    await identity.release();
  });

  it('refuses a damaged key file and leaves it as it was (a new key would break configured backends)', async () => {
    await writeFile(join(dir, 'api-keys.json'), '{"testnet": "not a key"}');
    await expect(openKeptIdentity(dir, 'testnet')).rejects.toThrow(StateFolderError);
    await expect(openKeptIdentity(dir, 'testnet')).rejects.toThrow(/holds no testnet API key/);
    expect(await readFile(join(dir, 'api-keys.json'), 'utf8')).toBe('{"testnet": "not a key"}');
    // The failed opens released the lock.
    await (await openKeptIdentity(join(dir, 'other'), 'testnet')).release();
  });

  it('refuses a folder another running emulator holds, and takes over a lock its dead owner left', async () => {
    await writeFile(join(dir, 'emulator.lock'), `${process.ppid}\n`);
    await expect(openKeptIdentity(dir, 'testnet')).rejects.toThrow(
      `Another emulator (pid ${process.ppid}) is using ${dir}`,
    );
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolveExit) => gone.once('exit', resolveExit));
    await writeFile(join(dir, 'emulator.lock'), `${gone.pid}\n`);
    const identity = await openKeptIdentity(dir, 'testnet');
    expect(await readFile(join(dir, 'emulator.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await identity.release();
  });
});

describe('the flags', () => {
  it('--ephemeral and --state choose no folder; together they are refused', async () => {
    const environment = {
      env: { [stateFolderVariable]: '/nonexistent/never-made' },
      platform: 'linux' as const,
      home: '/',
    };
    const ephemeral = await openStateSource({ ephemeral: true, network: 'testnet' }, environment);
    expect(ephemeral).toEqual({ kind: 'ephemeral' });
    expect(stateLine(ephemeral, false)).toMatch(/^State: ephemeral/);
    const file = await openStateSource({ ephemeral: false, state: '/tmp/s.json', network: 'testnet' }, environment);
    expect(stateLine(file, true)).toBe('State file: /tmp/s.json (loaded)');
    await expect(
      openStateSource({ ephemeral: true, state: '/tmp/s.json', network: 'testnet' }, environment),
    ).rejects.toThrow('--ephemeral and --state contradict each other');
  });
});
