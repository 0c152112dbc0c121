import { beforeEach, describe, expect, it, vi } from 'vitest';

// The one edge we fake: Electron's own objects. Everything under test is our code calling them.
const electron = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  class FakeWebContents {
    handlers = new Map<string, Handler>();
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    on(event: string, handler: Handler) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
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

function open(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}) {
  const remembered: unknown[] = [];
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    bounds: { width: 1200, height: 820 },
    maximized: false,
    url: 'http://localhost:47291/index.html',
    devTools: false,
    onBoundsChanged: (state) => remembered.push(state),
    ...overrides,
  });
  const window = electron.BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was created');
  return { window, remembered };
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

  it('blocks navigation, redirects and webviews', () => {
    const { window } = open();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      window.webContents.handlers.get(event)?.({ preventDefault }, 'https://example.com/');
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
  });

  it('denies every new window and opens only documentation links in the OS browser', () => {
    const { window } = open();
    const deny = (url: string) => window.webContents.windowOpenHandler?.({ url });
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
    expect(window.maximized).toBe(true);
    window.handlers.get('resized')?.();
    window.handlers.get('moved')?.();
    window.handlers.get('close')?.();
    expect(remembered).toEqual(Array(3).fill({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true }));
  });
});
