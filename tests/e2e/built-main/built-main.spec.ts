// The built Electron main bundle (out/main/index.js), booted in plain Node with Electron's own objects faked
// (fake-electron.mjs) — the closest this machine gets to `npm start` without an Electron binary. It proves the
// composition root wires what the unit tests check piece by piece: the hardened window, the session's network
// policy, every IPC channel behind the sender check, Circle calls through net.fetch past the protocol handlers,
// the key sealed by safeStorage into electron-store's file, and a quit that lets the emulator save its state.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { expect, test } from '@playwright/test';
import { createEmulator, type Emulator, testScryptCost } from '../../../src/emulator';
import { invokeChannelNames } from '../../../src/shared/contract/channel-names';

const projectRoot = resolve(import.meta.dirname, '../../..');
const keyId = 'bootcheckkeyid0123456789abcdef';
const keySecret = 'bootchecksecret9876543210fedcba';
const standaloneKey = `TEST_API_KEY:${keyId}:${keySecret}`;

interface Fetched {
  url: string;
  bypass: unknown;
}
interface Page {
  refused?: true;
  status?: number;
  contentType?: string | null;
  csp?: string | null;
  body?: string;
}
/** What boot-scenario.mjs prints. */
interface BootResult {
  window: { url: string; webPreferences: Record<string, unknown> };
  channels: string[];
  protocols: string[];
  webRequest: { filter: unknown; fromCircleFrame: unknown; fromAppFrame: unknown };
  appPage: Page;
  hostedPage: Page;
  elsewhere: Page;
  permissionGranted: boolean;
  info: unknown;
  infoFromAnotherSite: unknown;
  localReset: unknown;
  standalone: { keySaved: unknown; active: unknown; reset: unknown; protocols: string[]; settingsFile: string };
  circleSwitch: { onCircle: string[]; backOnLocal: string[] };
  diagnostics: { circleFrameHosts: { host: string; requests: number }[]; refused: { url: string }[] };
  netFetches: Fetched[];
  sessionFetches: Fetched[];
  secondInstance: { lockRequested: boolean; restored: boolean; focused: number };
  filesAfterQuit: string[];
  quitCalls: number;
}

/** Runs the built main bundle with Electron faked; resolves with its exit code and everything it printed. */
function runBuiltMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      ['--import', './tests/e2e/built-main/register-fake-electron.mjs', 'out/main/index.js'],
      { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

async function bootBuiltMain(userDataDir: string, standalone: Emulator): Promise<BootResult> {
  const { code, output } = await runBuiltMain({
    PIN_DESK_USER_DATA_DIR: userDataDir,
    PIN_DESK_STANDALONE_URL: standalone.baseUrl,
    PIN_DESK_STANDALONE_KEY: standaloneKey,
  });
  const line = output.split('\n').find((candidate) => candidate.startsWith('BOOT-RESULT '));
  if (code !== 0 || !line)
    throw new Error(`the built main bundle did not boot (exit ${code}):\n${output.slice(-4000)}`);
  return JSON.parse(line.slice('BOOT-RESULT '.length)) as BootResult;
}

let standalone: Emulator;
let userDataDir: string;
let boot: BootResult;

test.beforeAll(async () => {
  standalone = await createEmulator({ secretHashCost: testScryptCost, apiKey: standaloneKey });
  userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-built-main-'));
  boot = await bootBuiltMain(userDataDir, standalone);
});
test.afterAll(async () => {
  await standalone?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

test('the window opens on the app origin, sandboxed, isolated, with the built preload', () => {
  expect(boot.window.url).toBe('http://localhost:47291/index.html');
  expect(boot.window.webPreferences).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
  });
  expect(boot.window.webPreferences.preload).toBe(join(projectRoot, 'out/preload/index.cjs'));
});

test('every contract channel is registered, and a call from another site is refused', () => {
  expect(boot.channels).toEqual([...invokeChannelNames].sort());
  expect(boot.info).toMatchObject({ ok: true, value: { version: '0.0.0-built-main' } });
  expect(boot.infoFromAnotherSite).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
});

test("the session serves the app with its CSP, forwards Circle's hosted page to the emulator, refuses the rest", () => {
  expect(boot.protocols).toEqual(['http', 'https']);
  expect(boot.appPage).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
  expect(boot.appPage.csp).toContain("default-src 'self'");
  expect(boot.hostedPage.status).toBe(200);
  expect(boot.hostedPage.body).toContain('Circle emulator');
  expect(boot.sessionFetches).toEqual([
    { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/pw-auth\/\?origin=/), bypass: true },
  ]);
  expect(boot.elsewhere).toEqual({ refused: true });
  expect(boot.permissionGranted).toBe(false);
});

test('its webRequest policy lets Circle’s frame load any host and keeps the app frame to its own origin', () => {
  expect(boot.webRequest).toEqual({
    filter: { urls: ['<all_urls>'] },
    fromCircleFrame: {},
    fromAppFrame: { cancel: true },
  });
  expect(boot.diagnostics.circleFrameHosts).toEqual([{ host: 'fonts.example.net', requests: 1 }]);
  expect(boot.diagnostics.refused.map((entry) => entry.url)).toEqual([
    'https://fonts.example.net/a.woff2',
    'https://elsewhere.example/',
  ]);
});

test('on Circle testnet no https handler of ours is registered; back on an emulator it is', () => {
  expect(boot.standalone.protocols).toEqual(['http', 'https']);
  expect(boot.circleSwitch).toEqual({ onCircle: ['http'], backOnLocal: ['http', 'https'] });
});

test("the bundled emulator's hosted page script compiles and is the one its CSP allows", () => {
  // Its browser code travels as function source text through the main bundle; a bundler rewrite would show here.
  const script = /<script>([\s\S]*)<\/script>/.exec(boot.hostedPage.body ?? '')?.[1] ?? '';
  expect(script.length).toBeGreaterThan(1000);
  expect(() => new Script(script)).not.toThrow();
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  expect(boot.hostedPage.csp).toContain(`script-src 'sha256-${hash}'`);
});

test('a reset on the embedded emulator answers the session fields, every Circle call through net.fetch', () => {
  expect(boot.localReset).toEqual({
    ok: true,
    fields: ['appId', 'caseId', 'challengeId', 'encryptionKey', 'tokenExpiresAt', 'userToken'],
  });
  const fetched = boot.netFetches;
  expect(fetched.some((call) => call.url.endsWith('/v1/w3s/user/pin'))).toBe(true);
  expect(fetched.filter((call) => call.bypass !== true)).toEqual([]);
});

test('a standalone key is sealed by safeStorage into the settings file, and the console runs on it', () => {
  expect(boot.standalone.keySaved).toMatchObject({ stored: true, storage: 'encrypted', hint: keyId.slice(-4) });
  expect(boot.standalone.active).toBe('standalone-emulator');
  expect(boot.standalone.reset).toMatchObject({ ok: true });
  const { settingsFile } = boot.standalone;
  expect(settingsFile).not.toContain(keySecret);
  expect(settingsFile).not.toContain(keyId);
  expect(settingsFile).toContain(Buffer.from('sealed:').toString('base64').slice(0, 8));
  const standaloneCalls = boot.netFetches.filter((call) => call.url.startsWith(standalone.baseUrl));
  expect(standaloneCalls.length).toBeGreaterThan(0);
});

test('one instance only: a second launch brings the open window back to the front', () => {
  expect(boot.secondInstance).toEqual({ lockRequested: true, restored: true, focused: 1 });
});

test('quitting waits for main to close its services: the emulator state and settings are on disk', () => {
  expect(boot.quitCalls).toBe(2);
  expect(boot.filesAfterQuit).toEqual(expect.arrayContaining(['emulator-state.json', 'settings.json']));
});

test('a start that fails says why in a window (a packaged app has no console), then exits 1', async () => {
  // The user-data "folder" is a file: nothing can be written there.
  const notAFolder = join(userDataDir, 'emulator-state.json');
  const { code, output } = await runBuiltMain({ PIN_DESK_USER_DATA_DIR: notAFolder });
  expect(code).toBe(1);
  const line = output.split('\n').find((candidate) => candidate.startsWith('ERROR-BOX '));
  expect(line, output.slice(-2000)).toBeDefined();
  const box = JSON.parse(line?.slice('ERROR-BOX '.length) ?? '{}') as { title: string; content: string };
  expect(box.title).toBe('PIN Desk could not start');
  expect(box.content).toContain('ENOTDIR');
  expect(box.content).toContain(notAFolder);
});
