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
function moveTo(window: BrowserWindow, placement: CustomerWindowPlacement): void {
  if (window.isFullScreen()) window.setFullScreen(false);
  window.setBounds(placement.bounds);
  if (placement.fullScreen) window.setFullScreen(true);
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
        moveTo(window, placement);
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
        if (window === created) window = null;
        for (const listener of closedListeners) listener();
      });
      void created.loadURL(options.url);
    },
    close: () => window?.close(),
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
