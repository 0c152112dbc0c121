// The built Electron main bundle (out/main/index.js), booted in plain Node with Electron's own objects faked
// (fake-electron.mjs) — the closest this machine gets to `npm start` without an Electron binary. It proves the
// composition root wires what the unit tests check piece by piece: the hardened window, the session's network
// policy, every IPC channel behind the sender check, Circle calls through net.fetch past the protocol handlers,
// the key sealed by safeStorage into electron-store's file, and a quit that lets the emulator save its state.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { expect, test } from '@playwright/test';
import { createEmulator, type Emulator, testScryptCost } from '../../../src/emulator';
import { startCircleShapedEmulator } from '../../../src/emulator/circle-hosts/circle-shaped-emulator';
import { invokeChannelNames } from '../../../src/shared/contract/channel-names';

const projectRoot = resolve(import.meta.dirname, '../../..');
/** Electron takes app.getVersion() from the app's package.json; so does the stand-in. */
const appVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const keyId = 'bootcheckkeyid0123456789abcdef';
const keySecret = 'bootchecksecret9876543210fedcba';
const standaloneKey = `TEST_API_KEY:${keyId}:${keySecret}`;

interface CompletedReset {
  inCirclesWindow: Record<string, unknown>;
  status: unknown;
  outcome: unknown;
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
  listenedChannels: string[];
  protocols: string[];
  webRequest: { filter: unknown; fromCircleFrame: unknown; fromAppFrame: unknown };
  appPage: Page;
  hostedPage: Page;
  elsewhere: Page;
  permissionGranted: boolean;
  info: unknown;
  infoFromAnotherSite: unknown;
  infoFromDevServer: unknown;
  localReset: unknown;
  completedLocalReset: CompletedReset;
  customerScreen: {
    options: string[];
    window: {
      url: string;
      title: string;
      fullscreen: boolean;
      menu: unknown;
      webPreferences: Record<string, unknown>;
      windowOpen: unknown;
      openedExternally: string[];
    };
    agentStart: string[];
    customerShowing: { kind: string; session: string[] };
    fromCustomerToAgentChannel: unknown;
    fromAgentToCustomerChannel: unknown;
    menuSentFromCustomer: number;
    sentToCustomer: string[];
    sentToAgent: string[];
    closedTold: boolean;
  };
  menu: { menu: string; items: string[]; accelerators: string[] }[];
  menuCommand: { channel: string; payload: unknown } | null;
  standalone: {
    keySaved: unknown;
    active: unknown;
    reset: unknown;
    completedReset: CompletedReset;
    protocols: string[];
    settingsFile: string;
    baseUrlChange: { refusal: string | null; asked: { message: string; buttons: string[] }[]; active: string };
  };
  circleSwitch: { onCircle: string[]; backOnLocal: string[] };
  circleTestnet?: { baseUrl: string; key: unknown; active: string; reset: CompletedReset };
  diagnostics: { circleFrameHosts: { host: string; requests: number }[]; refused: { url: string }[] };
  userDataDir: string;
  modes: Record<string, string>;
  /** What main fetched, by session partition ('' is the windows' default session). */
  fetched: Record<string, string[]>;
  secondInstance: { lockRequested: boolean; restored: boolean; focused: number };
  filesAfterQuit: string[];
  quitCalls: number;
}

/** The boot scenario's result line, or an error with the end of what the bundle printed. */
function bootResultOf(code: number | null, output: string): BootResult {
  const line = output.split('\n').find((candidate) => candidate.startsWith('BOOT-RESULT '));
  if (code !== 0 || !line)
    throw new Error(`the built main bundle did not boot (exit ${code}):\n${output.slice(-4000)}`);
  return JSON.parse(line.slice('BOOT-RESULT '.length)) as BootResult;
}

/** Runs the built main bundle with Electron faked; resolves with its exit code and everything it printed. */
function runBuiltMain(
  env: Record<string, string>,
  switches: string[] = [],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './tests/e2e/built-main/register-fake-electron.mjs',
        'out/main/index.js',
        // Chromium's switches, as Electron's command line would carry them (the stand-in's app.commandLine).
        ...switches,
      ],
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
  return bootResultOf(code, output);
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
    // An unpackaged run: DevTools for the developer.
    devTools: true,
  });
  expect(boot.window.webPreferences.preload).toBe(join(projectRoot, 'out/preload/index.cjs'));
});

test('every contract channel is registered, and a call from another site is refused', () => {
  expect(boot.channels).toEqual([...invokeChannelNames].sort());
  // ipc-main-impl.ts listens for 'error' itself; electron-store's own channel (electron-store-get-data) is removed.
  expect(boot.listenedChannels).toEqual(['error']);
  expect(boot.info).toMatchObject({ ok: true, value: { version: appVersion } });
  expect(boot.infoFromAnotherSite).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(boot.infoFromDevServer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
});

test('the customer screen opens a second hardened window with its own preload, and each window has its own channels', () => {
  const screen = boot.customerScreen;
  expect(screen.options).toEqual(['Off', 'Same display', 'Display 1, 1920×1080']);
  expect(screen.window).toMatchObject({
    url: 'http://localhost:47291/customer.html',
    title: 'PIN Desk — Customer',
    fullscreen: false,
    menu: null,
    windowOpen: { opened: false },
    openedExternally: [],
  });
  expect(screen.window.webPreferences).toMatchObject({
    preload: join(projectRoot, 'out/preload/customer.cjs'),
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
  });
  // The agent gets the case without the token or the key; the customer window gets the session to run.
  expect(screen.agentStart).toEqual(['caseId', 'challengeId', 'shownOn', 'tokenExpiresAt']);
  expect(screen.customerShowing).toEqual({
    kind: 'case',
    // With the environment's app look (Settings), which the window hands to the web SDK.
    session: ['appId', 'caseId', 'challengeId', 'encryptionKey', 'language', 'look', 'tokenExpiresAt', 'userToken'],
  });
  expect(screen.fromCustomerToAgentChannel).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(screen.fromAgentToCustomerChannel).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(screen.menuSentFromCustomer).toBe(0);
  expect(screen.sentToCustomer).toEqual(['customerWindow:changed']);
  expect(screen.sentToAgent).not.toContain('customerWindow:changed');
  expect(screen.sentToAgent).toContain('customerScreen:changed');
  expect(screen.closedTold).toBe(true);
});

test("the application menu is the console's own, its shortcuts sent to the renderer through the contract", () => {
  if (process.platform !== 'darwin')
    expect(boot.menu.map((menu) => menu.menu)).toEqual(['Edit', 'View', 'Window', 'Help']);
  const view = boot.menu.find((menu) => menu.menu === 'View');
  expect(view?.accelerators).toEqual(['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+L', 'CmdOrCtrl+Shift+N']);
  expect(view?.items).toContain('toggleDevTools');
  expect(boot.menuCommand).toEqual({ channel: 'menu:commandChosen', payload: { command: 'focus-user-id' } });
});

test("the session serves the app with its CSP, forwards Circle's hosted page to the emulator, refuses the rest", () => {
  expect(boot.protocols).toEqual(['http', 'https']);
  expect(boot.appPage).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
  expect(boot.appPage.csp).toContain("default-src 'self'");
  expect(boot.hostedPage.status).toBe(200);
  expect(boot.hostedPage.body).toContain('Circle emulator');
  // The forward is main's own request, on main's own session.
  expect(boot.fetched['pin-desk-main-calls']).toContainEqual(
    expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/pw-auth\/\?origin=/),
  );
  expect(boot.elsewhere).toEqual({ refused: true, reason: 'net::ERR_FAILED' });
  expect(boot.permissionGranted).toBe(false);
});

test('its webRequest policy lets Circle’s frame load any host and keeps the app frame to its own origin', () => {
  expect(boot.webRequest).toEqual({
    filter: { urls: ['<all_urls>'] },
    fromCircleFrame: {},
    fromAppFrame: { cancel: true },
  });
  expect(boot.diagnostics.circleFrameHosts).toEqual(
    expect.arrayContaining([
      { host: 'fonts.example.net', requests: 1 },
      { host: 'elsewhere.example', requests: 1 },
    ]),
  );
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

test('a reset on the embedded emulator answers the session fields, every Circle call on main’s own session', () => {
  expect(boot.localReset).toEqual({
    ok: true,
    fields: ['appId', 'caseId', 'challengeId', 'encryptionKey', 'language', 'look', 'tokenExpiresAt', 'userToken'],
  });
  const mainCalls = boot.fetched['pin-desk-main-calls'] ?? [];
  expect(mainCalls.some((url) => url.endsWith('/v1/w3s/user/pin'))).toBe(true);
  expect(mainCalls.some((url) => url.endsWith('/v1/w3s/config/entity'))).toBe(true);
  expect(mainCalls.some((url) => /\/v2\/notifications\/publicKey\//.test(url))).toBe(true);
  // Nothing of main's on the windows' session, whose webRequest policy would cancel it (docs/api/net.md).
  expect(boot.fetched['']).toEqual([]);
});

/** The customer's steps in Circle's window all answered, the challenge COMPLETE, the case logged COMPLETE. */
function expectCompleted(reset: CompletedReset) {
  expect(reset.inCirclesWindow).toMatchObject({
    page: 200,
    open: { status: 200, body: { challenge: { type: 'CHANGE_PIN', status: 'IN_PROGRESS' } } },
    currentPin: { status: 200, body: { ok: true } },
    newPin: { status: 200, body: { ok: true, challenge: { status: 'COMPLETE' } } },
  });
  expect(reset.status).toBe('COMPLETE');
  expect(reset.outcome).toEqual({ kind: 'COMPLETE' });
}

test("a whole reset on the embedded emulator: Circle's window through the hosted-UI forward, the case COMPLETE", () => {
  expectCompleted(boot.completedLocalReset);
  const mainCalls = boot.fetched['pin-desk-main-calls'] ?? [];
  for (const step of ['api/open', 'api/current-pin', 'api/new-pin'])
    expect(mainCalls.some((url) => url.endsWith(`/pw-auth/${step}`))).toBe(true);
});

test('nothing of main’s is listed as refused in Diagnostics', () => {
  const refused = boot.diagnostics.refused.map((entry) => entry.url);
  expect(refused.filter((url) => url.startsWith(standalone.baseUrl) || url.includes('127.0.0.1'))).toEqual([]);
  expect(refused).toEqual(['https://fonts.example.net/a.woff2', 'https://elsewhere.example/']);
});

test('a standalone key is sealed by safeStorage into the settings file, and the console runs on it', () => {
  expect(boot.standalone.keySaved).toMatchObject({ stored: true, storage: 'encrypted', hint: keyId.slice(-4) });
  expect(boot.standalone.active).toBe('standalone-emulator');
  expect(boot.standalone.reset).toMatchObject({ ok: true });
  expectCompleted(boot.standalone.completedReset);
  const { settingsFile } = boot.standalone;
  expect(settingsFile).not.toContain(keySecret);
  expect(settingsFile).not.toContain(keyId);
  // safeStorage's ciphertext, base64: Chromium's version prefix (v11 with a Linux keyring, v10 elsewhere) first.
  expect(settingsFile).toMatch(/"ciphertext":\s*"djE[wx]/);
  const standaloneCalls = (boot.fetched['pin-desk-main-calls'] ?? []).filter((url) =>
    url.startsWith(standalone.baseUrl),
  );
  expect(standaloneCalls.some((url) => url.endsWith('/v1/w3s/config/entity'))).toBe(true);
  expect(standaloneCalls.some((url) => url.endsWith('/pw-auth/api/new-pin'))).toBe(true);
});

test("moving a keyed environment elsewhere asks in main's own dialog, naming the host; no changes nothing", () => {
  const change = boot.standalone.baseUrlChange;
  expect(change.asked).toEqual([{ message: expect.stringContaining('127.0.0.1:9'), buttons: expect.any(Array) }]);
  expect(change.refusal).toBe('base-url-unchanged');
  expect(change.active).toBe('standalone-emulator');
});

test("what main writes is the agent's alone: settings and case log files 0600, their folders 0700", () => {
  test.skip(process.platform === 'win32', 'Windows has no POSIX file modes');
  const { modes } = boot;
  expect(modes['settings.json']).toBe('600');
  expect(modes['emulator-state.json']).toBe('600');
  const caseLog = Object.entries(modes).filter(([path]) => path.startsWith('case-log'));
  expect(caseLog.length).toBeGreaterThan(2);
  for (const [path, mode] of caseLog)
    expect(`${path} ${mode}`).toBe(`${path} ${path.endsWith('.jsonl') ? '600' : '700'}`);
});

test('packaged, the test and development switches are ignored, and there are no DevTools', async () => {
  const packagedUserData = await mkdtemp(join(tmpdir(), 'pin-desk-packaged-'));
  const redirected = await mkdtemp(join(tmpdir(), 'pin-desk-redirected-'));
  try {
    const { code, output } = await runBuiltMain({
      ELECTRON_FORCE_IS_PACKAGED: '1',
      FAKE_ELECTRON_USER_DATA: packagedUserData,
      PIN_DESK_USER_DATA_DIR: redirected,
      PIN_DESK_ANNOUNCE_EMULATOR: '1',
      ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/',
    });
    const packaged = bootResultOf(code, output);
    expect(packaged.userDataDir).toBe(packagedUserData);
    expect(output).not.toContain('PIN Desk emulator:');
    for (const name of ['PIN_DESK_USER_DATA_DIR', 'PIN_DESK_ANNOUNCE_EMULATOR', 'ELECTRON_RENDERER_URL']) {
      expect(output).toContain(`launch: ${name} is set but ignored`);
    }
    expect(packaged.window.url).toBe('http://localhost:47291/index.html');
    expect(packaged.window.webPreferences).toMatchObject({ devTools: false });
    expect(packaged.customerScreen.window.webPreferences).toMatchObject({ devTools: false });
    expect(packaged.infoFromDevServer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(packaged.menu.find((menu) => menu.menu === 'View')?.items).not.toContain('toggleDevTools');
    expect(packaged.localReset).toMatchObject({ ok: true });
  } finally {
    await rm(packagedUserData, { recursive: true, force: true });
    await rm(redirected, { recursive: true, force: true });
  }
});

test('packaged and started with --host-resolver-rules, the console makes no Circle call and says why in one line and one dialog', async () => {
  const packagedUserData = await mkdtemp(join(tmpdir(), 'pin-desk-refused-'));
  try {
    const { code, output } = await runBuiltMain(
      { ELECTRON_FORCE_IS_PACKAGED: '1', FAKE_ELECTRON_USER_DATA: packagedUserData },
      ['--host-resolver-rules=MAP * 127.0.0.1:9'],
    );
    expect(code).toBe(1);
    const lines = output.split('\n');
    const refusalLines = lines.filter((line) => line.startsWith('launch: refused'));
    expect(refusalLines).toHaveLength(1);
    expect(refusalLines[0]).toContain('--host-resolver-rules');
    // The switch's value (where it points) is never printed.
    expect(output).not.toContain('127.0.0.1:9');
    const box = JSON.parse(lines.find((line) => line.startsWith('ERROR-BOX '))?.slice('ERROR-BOX '.length) ?? '{}') as {
      title?: string;
      content?: string;
    };
    expect(box.content).toContain('--host-resolver-rules');
    const fetched = JSON.parse(
      lines.find((line) => line.startsWith('FETCHED '))?.slice('FETCHED '.length) ?? 'null',
    ) as Record<string, string[]>;
    expect(Object.values(fetched).flat()).toEqual([]);
    // Main never got as far as its own session, nor as its settings (nothing written in the user-data folder).
    expect(Object.keys(fetched)).not.toContain('pin-desk-main-calls');
    expect(await readdir(packagedUserData)).toEqual([]);
    expect(lines.some((line) => line.startsWith('BOOT-RESULT '))).toBe(false);
  } finally {
    await rm(packagedUserData, { recursive: true, force: true });
  }
});

test('one instance only: a second launch brings the open window back to the front', () => {
  expect(boot.secondInstance).toEqual({ lockRequested: true, restored: true, focused: 1 });
});

test('quitting waits for main to close its services: the emulator state and settings are on disk', () => {
  expect(boot.quitCalls).toBe(2);
  expect(boot.filesAfterQuit).toEqual(expect.arrayContaining(['emulator-state.json', 'settings.json']));
});

test('on Circle testnet at Circle’s own host names (a Circle-shaped emulator): the key is checked and a whole reset completes', async () => {
  const shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
  const shapedUserData = await mkdtemp(join(tmpdir(), 'pin-desk-circle-shaped-'));
  try {
    const { code, output } = await runBuiltMain(
      { PIN_DESK_USER_DATA_DIR: shapedUserData, PIN_DESK_CIRCLE_TESTNET_KEY: shaped.emulator.apiKey },
      shaped.switches(shapedUserData),
    );
    const onCircle = bootResultOf(code, output);
    expect(onCircle.circleTestnet?.baseUrl).toBe('https://api.circle.com');
    expect(onCircle.circleTestnet?.key).toMatchObject({ stored: true });
    expect(onCircle.circleTestnet?.active).toBe('circle-testnet');
    expectCompleted(onCircle.circleTestnet?.reset as CompletedReset);
    const mainCalls = onCircle.fetched['pin-desk-main-calls'] ?? [];
    expect(mainCalls).toContain('https://api.circle.com/v1/w3s/config/entity');
    expect(mainCalls).toContain('https://api.circle.com/v1/w3s/user/pin');
    // Circle's page was Circle's own, loaded by the frame: main forwarded only the embedded emulator's reset before.
    expect(mainCalls.filter((url) => url.startsWith('https://pw-auth.circle.com'))).toEqual([]);
    expect(mainCalls.filter((url) => url.endsWith('/pw-auth/api/new-pin'))).toHaveLength(1);
    expect(onCircle.diagnostics.circleFrameHosts).toContainEqual(
      expect.objectContaining({ host: 'pw-auth.circle.com' }),
    );
    expect(onCircle.diagnostics.refused.map((entry) => entry.url)).toEqual([
      'https://fonts.example.net/a.woff2',
      'https://elsewhere.example/',
    ]);
  } finally {
    await shaped.emulator.close();
    await rm(shapedUserData, { recursive: true, force: true });
  }
});

test('a start that fails says why in a window (a packaged app has no console), then exits 1', async () => {
  // The settings "file" is a folder: main cannot read its settings.
  const broken = await mkdtemp(join(tmpdir(), 'pin-desk-broken-'));
  try {
    await mkdir(join(broken, 'settings.json'));
    const { code, output } = await runBuiltMain({ PIN_DESK_USER_DATA_DIR: broken });
    expect(code).toBe(1);
    const line = output.split('\n').find((candidate) => candidate.startsWith('ERROR-BOX '));
    expect(line, output.slice(-2000)).toBeDefined();
    const box = JSON.parse(line?.slice('ERROR-BOX '.length) ?? '{}') as { title: string; content: string };
    expect(box.title).toBe('PIN Desk could not start');
    expect(box.content).toContain('EISDIR');
    expect(box.content).toContain(broken);
  } finally {
    await rm(broken, { recursive: true, force: true });
  }
});

// Electron refuses the single-instance lock when the user-data folder cannot be made (electron_api_app.cc: a
// LOCK_ERROR returns false, like another instance holding it): main tells that from another instance running.
test('a user-data folder that is a file: main says why in a window instead of quitting silently', async () => {
  const notAFolder = join(userDataDir, 'emulator-state.json');
  const { code, output } = await runBuiltMain({ PIN_DESK_USER_DATA_DIR: notAFolder });
  expect(code).toBe(1);
  const line = output.split('\n').find((candidate) => candidate.startsWith('ERROR-BOX '));
  expect(line, output.slice(-2000)).toBeDefined();
  const box = JSON.parse(line?.slice('ERROR-BOX '.length) ?? '{}') as { title: string; content: string };
  expect(box.title).toBe('PIN Desk could not start');
  expect(box.content).toContain(notAFolder);
});
