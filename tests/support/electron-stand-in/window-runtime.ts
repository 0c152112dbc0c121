// What a stand-in BrowserWindow shares with the rest of its stand-in "process", and the shape of the `BrowserWindow`
// export (docs/api/browser-window.md: `BrowserWindow.getAllWindows()`, `getFocusedWindow()`, `fromWebContents()`).
import type { StandInBrowserWindow } from './browser-window';
import type { StandInMenu } from './menu';
import type { PlatformFacts } from './platform';
import type { StandInScreen } from './screen';
import type { StandInSession } from './session';
import type { GeometryOptions } from './window-geometry';
import type { WindowList } from './window-list';

export interface WindowRuntime {
  facts: PlatformFacts;
  windows: WindowList<StandInBrowserWindow>;
  screen: StandInScreen;
  sessionFor(partition: string | undefined): StandInSession;
  applicationMenu(): StandInMenu | null;
  macFullScreenTransitionMs: number;
  created(window: StandInBrowserWindow): void;
}

export type StandInWindowOptions = GeometryOptions & {
  show?: boolean;
  fullscreen?: boolean;
  title?: string;
  webPreferences?: { partition?: string; [name: string]: unknown };
  [name: string]: unknown;
};

/** The `BrowserWindow` export: the class and its statics. */
export interface BrowserWindowConstructor {
  new (options?: StandInWindowOptions): StandInBrowserWindow;
  getAllWindows(): StandInBrowserWindow[];
  getFocusedWindow(): StandInBrowserWindow | null;
  fromWebContents(contents: unknown): StandInBrowserWindow | undefined;
}
