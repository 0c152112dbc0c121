import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RefusedNavigation } from '../../../../src/main/window/frame-navigation-guard';
import {
  circleFrame,
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
    handlers = new Map<string, Handler>();
    loadedUrl = '';
    maximized = false;
    bounds = { x: 10, y: 20, width: 1000, height: 700 };
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    on(event: string, handler: Handler) {
      this.handlers.set(event, handler);
      return this;
    }
    once(event: string, handler: Handler) {
      return this.on(event, handler);
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return this.bounds;
    }
    show() {}
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  const shell = {
    opened: [] as string[],
    openExternal: (url: string) => {
      shell.opened.push(url);
      return Promise.resolve();
    },
  };
  return { BrowserWindow: FakeBrowserWindow, shell };
});
vi.mock('electron', () => electron);

const { createMainWindow } = await import('../../../../src/main/window/main-window');

/**
 * web-contents.md, setWindowOpenHandler: `details` has `url`, `frameName`, `features`, `disposition`, `referrer` and
 * (optional) `postBody`.
 */
const windowOpen = (url: string) => ({
  url,
  frameName: '',
  features: '',
  disposition: 'foreground-tab',
  referrer: { url: 'http://localhost:47291/index.html', policy: 'strict-origin-when-cross-origin' },
});

function open(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}) {
  const remembered: unknown[] = [];
  const refused: RefusedNavigation[] = [];
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { width: 1200, height: 820 },
    maximized: false,
    url: 'http://localhost:47291/index.html',
    devTools: false,
    onBoundsChanged: (state) => remembered.push(state),
    onNavigationRefused: (navigation) => refused.push(navigation),
    ...overrides,
  });
  const window = electron.BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  /** Emits a navigation event as Electron does; whether the guard prevented it. */
  const navigate = (name: NavigationEventName, fields: NavigationFields) => {
    const event = navigationEvent(name, fields);
    window.webContents.emit(name, ...event.args);
    return event.details.preventDefault.mock.calls.length > 0;
  };
  return { window, remembered, refused, navigate };
}

describe('the main window', () => {
  beforeEach(() => {
    electron.BrowserWindow.created.length = 0;
    electron.shell.opened.length = 0;
  });

  it('is created sandboxed and isolated, with the preload and the app URL', () => {
    const { window } = open();
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
    expect(window.loadedUrl).toBe('http://localhost:47291/index.html');
  });

  it('has DevTools only when the composition root asks (unpackaged runs)', () => {
    expect(open({ devTools: true }).window.options.webPreferences).toMatchObject({ devTools: true });
    expect(open({ devTools: false }).window.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('keeps the console’s page where it is: no navigation, no redirect, and no webview', () => {
    const { window, refused, navigate } = open();
    expect(navigate('will-frame-navigate', inAppPage('https://example.com/'))).toBe(true);
    expect(navigate('will-navigate', inAppPage('https://example.com/'))).toBe(true);
    expect(navigate('will-redirect', inAppPage('http://localhost:47291/elsewhere.html', null))).toBe(true);
    // The app's own refusals go to the diagnostics only: Circle's window has nothing to do with them.
    expect(refused.map(({ kind, circleWindow }) => ({ kind, circleWindow }))).toEqual([
      { kind: 'navigate', circleWindow: false },
      { kind: 'redirect', circleWindow: false },
    ]);
    // web-contents.md, will-attach-webview: `event` Event, `webPreferences`, `params` Record<string, string>.
    const preventDefault = vi.fn();
    window.webContents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com/' });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('lets Circle’s frame navigate and be redirected within Circle’s hosted page, and reports nothing', () => {
    const { refused, navigate } = open();
    expect(
      navigate('will-frame-navigate', inCircleFrame('https://pw-auth.circle.com/?origin=http://localhost:47291')),
    ).toBe(false);
    expect(navigate('will-redirect', inCircleFrame('https://pw-auth.circle.com/pin'))).toBe(false);
    expect(refused).toEqual([]);
  });

  it('refuses Circle’s frame a page that is not Circle’s, by navigation or redirect, and reports it as Circle’s window’s', () => {
    const { refused, navigate } = open();
    expect(navigate('will-frame-navigate', inCircleFrame('https://evil.example/phish?x=1'))).toBe(true);
    expect(navigate('will-redirect', inCircleFrame('https://evil.example/landing'))).toBe(true);
    expect(refused).toEqual([
      {
        kind: 'navigate',
        url: 'https://evil.example/phish?x=1',
        destination: 'evil.example',
        reason: 'Circle’s window may navigate only within https://pw-auth.circle.com',
        circleWindow: true,
      },
      {
        kind: 'redirect',
        url: 'https://evil.example/landing',
        destination: 'evil.example',
        reason: 'Circle’s window may be redirected only within https://pw-auth.circle.com',
        circleWindow: true,
      },
    ]);
  });

  it('counts Circle’s frame navigating the console’s page as Circle’s window’s', () => {
    const { refused, navigate } = open();
    expect(navigate('will-frame-navigate', inAppPage('https://evil.example/', circleFrame))).toBe(true);
    expect(refused).toMatchObject([{ circleWindow: true, destination: 'evil.example' }]);
  });

  it('denies every new window and opens only documentation links in the OS browser', () => {
    const { window } = open();
    const deny = (url: string) => window.webContents.windowOpenHandler?.(windowOpen(url));
    expect(deny('https://developers.circle.com/w3s/user-controlled-wallets')).toEqual({ action: 'deny' });
    expect(deny('https://example.com/phish')).toEqual({ action: 'deny' });
    expect(deny('https://developers.circle.com.evil.example/')).toEqual({ action: 'deny' });
    expect(deny('http://developers.circle.com/')).toEqual({ action: 'deny' });
    expect(deny('https://user@developers.circle.com/')).toEqual({ action: 'deny' });
    expect(electron.shell.opened).toEqual(['https://developers.circle.com/w3s/user-controlled-wallets']);
  });

  it('restores maximized state and remembers bounds when moved, resized or closed', () => {
    const { window, remembered } = open({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true });
    expect(window.options).toMatchObject({ x: 5, y: 6, width: 1000, height: 700 });
    // Maximized once its page is ready to show (window-bounds-events.test.ts: maximize() would show it sooner).
    expect(window.maximized).toBe(false);
    window.handlers.get('ready-to-show')?.();
    expect(window.maximized).toBe(true);
    // browser-window.md: 'resized' and 'moved' return nothing; 'close' returns `event` Event.
    window.handlers.get('resized')?.();
    window.handlers.get('moved')?.();
    window.handlers.get('close')?.({ preventDefault: vi.fn(), defaultPrevented: false });
    expect(remembered).toEqual(Array(3).fill({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true }));
  });
});
