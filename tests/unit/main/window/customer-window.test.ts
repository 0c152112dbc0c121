import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerWindowPlacement } from '../../../../src/main/window/customer-display';
import type { RefusedNavigation } from '../../../../src/main/window/frame-navigation-guard';
import {
  inAppPage,
  inCircleFrame,
  type NavigationEventName,
  type NavigationFields,
  navigationEvent,
} from './electron-navigation-events';

// The one edge we fake: Electron's own objects. Everything under test is our code calling them. Each event is emitted
// with the arguments electron/electron's docs/api/web-contents.md and browser-window.md give it (see
// electron-navigation-events.ts for the navigation events).
const electron = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  class FakeWebContents {
    handlers = new Map<string, Handler[]>();
    windowOpenHandler: ((details: Record<string, unknown>) => { action: string }) | null = null;
    on(event: string, handler: Handler) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const handler of this.handlers.get(event) ?? []) handler(...args);
    }
    setWindowOpenHandler(handler: (details: Record<string, unknown>) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    handlers = new Map<string, Handler[]>();
    loadedUrl = '';
    menuRemoved = false;
    fullScreen: boolean;
    bounds: unknown;
    closed = false;
    constructor(readonly options: Record<string, unknown>) {
      this.fullScreen = Boolean(options.fullscreen);
      FakeBrowserWindow.created.push(this);
    }
    on(event: string, handler: Handler) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return this;
    }
    once(event: string, handler: Handler) {
      return this.on(event, handler);
    }
    emit(event: string) {
      for (const handler of this.handlers.get(event) ?? []) handler();
    }
    removeMenu() {
      this.menuRemoved = true;
    }
    isFullScreen() {
      return this.fullScreen;
    }
    setFullScreen(fullScreen: boolean) {
      this.fullScreen = fullScreen;
    }
    setBounds(bounds: unknown) {
      this.bounds = bounds;
    }
    showInactive() {}
    close() {
      this.closed = true;
      this.emit('closed');
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  const shell = { opened: [] as string[], openExternal: async (url: string) => void shell.opened.push(url) };
  return { BrowserWindow: FakeBrowserWindow, shell };
});
vi.mock('electron', () => electron);

const { electronCustomerWindow } = await import('../../../../src/main/window/customer-window');

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

/** Emits a navigation event on the customer window as Electron does; whether the guard prevented it. */
function navigate(name: NavigationEventName, fields: NavigationFields): boolean {
  const window = electron.BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  const event = navigationEvent(name, fields);
  window.webContents.emit(name, ...event.args);
  return event.details.preventDefault.mock.calls.length > 0;
}

function port(devTools = false) {
  return electronCustomerWindow({
    preloadPath: '/app/out/preload/customer.cjs',
    url: 'http://localhost:47291/customer.html',
    devTools,
  });
}

describe('the customer window', () => {
  beforeEach(() => {
    electron.BrowserWindow.created.length = 0;
    electron.shell.opened.length = 0;
  });

  it('is a second hardened window on its own entry and preload, with no menu, full-screen on its own display', () => {
    port().show(ownDisplay);
    const [window] = electron.BrowserWindow.created;
    expect(window?.options).toMatchObject({ ...ownDisplay.bounds, fullscreen: true, title: 'PIN Desk — Customer' });
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/customer.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window?.loadedUrl).toBe('http://localhost:47291/customer.html');
    expect(window?.menuRemoved).toBe(true);
  });

  it('navigates nowhere and opens nothing, not even the documentation links the console may open', () => {
    port().show(ownDisplay);
    const [window] = electron.BrowserWindow.created;
    expect(navigate('will-frame-navigate', inAppPage('https://example.com/'))).toBe(true);
    expect(navigate('will-navigate', inAppPage('https://example.com/'))).toBe(true);
    expect(navigate('will-redirect', inAppPage('https://example.com/', null))).toBe(true);
    // web-contents.md, will-attach-webview: `event` Event, `webPreferences`, `params` Record<string, string>.
    const preventDefault = vi.fn();
    window?.webContents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com/' });
    expect(preventDefault).toHaveBeenCalledOnce();
    // web-contents.md, setWindowOpenHandler: `details` has `url`, `frameName`, `features`, `disposition`, `referrer`.
    const opened = window?.webContents.windowOpenHandler?.({
      url: 'https://developers.circle.com/w3s',
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: 'http://localhost:47291/customer.html', policy: 'strict-origin-when-cross-origin' },
    });
    expect(opened).toEqual({ action: 'deny' });
    expect(electron.shell.opened).toEqual([]);
  });

  it('keeps Circle’s frame on Circle’s hosted page, and tells its listeners what it refused', () => {
    const customer = port();
    const refused: RefusedNavigation[] = [];
    customer.onNavigationRefused((navigation) => refused.push(navigation));
    customer.show(ownDisplay);
    expect(
      navigate('will-frame-navigate', inCircleFrame('https://pw-auth.circle.com/?origin=http://localhost:47291')),
    ).toBe(false);
    expect(navigate('will-redirect', inCircleFrame('https://pw-auth.circle.com/pin'))).toBe(false);
    expect(navigate('will-redirect', inCircleFrame('https://evil.example/landing'))).toBe(true);
    expect(navigate('will-frame-navigate', inCircleFrame('data:text/html,<p>hi</p>'))).toBe(true);
    expect(refused).toMatchObject([
      { kind: 'redirect', destination: 'evil.example', circleWindow: true },
      { kind: 'navigate', destination: 'a data: page', circleWindow: true },
    ]);
  });

  it('is reused and moved, never opened twice, and says when it is closed', () => {
    const customer = port();
    const closed = vi.fn();
    customer.onClosed(closed);
    customer.show(ownDisplay);
    customer.show(primary);
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const [window] = electron.BrowserWindow.created;
    expect(window?.fullScreen).toBe(false);
    expect(window?.bounds).toEqual(primary.bounds);
    expect(customer.isOpen()).toBe(true);
    customer.close();
    expect(closed).toHaveBeenCalledOnce();
    expect(customer.isOpen()).toBe(false);
    expect(customer.webContents()).toBeNull();
    customer.show(ownDisplay);
    expect(electron.BrowserWindow.created).toHaveLength(2);
  });
});
