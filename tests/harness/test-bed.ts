import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Emulator } from '../../src/emulator';
import type { CircleShapedEmulator } from '../../src/emulator/circle-hosts/circle-shaped-emulator';
import type { WatchIntervals } from '../../src/main/challenge-watch/challenge-watcher';
import { installFetchTransport } from '../../src/main/circle/circle-transport';
import {
  type InvokeEventLike,
  type IpcMainPort,
  registerContractHandlers,
} from '../../src/main/ipc/register-contract-handlers';
import type { MainServices } from '../../src/main/main-services';
import { createAppOriginHandler } from '../../src/main/session/app-origin-handler';
import { appEntryUrl, appOrigin } from '../../src/shared/app-origin';
import type { EventChannel } from '../../src/shared/contract/channel-names';
import type { WindowRole } from '../../src/shared/contract/window-channels';
import { windowOfEvent } from '../../src/shared/contract/window-channels';
import { circleHostsFetch } from '../support/circle-hosts-fetch';
import { type FakeDisplays, fakeDisplays } from '../support/fake-customer-screen';
import { type ScriptedConfirm, scriptedConfirm } from '../support/scripted-confirm';
import { type CustomerPage, customerPageIn } from './customer-page';
import { emitFunctionName } from './electron-shim';
import { routeLikeTheSession, type SessionLikeRouting } from './policy-routing';
import type { SharedChromium } from './shared-chromium';
import { openBedContext } from './test-bed-chromium';
import { selectCircleTestnet, startTestBedServices } from './test-bed-services';

const projectRoot = resolve(import.meta.dirname, '../..');
export const builtRendererRoot = join(projectRoot, 'out/renderer');
export const builtPreloadPath = join(projectRoot, 'out/preload/index.cjs');
export const builtCustomerPreloadPath = join(projectRoot, 'out/preload/customer.cjs');

export interface TestBedOptions {
  headless?: boolean;
  remoteDebuggingPort?: number;
  /** How often main polls challenges; tests may poll faster than the app's 1 s → 5 s. */
  watchIntervals?: WatchIntervals;
  /** Main's waits before retrying a 429 pass at once and are recorded in `circleWaits` (real seconds otherwise). */
  recordCircleWaits?: boolean;
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
  /**
   * A Chromium already running (a Playwright worker's) to open this bed's browser context in, instead of launching
   * one: not with `circleShaped`, `remoteDebuggingPort` or a headed browser, which need their own command line.
   */
  sharedChromium?: SharedChromium;
}

export interface TestBed {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  appUrl: string;
  /** The app's user-data folder for this run: new and empty at start, removed at close. */
  userDataDir: string;
  /** Console errors and uncaught exceptions of the agent's page since before it first loaded, CSP violations among them. */
  pageErrors: string[];
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
  /** Main's waits before retrying a 429, in ms, oldest first: with `recordCircleWaits` only. */
  circleWaits: number[];
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
  const shared = options.sharedChromium;
  if (shared && (options.circleShaped || options.remoteDebuggingPort || options.headless === false)) {
    throw new Error('A Circle-shaped emulator, a debugging port or a headed browser needs a Chromium of its own.');
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-test-bed-'));
  await options.prepareUserData?.(userDataDir);
  const mainLog: string[] = [];
  const bridgeTraffic: TestBed['bridgeTraffic'] = [];
  const clipboardText: string[] = [];
  const openedExternally: string[] = [];
  const circleWaits: number[] = [];
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
  // The customer window needs the browser, which starts beside main: its port forwards to the page once there is one.
  let customerWindow: CustomerPage | null = null;
  const customerClosed: (() => void)[] = [];
  const displays = fakeDisplays();
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  let agentPage: Page | null = null;
  // As Electron's webContents: main knows each window by its page, whatever URL it is on.
  const windowOf = (sender: unknown): WindowRole | null =>
    sender !== null && sender === agentPage
      ? 'agent'
      : sender !== null && sender === customerWindow?.page()
        ? 'customer'
        : null;
  // Main and the browser side start side by side (each a few hundred milliseconds of every test); the page loads the
  // app only once both are up. Its calls reach main through `listeners`, filled as main's handlers are registered.
  let services: MainServices | undefined;
  const onRefused = (url: string, reason: string) => {
    services?.networkDiagnostics.refused(url, reason);
    mainLog.push(`network policy: refused ${url} (${reason})`);
  };
  const browserCleanup: typeof cleanup = [];
  const [mainStart, browserStart] = await Promise.allSettled([
    startTestBedServices(
      userDataDir,
      options,
      {
        mainLog,
        clipboardText,
        openedExternally,
        confirmations,
        circleWaits,
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
    ),
    openBedContext(
      options,
      createAppOriginHandler({ appOrigin, appRoot: builtRendererRoot, onRefused }),
      { listeners, windowOf, bridgeTraffic },
      browserCleanup,
    ),
  ]);
  // Main closes after the browser side (cleanup runs last-in first-out): no page calls it while it shuts down.
  if (mainStart.status === 'fulfilled') cleanup.push(() => mainStart.value.close());
  cleanup.push(...browserCleanup);
  if (mainStart.status === 'rejected' || browserStart.status === 'rejected') {
    await closeAll();
    throw mainStart.status === 'rejected' ? mainStart.reason : (browserStart as PromiseRejectedResult).reason;
  }
  const main = mainStart.value;
  services = main;
  const { browser, context, page, pageErrors } = browserStart.value;
  agentPage = page;
  const ipcMain: IpcMainPort = { handle: (channel, listener) => listeners.set(channel, listener) };
  registerContractHandlers(ipcMain, main.handlers, {
    trustedOrigins: [appOrigin],
    windowOf,
    log: {
      warn: (message) => mainLog.push(`ipc: ${message}`),
      error: (message, error) => mainLog.push(`ipc: ${message}: ${String(error)}`),
    },
  });
  try {
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
      onCircleFrameHost: (host) => main.networkDiagnostics.circleFrameLoaded(host),
    });
    await main.watchHostedUi((target) => routing.applyHostedUi(target));
    if (shaped && options.circleShaped?.selectCircleTestnet) await selectCircleTestnet(main, shaped.emulator.apiKey);
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
      pageErrors,
      emulator: main.embedded.emulator,
      services: main,
      routing,
      mainLog,
      bridgeTraffic,
      clipboard: clipboardText,
      circleWaits,
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
