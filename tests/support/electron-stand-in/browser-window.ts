// Electron's BrowserWindow (docs/api/browser-window.md) for what PIN Desk does with it, per platform:
// - 'close' "Emitted when the window is going to be closed … Calling `event.preventDefault()` will cancel the close";
//   then the page unloads and 'closed' follows on a later task (BrowserWindow::OnCloseButtonClicked closes the web
//   contents first; BaseWindow::OnWindowClosed does `MarkDestroyed(); … Emit("closed")`, so isDestroyed() is true
//   from 'closed' on, and the window leaves the window list after it: NativeWindow::NotifyWindowClosed).
//   destroy(): "`close` event will also not be emitted … but it guarantees the `closed` event will be emitted".
//   Any method of a destroyed window throws "Object has been destroyed".
// - 'move' and 'resize' on every platform; 'moved' and 'resized' are _macOS_ _Windows_: on Windows once when the
//   person ends a drag (native_window_views_win.cc WM_EXITSIZEMOVE), on macOS 'moved' with every 'move' ("this event is
//   an alias of `move`", electron_ns_window_delegate.mm windowDidMove) and 'resized' at the end of a live resize or an
//   animated setBounds. Linux never emits either (no caller of NotifyWindowMoved/Resized there).
// - setBounds does nothing on macOS while the window is full screen (native_window_mac.mm: "Do nothing if in
//   fullscreen mode"). On Wayland "it is generally not possible to programmatically resize windows after creation,
//   or to position, move, focus, or blur windows without user input", and getBounds "will return `{ x: 0, y: 0, ... }`"
//   — the compositor places the window and never says where.
// - showInactive and the 'minimized' state are not supported on Wayland; focus() there "may show a notification or
//   flash the app icon if the window or app is not already focused".
// Timing the docs leave open (whether 'move'/'resize' come inside setBounds or after) is a later task here.
import { EventEmitter } from 'node:events';
import { FullScreenTransitions } from './full-screen';
import type { StandInMenu } from './menu';
import { preventableEvent } from './preventable-event';
import type { StandInRectangle } from './screen';
import { StandInWebContents } from './web-contents';
import { initialBounds, mergedBounds, samePosition, sameSize } from './window-geometry';
import type { BrowserWindowConstructor, StandInWindowOptions, WindowRuntime } from './window-runtime';

let nextWindowId = 1;

export class StandInBrowserWindow extends EventEmitter {
  readonly id = nextWindowId++;
  readonly webContents: StandInWebContents;
  /** How often main called focus(), for tests. */
  focusCalls = 0;
  #bounds: StandInRectangle;
  #visible = false;
  #maximized = false;
  #minimized = false;
  #closing = false;
  #destroyed = false;
  #menu: StandInMenu | null = null;
  readonly #fullScreen: FullScreenTransitions;

  constructor(
    private readonly runtime: WindowRuntime,
    readonly options: StandInWindowOptions = {},
  ) {
    super();
    const workArea = runtime.screen.getPrimaryDisplay().workArea;
    // On Wayland the compositor places a new window; x and y are not the app's to choose.
    const placed = runtime.facts.wayland ? { ...options, x: undefined, y: undefined } : options;
    this.#bounds = initialBounds(placed, workArea);
    const { webPreferences = {} } = options;
    this.webContents = new StandInWebContents(runtime.sessionFor(webPreferences.partition), () => this, webPreferences);
    // lib/browser/api/web-contents.ts: the page's first layout is re-emitted by its window on the next tick.
    this.webContents.on('ready-to-show', () => process.nextTick(() => this.#destroyed || this.emit('ready-to-show')));
    this.#fullScreen = new FullScreenTransitions(
      runtime.facts.platform,
      {
        isVisible: () => this.#visible,
        applyFullScreen: () => this.#emitLater('resize'),
        showForFullScreen: () => this.#show(false),
        emit: (event) => this.emit(event),
      },
      Boolean(options.fullscreen),
      runtime.macFullScreenTransitionMs,
    );
    runtime.windows.add(this);
    // base-window.ts _init: "Simulate the application menu on platforms other than macOS".
    if (runtime.facts.platform !== 'darwin') this.#menu = runtime.applicationMenu();
    runtime.created(this);
    if (options.show ?? true) this.#show(true);
  }

  static fromRuntime(runtime: WindowRuntime): BrowserWindowConstructor {
    return class BrowserWindow extends StandInBrowserWindow {
      constructor(options?: StandInWindowOptions) {
        super(runtime, options);
      }
      static getAllWindows = () => runtime.windows.all();
      static getFocusedWindow = () => runtime.windows.focused();
      static fromWebContents = (contents: unknown) => runtime.windows.all().find((w) => w.webContents === contents);
    };
  }

  getBounds(): StandInRectangle {
    this.#alive();
    const bounds = this.isFullScreen() ? this.#display().bounds : this.#maximized ? this.#display().workArea : null;
    return this.#reported(bounds ?? this.#bounds);
  }

  /** "Whatever the current state of the window … always returns the position and size of the window in normal state." */
  getNormalBounds(): StandInRectangle {
    this.#alive();
    return this.#reported(this.#bounds);
  }

  setBounds(change: Partial<StandInRectangle>, animate = false): void {
    this.#alive();
    const { platform, wayland } = this.runtime.facts;
    if ((platform === 'darwin' && this.isFullScreen()) || wayland) return;
    const before = this.#bounds;
    this.#bounds = mergedBounds(before, change, this.options);
    const moved = !samePosition(before, this.#bounds);
    const resized = !sameSize(before, this.#bounds);
    if (moved) this.#emitLater('move');
    if (moved && platform === 'darwin') this.#emitLater('moved');
    if (resized) this.#emitLater('resize');
    if (resized && platform === 'darwin' && animate) this.#emitLater('resized');
  }

  isFullScreen(): boolean {
    this.#alive();
    return this.#fullScreen.isFullScreen();
  }

  setFullScreen(flag: boolean): void {
    this.#alive();
    this.#fullScreen.set(flag);
  }

  maximize(): void {
    this.#alive();
    // "This will also show (but not focus) the window if it isn't being displayed already."
    if (!this.#visible) this.#show(false);
    if (this.#maximized) return;
    this.#maximized = true;
    this.#emitLater('maximize');
    this.#emitLater('resize');
  }

  unmaximize(): void {
    this.#alive();
    if (!this.#maximized) return;
    this.#maximized = false;
    this.#emitLater('unmaximize');
    this.#emitLater('resize');
  }

  isMaximized(): boolean {
    this.#alive();
    return this.#maximized;
  }

  minimize(): void {
    this.#alive();
    // Wayland: "“minimized” is not currently a supported state."
    if (this.runtime.facts.wayland || this.#minimized) return;
    this.#minimized = true;
    this.runtime.windows.blur(this);
    this.#emitLater('minimize');
  }

  restore(): void {
    this.#alive();
    if (!this.#minimized) return;
    this.#minimized = false;
    this.#emitLater('restore');
  }

  isMinimized(): boolean {
    this.#alive();
    return this.#minimized;
  }

  show(): void {
    this.#alive();
    this.#show(true);
  }

  /** "Shows the window but doesn't focus on it. Not supported on Wayland (Linux)" — there it is shown as by show(). */
  showInactive(): void {
    this.#alive();
    this.#show(this.runtime.facts.wayland);
  }

  isVisible(): boolean {
    this.#alive();
    return this.#visible && !this.#minimized;
  }

  focus(): void {
    this.#alive();
    this.focusCalls += 1;
    const focused = this.runtime.windows.focused();
    // Wayland: a window takes focus only from another window of the app, never from another app.
    if (this.runtime.facts.wayland && !focused) return;
    this.runtime.windows.focus(this);
  }

  setMenu(menu: StandInMenu | null): void {
    this.#alive();
    this.#menu = menu;
  }

  removeMenu(): void {
    this.#alive();
    this.#menu = null;
  }

  /** The window's own menu bar (Windows, Linux): the stand-in's view of it, for tests. */
  menuBar(): StandInMenu | null {
    return this.#menu;
  }

  loadURL(url: string): Promise<void> {
    this.#alive();
    return this.webContents.loadURL(url);
  }

  close(): void {
    this.#alive();
    if (this.#closing) return;
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) {
      this.runtime.windows.closeCancelled();
      return;
    }
    this.#closing = true;
    setImmediate(() => this.#closed());
  }

  destroy(): void {
    if (!this.#destroyed) this.#closed();
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  /**
   * The person drags the window by its title bar: 'move' at each step ('moved' with each on macOS, an alias), and
   * once they let go 'moved' on Windows (WM_EXITSIZEMOVE); Linux never says 'moved'. Wayland tells no position at all.
   */
  userDrags(): { to(point: { x: number; y: number }): void; end(): void } {
    const { platform, wayland } = this.runtime.facts;
    return {
      to: (point) => {
        this.#bounds = { ...this.#bounds, ...point };
        if (wayland) return;
        this.emit('move');
        if (platform === 'darwin') this.emit('moved');
      },
      end: () => {
        if (platform === 'win32') this.emit('moved');
      },
    };
  }

  /** A whole drag to `to` in one step. */
  userMoves(to: { x: number; y: number }): void {
    const drag = this.userDrags();
    drag.to(to);
    drag.end();
  }

  /** The person resizes the window: 'resize' along the way, then 'resized' on macOS and Windows. */
  userResizes(to: { width: number; height: number }): void {
    this.#bounds = mergedBounds(this.#bounds, to, this.options);
    this.emit('resize');
    if (this.runtime.facts.platform !== 'linux') this.emit('resized');
  }

  /** The person clicks into the window. */
  userFocuses(): void {
    this.runtime.windows.focus(this);
  }

  #show(focus: boolean): void {
    if (!this.#visible) {
      this.#visible = true;
      this.#emitLater('show');
    }
    if (focus) this.runtime.windows.focus(this);
  }

  #closed(): void {
    this.webContents.destroy();
    this.#destroyed = true;
    this.emit('closed');
    this.runtime.windows.remove(this);
  }

  #display() {
    return this.runtime.screen.getDisplayMatching(this.#bounds);
  }

  #reported(bounds: StandInRectangle): StandInRectangle {
    return this.runtime.facts.wayland ? { ...bounds, x: 0, y: 0 } : { ...bounds };
  }

  #emitLater(event: string): void {
    setImmediate(() => this.#destroyed || this.emit(event));
  }

  #alive(): void {
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }
}
