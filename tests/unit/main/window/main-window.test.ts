// The agent's window as main makes it (createMainWindow), on the stand-in for Electron's BrowserWindow
// (tests/support/electron-stand-in/browser-window.ts, held to docs/api/browser-window.md): its options, its page
// loading, and its place remembered as the person moves, resizes and closes it. Its guard (navigation, <webview>,
// window.open) is main-window-guard.test.ts.
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedWindowState } from '../../../../src/main/window/window-bounds';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';
import type { StandInPlatform } from '../../../support/electron-stand-in/platform';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { createMainWindow } = await import('../../../../src/main/window/main-window');

const nextTask = () => new Promise((resolve) => setImmediate(resolve));

async function open(
  overrides: Partial<Parameters<typeof createMainWindow>[0]> = {},
  platform: StandInPlatform = 'linux',
) {
  current.electron = forwardToStandIn(standInElectron({ platform }));
  await current.electron.app.whenReady();
  current.electron.session.defaultSession.protocol.handle('http', () => new Response('<p>PIN Desk</p>'));
  const remembered: SavedWindowState[] = [];
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { width: 1200, height: 820 },
    maximized: false,
    url: 'http://localhost:47291/index.html',
    devTools: false,
    onBoundsChanged: (state) => remembered.push(state),
    ...overrides,
  });
  const [window, ...others] = current.electron.BrowserWindow.getAllWindows();
  if (!window || others.length > 0) throw new Error('main did not open exactly one window');
  return { window, remembered };
}

describe('the main window', () => {
  it('is created sandboxed and isolated, with the preload, and loads the app URL, shown once its page is ready', async () => {
    const { window } = await open();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(window.isVisible()).toBe(false);
    await once(window, 'ready-to-show');
    // web-frame-main.md, `frame.url`: the page that committed in the window's main frame.
    expect(window.webContents.mainFrame.url).toBe('http://localhost:47291/index.html');
    await nextTask();
    expect(window.isVisible()).toBe(true);
  });

  it('has DevTools only when the composition root asks (unpackaged runs)', async () => {
    expect((await open({ devTools: true })).window.options.webPreferences).toMatchObject({ devTools: true });
    expect((await open({ devTools: false })).window.options.webPreferences).toMatchObject({ devTools: false });
  });
});

// Windows: 'moved' and 'resized' when the person lets go of a drag or a resize, 'move' and 'resize' along the way
// (browser-window.md; window-bounds-events.test.ts has Linux, which has only the latter).
describe('the main window’s place, on Windows', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restores the saved place and maximized state, maximized only once its page is ready, and remembers it on close', async () => {
    const saved = { x: 5, y: 6, width: 1000, height: 700 };
    const { window, remembered } = await open({ bounds: saved, maximized: true }, 'win32');
    expect(window.options).toMatchObject(saved);
    expect(window.getNormalBounds()).toEqual(saved);
    // maximize() would show the window before its page (browser-window.md); it waits for 'ready-to-show'.
    expect(window.isMaximized()).toBe(false);
    await once(window, 'ready-to-show');
    await nextTask();
    expect(window.isMaximized()).toBe(true);
    expect(window.isVisible()).toBe(true);
    // Maximizing is a 'resize' (no 'resized'): remembered once the window rests.
    await nextTask();
    vi.advanceTimersByTime(1000);
    expect(remembered).toEqual([{ bounds: saved, maximized: true }]);
    // 'close' ("Emitted when the window is going to be closed"): remembered before the window goes.
    const closed = once(window, 'closed');
    window.close();
    expect(remembered).toEqual(Array(2).fill({ bounds: saved, maximized: true }));
    await closed;
  });

  it('remembers its bounds when the person resizes it, moves it, and closes it', async () => {
    const { window, remembered } = await open({ bounds: { x: 5, y: 6, width: 1000, height: 700 } }, 'win32');
    await once(window, 'ready-to-show');
    window.userResizes({ width: 1100, height: 750 });
    window.userMoves({ x: 50, y: 60 });
    window.close();
    const last = { bounds: { x: 50, y: 60, width: 1100, height: 750 }, maximized: false };
    expect(remembered).toEqual([{ bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: false }, last, last]);
    // Saved when each ended ('resized', 'moved'), not again once the window would have rested.
    await once(window, 'closed');
    vi.advanceTimersByTime(1000);
    expect(remembered).toHaveLength(3);
  });
});
