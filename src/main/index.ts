// Electron's composition root: everything Electron-specific is wired here and in window/ and session/; the
// handlers and policies they use are plain modules that also run in Node (unit tests, browser test bed).

import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  type Session,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { appEntryUrl, appOrigin, customerEntryUrl } from '../shared/app-origin';
import { invokeChannelNames } from '../shared/contract/channel-names';
import { type WindowRole, windowOfEvent } from '../shared/contract/window-channels';
import { installFetchTransport } from './circle/circle-transport';
import type { Publish } from './events/publish';
import { handlersAwaitingStart } from './ipc/handlers-awaiting-start';
import { ipcMainAwaitingContract } from './ipc/ipc-main-awaiting-contract';
import type { RegistrationOptions } from './ipc/register-contract-handlers';
import { ignoredSwitchLine, launchSwitches } from './launch/launch-switches';
import { type Refusal, refusalOf } from './launch/refused-switches';
import type { MainServices } from './main-services';
import { installSessionPolicy } from './session/install-session-policy';
import { mainCallsFetch, mainCallsPartition } from './session/main-calls-session';
import { NetworkDiagnosticsRecorder } from './session/network-diagnostics-recorder';
import { readSettingBeforeStore } from './settings/settings-file';
import type { SettingsStore } from './settings/settings-store';
import { startFailureText, userDataFolderProblem } from './start-failure';
import { applicationMenuTemplate } from './window/application-menu';
import { electronCustomerWindow } from './window/customer-window';
import { electronDialogs } from './window/electron-dialogs';
import { electronDisplays } from './window/electron-displays';
import { createMainWindow } from './window/main-window';
import { refusedNavigationReport } from './window/refused-navigation-report';
import { restoreWindowBounds } from './window/window-bounds';

// A packaged console started with switches that redirect its network, weaken certificate checks, open a debugger or
// drop the sandbox refuses to start at all (launch/refused-switches.ts): nothing below runs, no setting is read, no
// Circle call is made, the key is never unsealed.
const refusal = refusalOf(app.isPackaged, app.commandLine, process.argv, process.env);

// Test and development switches (user-data folder, emulator announcement, Vite's dev server, DevTools): honoured in
// unpackaged runs only.
const switches = launchSwitches(app.isPackaged, process.env);
for (const name of switches.ignored) console.warn(ignoredSwitchLine(name, app.isPackaged));
if (switches.userDataDir) app.setPath('userData', switches.userDataDir);
const devServerOrigin = switches.devServerUrl ? new URL(switches.devServerUrl).origin : undefined;

let mainWindow: BrowserWindow | null = null;
/** Main's services once started; `servicesStarting` from the moment they begin (a quit then waits to close them). */
let services: MainServices | null = null;
let servicesStarting: Promise<MainServices> | null = null;

const customerWindow = electronCustomerWindow({
  preloadPath: join(import.meta.dirname, '../preload/customer.cjs'),
  url: switches.devServerUrl ? new URL('customer.html', switches.devServerUrl).href : customerEntryUrl,
  devTools: switches.devTools,
});

/** Each event goes to its own window (window-channels.ts): the customer window gets only what it shows. */
const publish: Publish = (channel, payload) => {
  const target = windowOfEvent(channel) === 'customer' ? customerWindow.webContents() : mainWindow?.webContents;
  target?.send(channel, payload);
};

/** Both windows share the app origin: main tells them apart by their webContents. */
function windowOf(sender: unknown): WindowRole | null {
  const id = (sender as { id?: unknown } | null)?.id;
  if (typeof id !== 'number') return null;
  if (mainWindow && !mainWindow.isDestroyed() && mainWindow.webContents.id === id) return 'agent';
  if (customerWindow.webContents()?.id === id) return 'customer';
  return null;
}

/** One line on stderr, one dialog once a dialog can show (on Linux, one shown before ready only reaches stderr). */
function refuseToStart(refused: Refusal): void {
  console.error(refused.logLine);
  // Taken off Chromium's command line too, so none acts while the dialog is up (those Chromium read at start did).
  for (const each of refused.refused) if (each.kind === 'switch') app.commandLine.removeSwitch(each.name.slice(2));
  void app.whenReady().then(() => {
    dialog.showErrorBox(refused.dialog.title, `${refused.dialog.message}\n\n${refused.dialog.detail}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const mainCalls = session.fromPartition(mainCallsPartition);
  const userDataDir = app.getPath('userData');
  // The window opens before the services start (the embedded emulator seeds at its real scrypt cost, about a second),
  // before the contract's checks load (zod), before the settings store (conf's ajv) and Circle's transport (the SDK's
  // axios): what the window's policy feeds is made first, the policy installed, and every channel taken by name —
  // each call waiting for the contract, checked by it as ever, then waiting for the services.
  const networkDiagnostics = new NetworkDiagnosticsRecorder();
  const sessionPolicy = installSessionPolicy(session.defaultSession, {
    appOrigin,
    appRoot: join(import.meta.dirname, '../renderer'),
    ...(devServerOrigin ? { devServerOrigin } : {}),
    diagnostics: networkDiagnostics,
    log: (line) => console.warn(line),
    fetchOutside: (request) => mainCalls.fetch(request),
  });
  // Main's masked log once the services have started (they know the secrets to mask); nothing secret is logged before.
  const log = { warn: (message: string) => (services ? services.log.warn(message) : console.warn(message)) };
  const awaitingStart = handlersAwaitingStart();
  const awaitingContract = ipcMainAwaitingContract(ipcMain, invokeChannelNames);
  const ipcOptions: RegistrationOptions = {
    trustedOrigins: devServerOrigin ? [appOrigin, devServerOrigin] : [appOrigin],
    windowOf,
    // Through main's masked log: a failure's message may quote what a server sent.
    log: {
      warn: (message) => log.warn(`ipc: ${message}`),
      error: (message, error) =>
        log.warn(`ipc: ${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    },
  };

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: app.getName(),
        send: (command) => publish('menu:commandChosen', { command }),
        // The menu is the app's (global on macOS): its console shortcuts never act from the customer window.
        customerWindowFocused: () => windowOf(BrowserWindow.getFocusedWindow()?.webContents) === 'customer',
      }),
    ),
  );

  // A page of Circle's frame that is not Circle's: refused, listed, Circle's window closed, the agent told.
  const reportRefused = refusedNavigationReport({
    diagnostics: networkDiagnostics,
    publish,
    // Only the customer screen opens the customer window, so before the services start no case is on it.
    customerScreen: {
      view: () => services?.customerScreen.view() ?? { kind: 'idle', greeting: '', language: 'en' },
      report: async (input) => services?.customerScreen.report(input),
      caseClosed: (caseId) => services?.customerScreen.caseClosed(caseId),
    },
    log,
  });
  customerWindow.onNavigationRefused((refused) => reportRefused('customer', refused));

  // The settings store: asked for now, loaded and opened on a later task, after the window is made.
  const settingsOpened = import('./settings/settings-store').then(({ openSettingsStore }) => {
    const store = openSettingsStore(userDataDir);
    // electron-store answers its renderer-side helper on a channel of its own (ipcMain.on 'electron-store-get-data',
    // with the user-data path). No renderer of ours uses it — they reach main only through the contract — so main
    // does not listen there.
    ipcMain.removeAllListeners('electron-store-get-data');
    return store;
  });
  // The window's place, read from the file as plain JSON meanwhile (settings/settings-file.ts).
  const restored = restoreWindowBounds(
    readSettingBeforeStore(userDataDir, 'window'),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    bounds: restored.bounds,
    maximized: restored.maximized,
    url: switches.devServerUrl ?? appEntryUrl,
    devTools: switches.devTools,
    // A failed store is reported by the start (failToStart), not here.
    onBoundsChanged: (state) =>
      void settingsOpened.then(
        (settings) => settings.set('window', state),
        () => undefined,
      ),
    onNavigationRefused: (refused) => reportRefused('agent', refused),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // The customer window never outlives the console.
    customerWindow.close();
  });

  // The contract's checks, loaded only now, in a chunk of their own: zod's schemas were most of main's own time before
  // its window. Calls already waiting then go through the sender check and the contract.
  const contractLoaded = import('./ipc/register-contract-handlers').then(
    ({ registerContractHandlers }) =>
      awaitingContract.open((port) => registerContractHandlers(port, awaitingStart.handlers, ipcOptions)),
    (error: unknown) => {
      awaitingContract.fail(error);
      throw error;
    },
  );

  // Ready once the hosted-UI https handler follows the active environment (installed for emulators, removed for
  // Circle); a start that fails answers the waiting calls `not-started` and rejects here, for failToStart.
  servicesStarting = startServices(settingsOpened, mainCalls, networkDiagnostics).then(async (started) => {
    await started.watchHostedUi((target) => sessionPolicy.applyHostedUi(target));
    // Before any waiting call runs: their failures go to the masked log.
    services = started;
    return started;
  });
  awaitingStart.open(servicesStarting.then((started) => started.handlers));
  await contractLoaded;
  const started = await servicesStarting;
  // For end-to-end tests and rehearsal scripts that drive the embedded emulator's controls (a loopback-only,
  // per-run key, never a Circle key).
  if (switches.announceEmulator) {
    console.log(`PIN Desk emulator: ${started.embedded.emulator.baseUrl} ${started.embedded.emulator.apiKey}`);
  }
  // With the customer screen on, its idle window opens with the console.
  try {
    started.customerScreen.openIfOn();
  } catch (error) {
    started.log.warn(`customer screen: not opened at start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Main's use cases, wired to Electron's dialogs, clipboard, screens and the settings store. */
async function startServices(
  settingsOpened: Promise<SettingsStore>,
  mainCalls: Session,
  networkDiagnostics: NetworkDiagnosticsRecorder,
): Promise<MainServices> {
  const settings = await settingsOpened;
  // Every Circle call (the SDK's and the one direct call) goes through Electron's network stack, which honours the
  // system proxy and certificate store, on main's own session: the windows' policy never sees them. Installed before
  // the services exist, so before any Circle call.
  installFetchTransport(mainCallsFetch(mainCalls));
  // Loaded only now, in a chunk of its own: the services' modules (the emulator's server, Circle's SDK) take longer
  // to load than everything the window needs.
  const { startMainServices } = await import('./main-services');
  return startMainServices({
    userDataDir: app.getPath('userData'),
    teamLogMigrationsDir: join(app.getAppPath(), 'migrations', 'team-log'),
    version: app.getVersion(),
    platform: process.platform,
    publish,
    log: { warn: (message) => console.warn(message) },
    settings: {
      get: (key) => settings.get(key),
      set: (key, value) => settings.set(key, value),
      delete: (key) => settings.delete(key),
    },
    safeStorage,
    ...electronDialogs(
      () => mainWindow,
      () => app.getPath('documents'),
    ),
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    customerScreen: { window: customerWindow, displays: electronDisplays(screen, () => mainWindow) },
    // Main-services decides the URL and checks it (the embedded emulator's control page, loopback only).
    openExternal: (url) => shell.openExternal(url),
    networkDiagnostics,
  });
}

if (refusal) {
  refuseToStart(refusal);
} else if (!app.requestSingleInstanceLock()) {
  // Another instance has it (and is brought to the front), or the user-data folder is unusable: then say so.
  const problem = userDataFolderProblem(app.getPath('userData'));
  if (problem) void app.whenReady().then(() => failToStart(problem));
  else app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Let the embedded emulator write its state before the process ends.
  app.on('will-quit', (event) => {
    if (!servicesStarting) return;
    event.preventDefault();
    const closing = servicesStarting;
    servicesStarting = null;
    services = null;
    // A start still under way is waited for, so the emulator closes rather than being cut off while it seeds; one
    // that failed has nothing to close (failToStart said why).
    closing
      .then(
        (started) => started.close(),
        () => undefined,
      )
      .finally(() => app.quit());
  });
  app.whenReady().then(start).catch(failToStart);
}

/** A packaged app has no console to read: say it in a window before leaving. */
function failToStart(error: unknown): void {
  console.error('PIN Desk could not start:', error);
  dialog.showErrorBox('PIN Desk could not start', startFailureText(error, app.getPath('userData')));
  app.exit(1);
}
