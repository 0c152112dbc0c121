// Cases of spec/api-browser-window-spec.ts (and, where Electron's spec is silent, the lines of
// docs/api/browser-window.md each `it` quotes) ported to the stand-in's BrowserWindow. Each `it` names its source.
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';
import type { StandInPlatform } from '../../support/electron-stand-in/platform';

async function readyElectron(platform: StandInPlatform = 'linux', options: { wayland?: boolean } = {}) {
  const electron = standInElectron({ platform, ...options });
  await electron.app.whenReady();
  return electron;
}

/** Every event the window emits from now on, by name, in order. */
function heard(window: NodeJS.EventEmitter, names: string[]): string[] {
  const log: string[] = [];
  for (const name of names) window.on(name, () => log.push(name));
  return log;
}

const nextTask = () => new Promise((resolve) => setImmediate(resolve));

describe('api-browser-window-spec.ts BrowserWindow.close()', () => {
  it("emits 'close', then 'closed' on a later task; isDestroyed() is true from 'closed' on (base_window.cc)", async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    const order: string[] = [];
    w.on('close', () => order.push(`close destroyed=${w.isDestroyed()}`));
    w.on('closed', () => order.push(`closed destroyed=${w.isDestroyed()}`));
    const closed = once(w, 'closed');
    w.close();
    expect(order).toEqual(['close destroyed=false']);
    await closed;
    expect(order).toEqual(['close destroyed=false', 'closed destroyed=true']);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });
  it('close event: "Calling event.preventDefault() will cancel the close"', async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    w.once('close', (event: { preventDefault(): void }) => event.preventDefault());
    w.close();
    await nextTask();
    expect(w.isDestroyed()).toBe(false);
  });
  it('destroy(): no close event, but "it guarantees the closed event will be emitted"', async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    const log = heard(w, ['close', 'closed']);
    w.destroy();
    expect(log).toEqual(['closed']);
  });
  it('BrowserWindow.destroy(): prevents users to access methods of webContents ("Object has been destroyed")', async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    w.destroy();
    expect(() => w.getBounds()).toThrow('Object has been destroyed');
    expect(() => w.webContents.send('x')).toThrow('Object has been destroyed');
  });
});

describe('api-browser-window-spec.ts BrowserWindow.loadURL(url)', () => {
  it('should return a promise that resolves, and should emit ready-to-show event', async () => {
    const { BrowserWindow, session } = await readyElectron();
    session.defaultSession.protocol.handle('app', () => new Response('<p>hi</p>'));
    const w = new BrowserWindow({ show: false });
    const readyToShow = once(w, 'ready-to-show');
    await expect(w.loadURL('app://page/')).resolves.toBeUndefined();
    await readyToShow;
    expect(w.webContents.mainFrame.url).toBe('app://page/');
  });
  it('should return a promise that rejects on a load failure: "ERR_… (code) loading \'url\'" (web-contents.ts)', async () => {
    const { BrowserWindow, session } = await readyElectron();
    session.defaultSession.webRequest.onBeforeRequest((_details, callback) => callback({ cancel: true }));
    const w = new BrowserWindow({ show: false });
    const failed = once(w.webContents, 'did-fail-load');
    const loading = w.loadURL('http://127.0.0.1:9/');
    await expect(loading).rejects.toMatchObject({
      message: "ERR_BLOCKED_BY_CLIENT (-20) loading 'http://127.0.0.1:9/'",
      errno: -20,
      code: 'ERR_BLOCKED_BY_CLIENT',
    });
    const [, code, description, url, isMainFrame] = await failed;
    expect([code, description, url, isMainFrame]).toEqual([-20, 'ERR_BLOCKED_BY_CLIENT', 'http://127.0.0.1:9/', true]);
  });
  it('"A noop rejection handler is already attached": an unawaited failed load is no unhandled rejection', async () => {
    const { BrowserWindow } = await readyElectron();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const w = new BrowserWindow({ show: false });
      void w.loadURL('nope://nowhere/');
      await once(w.webContents, 'did-stop-loading');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('api-browser-window-spec.ts BrowserWindow.setBounds(bounds[, animate])', () => {
  it('sets the window bounds with full bounds; sets the window bounds with partial bounds', async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    w.setBounds({ x: 440, y: 225, width: 500, height: 400 });
    expect(w.getBounds()).toEqual({ x: 440, y: 225, width: 500, height: 400 });
    w.setBounds({ width: 200 });
    expect(w.getBounds()).toEqual({ x: 440, y: 225, width: 200, height: 400 });
  });
  it('rounds non-integer bounds', async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    w.setBounds({ x: 440.5, y: 225.1, width: 500.4, height: 400.9 });
    expect(w.getBounds()).toEqual({ x: 441, y: 225, width: 500, height: 401 });
  });
  it('does not emits the resize event for move-only changes; setPosition/setSize emit move/resize', async () => {
    const { BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false, x: 10, y: 10 });
    const log = heard(w, ['move', 'resize']);
    w.setBounds({ x: 20, y: 20 });
    await nextTask();
    expect(log).toEqual(['move']);
    w.setBounds({ width: 801, height: 599 });
    await nextTask();
    expect(log).toEqual(['move', 'resize']);
  });
  it('creates window at min size when a smaller size is requested; at max size when a larger one is', async () => {
    const { BrowserWindow } = await readyElectron();
    const small = new BrowserWindow({ show: false, width: 200, height: 200, minWidth: 300, minHeight: 300 });
    const large = new BrowserWindow({ show: false, width: 300, height: 300, maxWidth: 200, maxHeight: 200 });
    expect([small.getBounds().width, small.getBounds().height]).toEqual([300, 300]);
    expect([large.getBounds().width, large.getBounds().height]).toEqual([200, 200]);
  });
  it('reports requested bounds when created with explicit x/y', async () => {
    const { BrowserWindow } = await readyElectron();
    const requested = { x: 120, y: 140, width: 420, height: 320 };
    expect(new BrowserWindow({ show: false, ...requested }).getBounds()).toEqual(requested);
  });
  it('browser-window.md getBounds: "On Wayland, this method will return { x: 0, y: 0, ... }"; setBounds cannot move it', async () => {
    const { BrowserWindow } = await readyElectron('linux', { wayland: true });
    const w = new BrowserWindow({ show: false, x: 1930, y: 20, width: 900, height: 700 });
    expect(w.getBounds()).toMatchObject({ x: 0, y: 0, width: 900, height: 700 });
    w.setBounds({ x: 2000, y: 100 });
    expect(w.getNormalBounds()).toMatchObject({ x: 0, y: 0 });
  });
});

describe('api-browser-window-spec.ts BrowserWindow.getNormalBounds()', () => {
  it('checks normal bounds after resize and after move; when maximized it keeps the normal state’s', async () => {
    const { BrowserWindow } = await readyElectron('win32');
    const w = new BrowserWindow({ show: false });
    w.setBounds({ x: 10, y: 10, width: 300, height: 400 });
    expect(w.getNormalBounds()).toEqual(w.getBounds());
    const original = w.getBounds();
    const maximized = once(w, 'maximize');
    w.maximize();
    await maximized;
    expect(w.getNormalBounds()).toEqual(original);
    expect(w.getBounds()).not.toEqual(original);
  });
});

describe("browser-window.md: 'moved' and 'resized' are _macOS_ _Windows_", () => {
  const afterADrag = async (platform: StandInPlatform) => {
    const { BrowserWindow } = await readyElectron(platform);
    const w = new BrowserWindow({ show: false });
    const log = heard(w, ['move', 'moved', 'resize', 'resized']);
    w.userMoves({ x: 50, y: 60 });
    w.userResizes({ width: 1000, height: 700 });
    return { log, bounds: w.getBounds() };
  };
  it('Linux: the person drags and resizes, main hears only move and resize', async () => {
    expect((await afterADrag('linux')).log).toEqual(['move', 'resize']);
  });
  it('Windows: moved and resized once the drag ends (WM_EXITSIZEMOVE)', async () => {
    expect((await afterADrag('win32')).log).toEqual(['move', 'moved', 'resize', 'resized']);
  });
  it('macOS: "On macOS, this event is an alias of move" — setBounds emits moved too, resized only when animated', async () => {
    const { BrowserWindow } = await readyElectron('darwin');
    const w = new BrowserWindow({ show: false });
    const log = heard(w, ['move', 'moved', 'resize', 'resized']);
    w.setBounds({ x: 5, y: 5, width: 640, height: 480 });
    await nextTask();
    expect(log).toEqual(['move', 'moved', 'resize']);
    w.setBounds({ width: 700 }, true);
    await nextTask();
    expect(log.slice(3)).toEqual(['resize', 'resized']);
  });
  it('Windows: a programmatic setBounds emits no moved/resized ("usually emitted when the window has been resized manually")', async () => {
    const { BrowserWindow } = await readyElectron('win32');
    const w = new BrowserWindow({ show: false });
    const log = heard(w, ['moved', 'resized']);
    w.setBounds({ x: 1, y: 1, width: 640, height: 480 });
    await nextTask();
    expect(log).toEqual([]);
  });
});

describe('api-browser-window-spec.ts full screen, per platform', () => {
  it('Fullscreen state: can be set with the fullscreen constructor option', async () => {
    const { BrowserWindow } = await readyElectron('win32');
    expect(new BrowserWindow({ fullscreen: true }).isFullScreen()).toBe(true);
  });
  it('Windows: setFullScreen(false) on a window never full screen still emits leave-full-screen ("should keep window hidden")', async () => {
    const { BrowserWindow } = await readyElectron('win32');
    const w = new BrowserWindow({ show: false });
    const left = once(w, 'leave-full-screen');
    w.setFullScreen(false);
    await left;
    expect(w.isFullScreen()).toBe(false);
    expect(w.isVisible()).toBe(false);
  });
  it('macOS: "fullscreen transitions take place asynchronously" — isFullScreen() changes with enter-full-screen', async () => {
    const { BrowserWindow } = await readyElectron('darwin');
    const w = new BrowserWindow();
    const entered = once(w, 'enter-full-screen');
    w.setFullScreen(true);
    expect(w.isFullScreen()).toBe(false);
    await entered;
    expect(w.isFullScreen()).toBe(true);
  });
  it('macOS: setBounds does nothing while full screen; a transition asked for mid-transition waits its turn (native_window_mac.mm)', async () => {
    const { BrowserWindow } = await readyElectron('darwin');
    const w = new BrowserWindow({ fullscreen: true, x: 0, y: 0, width: 800, height: 600 });
    const log = heard(w, ['enter-full-screen', 'leave-full-screen']);
    // What a move to another display looks like from main: leave, set the bounds, enter again.
    w.setFullScreen(false);
    w.setBounds({ x: 1920, y: 0, width: 800, height: 600 });
    w.setFullScreen(true);
    await once(w, 'enter-full-screen');
    expect(log).toEqual(['leave-full-screen', 'enter-full-screen']);
    expect(w.getNormalBounds()).toMatchObject({ x: 0, y: 0 });
  });
  it('Linux: a hidden window asked for full screen is shown full screen; the event follows the window manager', async () => {
    const { BrowserWindow } = await readyElectron('linux');
    const w = new BrowserWindow({ show: false });
    const entered = once(w, 'enter-full-screen');
    w.setFullScreen(true);
    expect(w.isVisible()).toBe(true);
    await entered;
    expect(w.isFullScreen()).toBe(true);
  });
});

describe('menu.md setApplicationMenu and browser-window.md removeMenu', () => {
  it('Windows and Linux: each window carries the application menu, and removeMenu takes it away', async () => {
    const { BrowserWindow, Menu } = await readyElectron('linux');
    Menu.setApplicationMenu(Menu.buildFromTemplate([{ label: 'View', submenu: [{ label: 'Cases' }] }]));
    const w = new BrowserWindow({ show: false });
    expect(w.menuBar()).toBe(Menu.getApplicationMenu());
    w.removeMenu();
    expect(w.menuBar()).toBeNull();
  });
  it('macOS: "Sets menu as the application menu on macOS" — no window carries it', async () => {
    const { BrowserWindow, Menu } = await readyElectron('darwin');
    Menu.setApplicationMenu(Menu.buildFromTemplate([{ label: 'View' }]));
    expect(new BrowserWindow({ show: false }).menuBar()).toBeNull();
  });
});
