// The stand-in's `electron` module: one object per "process", its parts sharing what Electron's share — whether the
// app is ready, the open windows, the sessions, the platform. Unit tests make one per test; the built main bundle
// boots on the one tests/e2e/built-main/fake-electron.mjs makes from its process's environment.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StandInApp } from './app';
import { StandInAppPaths } from './app-paths';
import { StandInBrowserWindow } from './browser-window';
import { StandInClipboard } from './clipboard';
import { StandInCommandLine } from './command-line';
import { StandInDialog } from './dialog';
import { StandInIpcMain } from './ipc-main';
import { StandInMenuModule } from './menu';
import { standInNetwork } from './network';
import { platformFacts } from './platform';
import { type LinuxStorageBackend, StandInSafeStorage } from './safe-storage';
import { type DisplaySpec, StandInScreen, standInScreenModule } from './screen';
import { standInNet, standInSessions } from './session';
import { StandInShell } from './shell';
import { WindowList } from './window-list';
import type { WindowRuntime } from './window-runtime';

export interface StandInElectronOptions {
  platform?: string;
  wayland?: boolean;
  /** Chromium's command line: the switches the process was started with. */
  argv?: readonly string[];
  isPackaged?: boolean;
  /** The app's package.json: Electron takes the name (productName first) and version from it. */
  appPackage?: { name: string; productName?: string; version: string };
  /** The folder of that package.json (or app.asar when packaged): what app.getAppPath() returns. */
  appPath?: string;
  appDataRoot?: string;
  userData?: string;
  displays?: readonly DisplaySpec[];
  linuxBackend?: LinuxStorageBackend;
  keychainAvailable?: boolean;
  keyringName?: string;
  macFullScreenTransitionMs?: number;
}

/** One display, as a laptop without a second screen has. */
export const laptopDisplay: DisplaySpec = {
  id: 2528732444,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  internal: true,
};

export function standInElectron(options: StandInElectronOptions = {}) {
  const facts = platformFacts(options);
  const { platform } = facts;
  const appPackage = options.appPackage ?? { name: 'stand-in-app', version: '0.0.0' };
  const appName = appPackage.productName ?? appPackage.name;
  const paths = new StandInAppPaths(platform, appName, options.appDataRoot ?? join(tmpdir(), 'electron-stand-in'));
  if (options.userData) paths.set('userData', options.userData);
  const commandLine = new StandInCommandLine(options.argv ?? []);
  const sessions = standInSessions(standInNetwork(commandLine));
  const windows = new WindowList<StandInBrowserWindow>();
  const app = new StandInApp({
    name: appName,
    version: appPackage.version,
    isPackaged: options.isPackaged ?? false,
    appPath: options.appPath ?? process.cwd(),
    commandLine,
    paths,
    windows,
  });
  const isReady = () => app.isReady();
  const displays = new StandInScreen(options.displays ?? [laptopDisplay]);
  const Menu = new StandInMenuModule(platform, () => windows.all());
  const runtime: WindowRuntime = {
    facts,
    windows,
    screen: displays,
    sessionFor: (partition) => (partition ? sessions.fromPartition(partition) : sessions.defaultSession),
    applicationMenu: () => Menu.getApplicationMenu(),
    macFullScreenTransitionMs: options.macFullScreenTransitionMs ?? 25,
    created: (window) => app.emit('browser-window-created', {}, window),
  };
  return {
    platform: facts,
    app,
    BrowserWindow: StandInBrowserWindow.fromRuntime(runtime),
    /** The `screen` export, which throws before ready; `displays` is the same screen for tests to plug and unplug. */
    screen: standInScreenModule(displays, isReady),
    displays,
    dialog: new StandInDialog(platform, isReady, (value) => value instanceof StandInBrowserWindow),
    clipboard: new StandInClipboard(),
    safeStorage: new StandInSafeStorage({
      platform,
      isReady,
      ...(options.linuxBackend ? { linuxBackend: options.linuxBackend } : {}),
      ...(options.keychainAvailable !== undefined ? { keychainAvailable: options.keychainAvailable } : {}),
      ...(options.keyringName ? { keyringName: options.keyringName } : {}),
    }),
    Menu,
    shell: new StandInShell(platform),
    ipcMain: new StandInIpcMain(),
    session: { defaultSession: sessions.defaultSession, fromPartition: sessions.fromPartition },
    sessions,
    net: standInNet(sessions.defaultSession),
  };
}

export type StandInElectron = ReturnType<typeof standInElectron>;
