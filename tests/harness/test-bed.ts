import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { type Emulator, testScryptCost } from '../../src/emulator';
import { hostResolverRules } from '../../src/emulator/circle-hosts/browser-flags';
import type { CircleShapedEmulator } from '../../src/emulator/circle-hosts/circle-shaped-emulator';
import type { WatchIntervals } from '../../src/main/challenge-watch/challenge-watcher';
import { installFetchTransport } from '../../src/main/circle/circle-transport';
import {
  type InvokeEventLike,
  type IpcMainPort,
  registerContractHandlers,
} from '../../src/main/ipc/register-contract-handlers';
import { type MainServices, type MainServicesOptions, startMainServices } from '../../src/main/main-services';
import { createAppOriginHandler } from '../../src/main/session/app-origin-handler';
import { memorySettings } from '../../src/main/settings/settings-port';
import { appEntryUrl, appOrigin, appOriginPort } from '../../src/shared/app-origin';
import type { EventChannel } from '../../src/shared/contract/channel-names';
import type { WindowRole } from '../../src/shared/contract/window-channels';
import { windowOfEvent } from '../../src/shared/contract/window-channels';
import { circleHostsFetch } from '../support/circle-hosts-fetch';
import { type FakeDisplays, fakeDisplays } from '../support/fake-customer-screen';
import { type ScriptedConfirm, scriptedConfirm } from '../support/scripted-confirm';
import { type AppOriginServer, startAppOriginServer } from './app-origin-server';
import { chromiumLaunchOptions } from './chromium-launch';
import { type CustomerPage, customerPageIn } from './customer-page';
import { emitFunctionName, invokeBindingName, preloadInitScript } from './electron-shim';
import { routeLikeTheSession, type SessionLikeRouting } from './policy-routing';

const projectRoot = resolve(import.meta.dirname, '../..');
export const builtRendererRoot = join(projectRoot, 'out/renderer');
export const builtPreloadPath = join(projectRoot, 'out/preload/index.cjs');
export const builtCustomerPreloadPath = join(projectRoot, 'out/preload/customer.cjs');

export interface TestBedOptions {
  headless?: boolean;
  remoteDebuggingPort?: number;
  /** How often main polls challenges; tests may poll faster than the app's 1 s → 5 s. */
  watchIntervals?: WatchIntervals;
  /** E.g. a challenge lifetime longer than a token's, to rehearse token expiry alone. */
  challengeLifetimeSeconds?: number;
  /**
   * A Circle-shaped emulator to reach under Circle's host names: Chromium gets its host-resolver rules and SPKI
   * hash, main's transport maps the same hosts and trusts its certificate (test code only). With
   * `selectCircleTestnet`, its key is saved for "Circle testnet" (default base URL) and that environment selected
   * before the page loads, as `npm run harness -- --circle-shaped` does.
   */
  circleShaped?: { emulator: CircleShapedEmulator; selectCircleTestnet?: boolean };
  /**
   * The customer page keeps its ipcRenderer on `window` (electron-shim.ts), as a renderer whose process was taken
   * over would have it: for tests that call channels outside its slice from its own context.
   */
  compromisedCustomerWindow?: boolean;
  /** Runs on the new user-data folder before main starts (e.g. to give it a case log from an earlier shift). */
  prepareUserData?: (userDataDir: string) => Promise<void>;
  /** The agent's time zone, for main (ticket notes) and the page alike; the machine's by default. */
  timeZone?: string;
  /**
   * On close, once main has closed (its case log and emulator state written, as when the app quits), the user-data
   * folder is copied here before it is removed: a later test bed's `prepareUserData` can start from it (a restart).
   */
  keepUserDataIn?: string;
}

export interface TestBed {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  appUrl: string;
  /** The app's user-data folder for this run: new and empty at start, removed at close. */
  userDataDir: string;
  /** The embedded emulator main started for this run, freshly seeded. */
  emulator: Emulator;
  /** Main's services (the test bed's "main process"). */
  services: MainServices;
  /** The session's stand-in: whether Playwright routing is installed right now. */
  routing: Pick<SessionLikeRouting, 'routed'>;
  /** Main-process warnings (refused IPC calls, refused requests), as the Electron shell would log them. */
  mainLog: string[];
  /** Everything that crossed the bridge, both ways, and which window it crossed to (for secret-leak checks). */
  bridgeTraffic: {
    direction: 'invoke' | 'result' | 'event';
    channel: string;
    data: unknown;
    at: number;
    window: WindowRole | null;
  }[];
  /** The customer window: a second page in this browser context, opened and placed by main. */
  customerWindow: CustomerPage;
  /** The displays main sees: a laptop (primary, the agent's) and "Display 2, 1920×1080"; a test may unplug one. */
  displays: FakeDisplays;
  /** What main put on the clipboard ("Copy as Markdown"), oldest first. */
  clipboard: string[];
  /** What main opened in the system browser (the emulator's control page), oldest first. */
  openedExternally: string[];
  /** Main's own yes/no dialog: a test pushes answers before the click that asks; unanswered questions get no. */
  confirmations: ScriptedConfirm;
  /** Pushes a main → renderer event to the page, as webContents.send would. */
  emit(channel: string, payload: unknown): Promise<void>;
  close(): Promise<void>;
}

function readVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The browser test bed: the built renderer and the real built preload in Chromium, wired to main's real handler
 * registration and network policy, without an Electron binary.
 */
export async function launchTestBed(options: TestBedOptions = {}): Promise<TestBed> {
  if (
    !existsSync(builtPreloadPath) ||
    !existsSync(builtCustomerPreloadPath) ||
    !existsSync(join(builtRendererRoot, 'customer.html'))
  ) {
    throw new Error('The test bed needs a build: run `npm run build` first.');
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-test-bed-'));
  await options.prepareUserData?.(userDataDir);
  const mainLog: string[] = [];
  const bridgeTraffic: TestBed['bridgeTraffic'] = [];
  const clipboardText: string[] = [];
  const openedExternally: string[] = [];
  const confirmations = scriptedConfirm();
  const cleanup: (() => Promise<void> | void)[] = [() => rm(userDataDir, { recursive: true, force: true })];
  const keepIn = options.keepUserDataIn;
  // Runs after main's close (cleanup runs last-in first-out) and before the folder is removed.
  if (keepIn) cleanup.push(() => cp(userDataDir, keepIn, { recursive: true }));
  const closeAll = async () => {
    for (const step of cleanup.reverse()) await step();
  };
  const shaped = options.circleShaped?.emulator;
  // As Electron's net.fetch under the test launch's switches: Circle's hosts reach the Circle-shaped emulator.
  if (shaped) cleanup.push(installFetchTransport(circleHostsFetch(shaped.tlsPort, shaped.certificate.cert)));
  let emitToPage: (channel: string, payload: unknown) => Promise<void> = async () => {};
  // The customer window needs the browser, which starts after main: its port forwards to the page once there is one.
  let customerWindow: CustomerPage | null = null;
  const customerClosed: (() => void)[] = [];
  const displays = fakeDisplays();
  let services: MainServices;
  try {
    services = await startTestBedServices(
      userDataDir,
      options,
      {
        mainLog,
        clipboardText,
        openedExternally,
        confirmations,
        customerScreen: {
          displays,
          window: {
            show: (placement) => customerWindow?.show(placement),
            close: () => customerWindow?.close(),
            isOpen: () => customerWindow?.isOpen() ?? false,
            onClosed: (listener) => {
              customerClosed.push(listener);
            },
          },
        },
      },
      (channel, payload) => {
        void emitToPage(channel, payload).catch(() => {});
      },
    );
  } catch (error) {
    await closeAll();
    throw error;
  }
  cleanup.push(() => services.close());

  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainPort = { handle: (channel, listener) => listeners.set(channel, listener) };
  let agentPage: Page | null = null;
  // As Electron's webContents: main knows each window by its page, whatever URL it is on.
  const windowOf = (sender: unknown): WindowRole | null =>
    sender !== null && sender === agentPage
      ? 'agent'
      : sender !== null && sender === customerWindow?.page()
        ? 'customer'
        : null;
  registerContractHandlers(ipcMain, services.handlers, {
    trustedOrigins: [appOrigin],
    windowOf,
    log: {
      warn: (message) => mainLog.push(`ipc: ${message}`),
      error: (message, error) => mainLog.push(`ipc: ${message}: ${String(error)}`),
    },
  });
  const onRefused = (url: string, reason: string) => {
    services.networkDiagnostics.refused(url, reason);
    mainLog.push(`network policy: refused ${url} (${reason})`);
  };

  try {
    const appServer: AppOriginServer = await startAppOriginServer(
      createAppOriginHandler({ appOrigin, appRoot: builtRendererRoot, onRefused }),
    );
    cleanup.push(() => appServer.close());
    const rules = [`MAP localhost:${appOriginPort} 127.0.0.1:${appServer.port}`];
    if (shaped) rules.push(hostResolverRules(shaped.tlsPort));
    const extraArgs = [
      `--host-resolver-rules=${rules.join(', ')}`,
      ...(shaped ? [`--ignore-certificate-errors-spki-list=${shaped.certificate.spkiHash}`] : []),
      ...(options.remoteDebuggingPort ? [`--remote-debugging-port=${options.remoteDebuggingPort}`] : []),
    ];
    const browser = await chromium.launch({ ...chromiumLaunchOptions(extraArgs), headless: options.headless ?? true });
    cleanup.push(() => browser.close());
    const context = await browser.newContext(options.timeZone ? { timezoneId: options.timeZone } : {});
    await context.exposeBinding(invokeBindingName, async (source, channel: unknown, args: unknown) => {
      const listener = typeof channel === 'string' ? listeners.get(channel) : undefined;
      if (!listener) throw new Error(`No handler registered for ${String(channel)}`);
      const frame = source.frame;
      const event: InvokeEventLike = {
        senderFrame: { url: frame.url(), parent: frame.parentFrame() },
        sender: source.page,
      };
      const window = windowOf(source.page);
      bridgeTraffic.push({ direction: 'invoke', channel: String(channel), data: args, at: performance.now(), window });
      const result = await listener(event, ...(Array.isArray(args) ? args : []));
      bridgeTraffic.push({
        direction: 'result',
        channel: String(channel),
        data: result,
        at: performance.now(),
        window,
      });
      return result;
    });
    const preloads = {
      agent: await readFile(builtPreloadPath, 'utf8'),
      customer: await readFile(builtCustomerPreloadPath, 'utf8'),
    };
    await context.addInitScript({
      content: preloadInitScript(preloads, { compromisedCustomerWindow: options.compromisedCustomerWindow ?? false }),
    });
    const customerPage = customerPageIn(context);
    customerPage.onClosed(() => {
      for (const listener of customerClosed) listener();
    });
    customerWindow = customerPage;
    const routing = routeLikeTheSession(context, {
      appOrigin,
      appRoot: builtRendererRoot,
      appOriginServer: true,
      onRefused,
      onCircleFrameHost: (host) => services.networkDiagnostics.circleFrameLoaded(host),
    });
    await services.watchHostedUi((target) => routing.applyHostedUi(target));
    if (shaped && options.circleShaped?.selectCircleTestnet)
      await selectCircleTestnet(services, shaped.emulator.apiKey);
    const page = await context.newPage();
    agentPage = page;
    // Each event to its own window's page, as Electron's webContents.send.
    emitToPage = async (channel, payload) => {
      const window = windowOfEvent(channel as EventChannel);
      const target = window === 'customer' ? customerPage.page() : page;
      if (!target) return;
      bridgeTraffic.push({ direction: 'event', channel, data: payload, at: performance.now(), window });
      await target.evaluate(
        ([name, eventChannel, eventPayload]) =>
          (window as unknown as Record<string, (c: unknown, p: unknown) => void>)[name as string]?.(
            eventChannel,
            eventPayload,
          ),
        [emitFunctionName, channel, payload] as const,
      );
    };
    await page.goto(appEntryUrl);
    return {
      browser,
      context,
      page,
      appUrl: appEntryUrl,
      userDataDir,
      emulator: services.embedded.emulator,
      services,
      routing,
      mainLog,
      bridgeTraffic,
      clipboard: clipboardText,
      openedExternally,
      confirmations,
      customerWindow: customerPage,
      displays,
      emit: emitToPage,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function startTestBedServices(
  userDataDir: string,
  options: TestBedOptions,
  records: {
    mainLog: string[];
    clipboardText: string[];
    openedExternally: string[];
    confirmations: ScriptedConfirm;
    customerScreen: MainServicesOptions['customerScreen'];
  },
  publish: (channel: string, payload: unknown) => void,
): Promise<MainServices> {
  const { mainLog, clipboardText, openedExternally, confirmations, customerScreen } = records;
  return startMainServices({
    userDataDir,
    version: readVersion(),
    platform: process.platform,
    publish,
    log: { warn: (message) => mainLog.push(message) },
    // A fresh settings store per run; no OS secret store, so keys are kept for the session only (as on Linux
    // without a keyring).
    settings: memorySettings(),
    safeStorage: null,
    // As if the agent picked a file in the save dialog each time; the clipboard is recorded for the tests.
    saveFile: {
      save: async (name, content) => {
        const path = join(userDataDir, 'exports', name);
        await mkdir(join(userDataDir, 'exports'), { recursive: true });
        await writeFile(path, content, 'utf8');
        return { saved: true, path };
      },
    },
    clipboard: {
      writeText: (text) => {
        clipboardText.push(text);
      },
    },
    confirm: confirmations,
    customerScreen,
    openExternal: async (url) => {
      openedExternally.push(url);
    },
    // Seeding hashes PINs and answers; the test bed uses the emulator's cheap test cost so every run starts fast.
    emulatorOptions: {
      secretHashCost: testScryptCost,
      ...(options.challengeLifetimeSeconds ? { challengeLifetimeSeconds: options.challengeLifetimeSeconds } : {}),
    },
    ...(options.watchIntervals ? { watchIntervals: options.watchIntervals } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
}

/** As an agent would: the key saved for Circle testnet at its default base URL, then that environment chosen. */
async function selectCircleTestnet(services: MainServices, apiKey: string): Promise<void> {
  await services.handlers['settings:setApiKey']({ environment: 'circle-testnet', apiKey });
  await services.handlers['settings:setEnvironment']({ environment: 'circle-testnet', closeOpenCases: false });
}
