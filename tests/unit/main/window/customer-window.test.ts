// The customer window (electronCustomerWindow) on the stand-in for Electron's BrowserWindow
// (tests/support/electron-stand-in/browser-window.ts, held to docs/api/browser-window.md): how it is made, shown,
// reused, moved and closed. Its guard is customer-window-guard.test.ts; a full-screen move between displays,
// customer-window-full-screen-move.test.ts.
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerWindowPlacement } from '../../../../src/main/window/customer-display';
import { forwardToStandIn } from '../../../support/electron-stand-in/current-stand-in';
import { type StandInElectron, standInElectron } from '../../../support/electron-stand-in/electron';
import type { StandInPlatform } from '../../../support/electron-stand-in/platform';

const current = { electron: null as unknown as StandInElectron };
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in/current-stand-in')).electronOfCurrentStandIn,
);

const { electronCustomerWindow } = await import('../../../../src/main/window/customer-window');

const builtIn = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const external = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const ownDisplay: CustomerWindowPlacement = {
  displayId: 2,
  displayName: 'Display 2, 1920×1080',
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  fullScreen: true,
  fallback: null,
};
const primary: CustomerWindowPlacement = {
  displayId: 1,
  displayName: 'Built-in Display, 1440×900',
  bounds: { x: 720, y: 25, width: 720, height: 875 },
  fullScreen: false,
  fallback: 'moved',
};

async function port(platform: StandInPlatform) {
  current.electron = forwardToStandIn(standInElectron({ platform, displays: [builtIn, external] }));
  await current.electron.app.whenReady();
  current.electron.session.defaultSession.protocol.handle('http', () => new Response('<p>customer</p>'));
  const created: unknown[] = [];
  // app.md, 'browser-window-created': "Emitted when a new browserWindow is created."
  current.electron.app.on('browser-window-created', (_event: unknown, window: unknown) => created.push(window));
  const customer = electronCustomerWindow({
    preloadPath: '/app/out/preload/customer.cjs',
    url: 'http://localhost:47291/customer.html',
    devTools: false,
    platform,
  });
  const onlyWindow = () => {
    const [window, ...others] = current.electron.BrowserWindow.getAllWindows();
    if (!window || others.length > 0) throw new Error('not exactly one window is open');
    return window;
  };
  return { customer, created, onlyWindow };
}

describe('the customer window', () => {
  it('is a second hardened window on its own entry and preload, with no menu, full-screen on its own display', async () => {
    const { customer, onlyWindow } = await port('linux');
    const { Menu } = current.electron;
    // On Linux every window gets the application menu (menu.md) unless it removes it.
    Menu.setApplicationMenu(Menu.buildFromTemplate([{ label: 'File', submenu: [{ role: 'quit' }] }]));
    customer.show(ownDisplay);
    const window = onlyWindow();
    expect(window.options).toMatchObject({ ...ownDisplay.bounds, fullscreen: true, title: 'PIN Desk — Customer' });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/customer.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window.menuBar()).toBeNull();
    expect(window.isFullScreen()).toBe(true);
    expect(current.electron.displays.getDisplayMatching(window.getNormalBounds()).id).toBe(external.id);
    await once(window, 'ready-to-show');
    expect(window.webContents.mainFrame.url).toBe('http://localhost:47291/customer.html');
    // Shown without taking focus from the agent's console (showInactive).
    await new Promise((resolve) => setImmediate(resolve));
    expect(window.isVisible()).toBe(true);
    expect(current.electron.BrowserWindow.getFocusedWindow()).toBeNull();
  });

  it('is reused and moved, never opened twice, and says when it is closed', async () => {
    const { customer, created, onlyWindow } = await port('win32');
    const closed = vi.fn();
    customer.onClosed(closed);
    customer.show(ownDisplay);
    customer.show(primary);
    expect(created).toHaveLength(1);
    const window = onlyWindow();
    expect(window.isFullScreen()).toBe(false);
    expect(window.getNormalBounds()).toEqual(primary.bounds);
    expect(customer.isOpen()).toBe(true);
    // 'closed' follows 'close' on a later task (browser-window.md; BaseWindow::OnWindowClosed).
    const gone = once(window, 'closed');
    customer.close();
    await gone;
    expect(closed).toHaveBeenCalledOnce();
    expect(window.isDestroyed()).toBe(true);
    expect(customer.isOpen()).toBe(false);
    expect(customer.webContents()).toBeNull();
    customer.show(ownDisplay);
    expect(created).toHaveLength(2);
    expect(onlyWindow()).not.toBe(window);
  });

  it('closed and shown again before its "closed" arrives: a new window is shown, and nobody is told it closed', async () => {
    const { customer, created, onlyWindow } = await port('linux');
    const closed = vi.fn();
    customer.onClosed(closed);
    customer.show(ownDisplay);
    const first = onlyWindow();
    const gone = once(first, 'closed');
    // The agent turns the customer screen off and on again within one task: 'closed' has not come yet.
    customer.close();
    customer.show(primary);
    await gone;
    expect(first.isDestroyed()).toBe(true);
    expect(created).toHaveLength(2);
    const second = onlyWindow();
    expect(second).not.toBe(first);
    expect(customer.isOpen()).toBe(true);
    expect(customer.webContents()).toBe(second.webContents);
    expect(closed).not.toHaveBeenCalled();
  });
});
