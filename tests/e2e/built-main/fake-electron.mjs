// Electron's own objects, faked for one purpose: to boot the *built* main bundle (out/main/index.js) in plain Node,
// where no Electron binary exists. Each fake records what our composition root installs on it; the boot scenario
// then drives those recordings (IPC handlers, requests through the sessions) as Electron would. Nothing of ours is
// faked. `session` and `net` are the stand-in for Electron (tests/support/electron-stand-in/, held to Electron's own
// spec cases in tests/unit/electron-stand-in/): every request meets the session's webRequest listener first, then its
// protocol handler, then the network, whoever made it — main included, as docs/api/net.md says. `app.commandLine`
// is this process's command line, and the network honours its host rules and certificate switches.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { StandInCommandLine } from '../../support/electron-stand-in/command-line.ts';
import { standInNetwork } from '../../support/electron-stand-in/network.ts';
import { standInNet, standInSessions } from '../../support/electron-stand-in/session.ts';

// Chromium's command line: the switches after the script (`node … out/main/index.js --switch=value`).
const commandLine = new StandInCommandLine(process.argv.slice(2));
const sessions = standInSessions(standInNetwork(commandLine));

export const recorded = {
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  windows: [],
  quitCalls: 0,
  applicationMenu: null,
  messageBoxes: [],
};

class FakeApp extends EventEmitter {
  // FAKE_ELECTRON_PACKAGED=1 boots the bundle as a packaged app would run, its user data in FAKE_ELECTRON_USER_DATA.
  isPackaged = process.env.FAKE_ELECTRON_PACKAGED === '1';
  commandLine = commandLine;
  paths = new Map([
    ['documents', tmpdir()],
    ...(process.env.FAKE_ELECTRON_USER_DATA ? [['userData', process.env.FAKE_ELECTRON_USER_DATA]] : []),
  ]);
  getPath(name) {
    const path = this.paths.get(name);
    if (!path) throw new Error(`fake app has no path ${name}`);
    return path;
  }
  setPath(name, value) {
    this.paths.set(name, value);
  }
  getVersion() {
    return '0.0.0-built-main';
  }
  getName() {
    return 'pin-desk';
  }
  singleInstanceLockRequested = false;
  requestSingleInstanceLock() {
    this.singleInstanceLockRequested = true;
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    recorded.quitCalls += 1;
    // As Electron does: will-quit first; a listener may postpone by preventDefault and call quit again.
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.emit('fake:quit');
  }
  exit(code) {
    this.emit('fake:exit', code);
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handle: (channel, listener) => recorded.ipcHandlers.set(channel, listener),
  on: (channel, listener) => recorded.ipcListeners.set(channel, listener),
};

export const session = {
  defaultSession: sessions.defaultSession,
  fromPartition: (partition) => sessions.fromPartition(partition),
};

/** Every session main made requests on, by partition ('' is the default session): what it fetched. */
export const fetchedBySession = () =>
  Object.fromEntries(sessions.all().map((each) => [each.partition, each.fetched.map(({ url }) => url)]));

export const net = standInNet(sessions.defaultSession);

let nextWebContentsId = 1;

class FakeWebContents extends EventEmitter {
  id = nextWebContentsId++;
  windowOpenHandler = null;
  sent = [];
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(channel, payload) {
    this.sent.push({ channel, payload });
  }
}

export class BrowserWindow extends EventEmitter {
  static focused = null;
  static getFocusedWindow() {
    return BrowserWindow.focused;
  }
  webContents = new FakeWebContents();
  loadedUrl = null;
  menu = 'default';
  destroyed = false;
  fullScreen = false;
  constructor(options) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    this.fullScreen = Boolean(options.fullscreen);
    recorded.windows.push(this);
  }
  removeMenu() {
    this.menu = null;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getBounds() {
    return this.bounds;
  }
  setBounds(bounds) {
    this.bounds = bounds;
  }
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(fullScreen) {
    this.fullScreen = fullScreen;
  }
  showInactive() {}
  close() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('close');
    this.emit('closed');
  }
  maximize() {}
  isMaximized() {
    return false;
  }
  minimized = false;
  focusCalls = 0;
  minimize() {
    this.minimized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1200, height: 800 };
  }
  show() {}
  focus() {
    this.focusCalls += 1;
  }
  restore() {
    this.minimized = false;
  }
  loadURL(url) {
    this.loadedUrl = url;
    app.emit('fake:window-loading', this);
    return Promise.resolve();
  }
}

// One display, as a laptop without a second screen has (Electron gives Linux displays no label).
const onlyDisplay = {
  id: 2528732444,
  label: '',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
class FakeScreen extends EventEmitter {
  getAllDisplays() {
    return [onlyDisplay];
  }
  getPrimaryDisplay() {
    return onlyDisplay;
  }
  getDisplayMatching() {
    return onlyDisplay;
  }
}
export const screen = new FakeScreen();

export const dialog = {
  showSaveDialog: async () => ({ canceled: true, filePath: undefined }),
  // Recorded, and answered with the cancel button: the agent said no.
  showMessageBox: async (...args) => {
    const options = args.at(-1);
    recorded.messageBoxes.push(options);
    return { response: options.cancelId ?? 1, checkboxChecked: false };
  },
  // Printed, so a test can read what a person would have seen.
  showErrorBox: (title, content) => console.log(`ERROR-BOX ${JSON.stringify({ title, content })}`),
};

export const clipboard = {
  written: [],
  writeText(text) {
    this.written.push(text);
  },
};

// A reversible stand-in for the OS keyring: what matters here is that main stores only what this returns.
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text, 'utf8').toString('hex')}`, 'utf8'),
  decryptString: (sealed) => {
    const text = sealed.toString('utf8');
    if (!text.startsWith('sealed:')) throw new Error('not sealed by this fake');
    return Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8');
  },
};

// The template as given, click handlers kept, so the scenario can read the items and choose one.
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    recorded.applicationMenu = menu;
  },
};

export const shell = {
  opened: [],
  openExternal: async (url) => {
    shell.opened.push(url);
  },
};

export default { app, ipcMain, session, net, BrowserWindow, screen, dialog, clipboard, safeStorage, shell, Menu };
