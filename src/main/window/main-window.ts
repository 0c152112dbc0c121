import { BrowserWindow, type BrowserWindowConstructorOptions, shell, type WebContents } from 'electron';
import { isDocumentationLink } from './external-links';
import { guardFrameNavigation, type RefusedNavigation } from './frame-navigation-guard';
import { minimumWindowSize, type Rectangle, type SavedWindowState } from './window-bounds';

export interface MainWindowOptions {
  preloadPath: string;
  bounds: Partial<Rectangle> & { width: number; height: number };
  maximized: boolean;
  url: string;
  /** Off in a packaged app: DevTools would let anyone at the keyboard script the renderer. */
  devTools: boolean;
  onBoundsChanged: (state: SavedWindowState) => void;
  /** Told of every navigation or redirect refused in this window (the composition root: diagnostics, the agent). */
  onNavigationRefused?: (refused: RefusedNavigation) => void;
}

export interface GuardOptions {
  /** The agent's documentation links open in the OS browser; the customer window opens nothing. */
  documentationLinks: boolean;
  onNavigationRefused?: ((refused: RefusedNavigation) => void) | undefined;
}

/** Every window of ours: sandboxed, isolated, no Node, its own preload; DevTools only where the caller allows. */
export function hardenedWebPreferences(
  preloadPath: string,
  devTools: boolean,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools,
  };
}

export function mainWindowConstructorOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'PIN Desk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: hardenedWebPreferences(options.preloadPath, options.devTools),
  };
}

/**
 * The app's page never navigates and Circle's frame stays on Circle's page (frame-navigation-guard.ts); no new
 * windows, no webviews. The agent's documentation links go to the OS browser; the customer window opens nothing at
 * all (`documentationLinks: false`).
 */
export function guardWebContents(contents: WebContents, options: GuardOptions = { documentationLinks: true }): void {
  guardFrameNavigation(contents, (refused) => options.onNavigationRefused?.(refused));
  // web-contents.md, will-attach-webview: "Calling `event.preventDefault()` will destroy the guest page."
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (options.documentationLinks && isDocumentationLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowConstructorOptions(options));
  guardWebContents(window.webContents, { documentationLinks: true, onNavigationRefused: options.onNavigationRefused });
  // maximize() also shows a hidden window (browser-window.md): a window maximized now would show before its page.
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  // 'moved' and 'resized' end a drag, but only macOS and Windows emit them; Linux has only 'move' and 'resize',
  // which fire all along a drag (docs/api/browser-window.md): save those once the window has rested half a second.
  let resting: ReturnType<typeof setTimeout> | null = null;
  const remember = () => {
    if (resting) clearTimeout(resting);
    resting = null;
    options.onBoundsChanged({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const rememberWhenResting = () => {
    if (resting) clearTimeout(resting);
    resting = setTimeout(remember, 500);
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('move', rememberWhenResting);
  window.on('resize', rememberWhenResting);
  window.on('close', remember);
  // A destroyed window has no bounds to read.
  window.on('closed', () => resting && clearTimeout(resting));
  void window.loadURL(options.url);
  return window;
}
