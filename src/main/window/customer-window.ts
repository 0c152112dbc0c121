import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import type { CustomerWindowPort } from '../customer-screen/customer-screen-ports';
import type { CustomerWindowPlacement } from './customer-display';
import type { RefusedNavigation } from './frame-navigation-guard';
import { guardWebContents, hardenedWebPreferences } from './main-window';

export interface CustomerWindowOptions {
  /** The customer window's own preload: its slice of the contract only. */
  preloadPath: string;
  url: string;
  /** Off in a packaged app, as for the agent's window. */
  devTools: boolean;
  /** `process.platform` unless told: macOS leaves full screen asynchronously. */
  platform?: string;
}

export const customerWindowTitle = 'PIN Desk — Customer';

export function customerWindowConstructorOptions(
  options: CustomerWindowOptions,
  placement: CustomerWindowPlacement,
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    fullscreen: placement.fullScreen,
    title: customerWindowTitle,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(options.preloadPath, options.devTools),
  };
}

/** Moves an open window to a new place: out of full screen first, since a full-screen window keeps its bounds. */
// Past this, the window is placed even if 'leave-full-screen' never came.
const leaveFullScreenWaitMs = 1500;

/**
 * Moves the window to its placement. A full-screen window leaves full screen first, and is placed once it has: on
 * macOS leaving is asynchronous and `setBounds` is ignored meanwhile (shell/browser/native_window_mac.mm: "Do nothing
 * if in fullscreen mode"), so placing it at once would send it back full screen on the display it left.
 */
function moveTo(window: BrowserWindow, placement: CustomerWindowPlacement, platform: string): void {
  const place = () => {
    window.setBounds(placement.bounds);
    if (placement.fullScreen) window.setFullScreen(true);
  };
  if (!window.isFullScreen()) {
    place();
    return;
  }
  if (platform !== 'darwin') {
    // Windows and Linux take the bounds of a window leaving full screen (a hidden one on Linux never leaves, and
    // emits nothing: docs/api/browser-window.md's async note is macOS's alone).
    window.setFullScreen(false);
    place();
    return;
  }
  let placed = false;
  const placeOnce = () => {
    if (placed) return;
    placed = true;
    clearTimeout(timer);
    if (!window.isDestroyed()) place();
  };
  const timer = setTimeout(placeOnce, leaveFullScreenWaitMs);
  window.once('leave-full-screen', () => setImmediate(placeOnce));
  window.setFullScreen(false);
}

/**
 * The customer window in Electron: a second hardened BrowserWindow with no menu (so no agent shortcuts, no DevTools
 * item), guarded like the agent's, opening nothing. `webContents()` is how main tells it from the agent's window;
 * `onNavigationRefused` hears what the guard refused in it (the window is made before main's services are).
 */
export function electronCustomerWindow(options: CustomerWindowOptions): CustomerWindowPort & {
  webContents(): WebContents | null;
  onNavigationRefused(listener: (refused: RefusedNavigation) => void): void;
} {
  let window: BrowserWindow | null = null;
  const closedListeners: (() => void)[] = [];
  const refusedListeners: ((refused: RefusedNavigation) => void)[] = [];
  return {
    show: (placement) => {
      if (window) {
        moveTo(window, placement, options.platform ?? process.platform);
        window.showInactive();
        return;
      }
      const created = new BrowserWindow(customerWindowConstructorOptions(options, placement));
      window = created;
      created.removeMenu();
      guardWebContents(created.webContents, {
        documentationLinks: false,
        onNavigationRefused: (refused) => {
          for (const listener of refusedListeners) listener(refused);
        },
      });
      // Shown without taking focus from the agent's console.
      created.once('ready-to-show', () => created.showInactive());
      created.on('closed', () => {
        // A newer window already shows the case (closed and shown again before this arrived): nothing closed for
        // the customer.
        if (window !== null && window !== created) return;
        window = null;
        for (const listener of closedListeners) listener();
      });
      void created.loadURL(options.url);
    },
    close: () => {
      // 'closed' comes on a later task (browser-window.md): a show() before it makes a new window, not this one.
      const closing = window;
      window = null;
      closing?.close();
    },
    isOpen: () => window !== null,
    onClosed: (listener) => {
      closedListeners.push(listener);
    },
    webContents: () => window?.webContents ?? null,
    onNavigationRefused: (listener) => {
      refusedListeners.push(listener);
    },
  };
}
