// Electron's `app` (docs/api/app.md) for what PIN Desk uses of it: readiness, paths, the single-instance lock, the
// command line, isPackaged, name, version and the app's folder, and quitting — the last as shell/browser/browser.cc does it:
// - quit(): "Try to close all windows. The `before-quit` event will be emitted first. If all windows are successfully
//   closed, the `will-quit` event will be emitted and by default the application will terminate." Browser::Quit
//   returns at once while a quit is in progress (`if (is_quitting_) return;`); a will-quit listener that calls
//   preventDefault resets it (`is_quitting_ = false`), so a later quit() starts over; a window refusing to close
//   cancels the quit (OnWindowCloseCancelled).
// - exit(code): "All windows will be closed immediately without asking the user, and the `before-quit` and
//   `will-quit` events will not be emitted."
// - either way the app ends with 'quit' (event, exitCode) (App::OnQuit); a stand-in has no process to end, so it
//   resolves `ended` with the code instead.
// - 'window-all-closed' when the last window closes outside a quit; with no listener of its own the app quits
//   (lib/browser/init.ts: `if (app.listenerCount('window-all-closed') === 1) app.quit()`).
import { EventEmitter } from 'node:events';
import type { StandInAppPaths } from './app-paths';
import type { StandInCommandLine } from './command-line';
import { preventableEvent } from './preventable-event';
import { hasLock, type LockHolder, releaseLock, requestLock, type SecondInstanceCall } from './single-instance';
import type { ListedWindow, WindowList } from './window-list';

export interface StandInAppOptions {
  name: string;
  version: string;
  isPackaged: boolean;
  appPath: string;
  commandLine: StandInCommandLine;
  paths: StandInAppPaths;
  windows: WindowList<ListedWindow>;
}

export class StandInApp extends EventEmitter implements LockHolder {
  readonly isPackaged: boolean;
  readonly commandLine: StandInCommandLine;
  /** How many times main called quit(), for tests. */
  quitCalls = 0;
  /** Resolves with the exit code once the app has ended (after 'quit'). */
  readonly ended: Promise<number>;
  #ready = false;
  #readyScheduled = false;
  #quitting = false;
  #exiting = false;
  #shutdown = false;
  #exitCode = 0;
  #end: (code: number) => void = () => {};
  readonly #whenReady: Promise<void>;
  #becomeReady: () => void = () => {};
  readonly #options: StandInAppOptions;

  constructor(options: StandInAppOptions) {
    super();
    this.#options = options;
    this.isPackaged = options.isPackaged;
    this.commandLine = options.commandLine;
    this.ended = new Promise((resolve) => {
      this.#end = resolve;
    });
    this.#whenReady = new Promise((resolve) => {
      this.#becomeReady = resolve;
    });
    options.windows.observer = {
      windowAllClosed: () => this.#windowAllClosed(),
      windowCloseCancelled: () => {
        this.#quitting = false;
      },
    };
  }

  getName(): string {
    return this.#options.name;
  }

  getVersion(): string {
    return this.#options.version;
  }

  getPath(name: string): string {
    return this.#options.paths.get(name);
  }

  /**
   * app.md: "Returns `string` - The current application directory." — the folder whose package.json Electron loaded
   * (lib/browser/init.ts: `app.setAppPath(packagePath)`; spec "works for directories with package.json"), inside
   * resources/app.asar when packaged.
   */
  getAppPath(): string {
    return this.#options.appPath;
  }

  setPath(name: string, path: string): void {
    this.#options.paths.set(name, path);
  }

  isReady(): boolean {
    return this.#ready;
  }

  /**
   * "The `ready` event is only fired after the main process has finished running the first tick of the event loop":
   * the stand-in becomes ready on the tick after main first waits for it (or after `start()`).
   */
  whenReady(): Promise<void> {
    this.start();
    return this.#whenReady;
  }

  /** Schedules readiness for the next tick, as Electron does once main's first tick has run. */
  start(): void {
    if (this.#readyScheduled) return;
    this.#readyScheduled = true;
    setImmediate(() => {
      if (this.#shutdown) return;
      this.#ready = true;
      this.emit('will-finish-launching');
      this.emit('ready', preventableEvent(), {});
      this.#becomeReady();
    });
  }

  requestSingleInstanceLock(additionalData?: unknown): boolean {
    return requestLock(this.getPath('userData'), this, {
      argv: [process.execPath, ...process.argv.slice(1)],
      workingDirectory: process.cwd(),
      additionalData: additionalData ?? null,
    });
  }

  hasSingleInstanceLock(): boolean {
    return hasLock(this.getPath('userData'), this);
  }

  releaseSingleInstanceLock(): void {
    releaseLock(this);
  }

  /** Another launch reached this primary instance: 'second-instance', never before 'ready'. */
  secondInstance(call: SecondInstanceCall): void {
    void this.whenReady().then(() =>
      this.emit('second-instance', preventableEvent(), call.argv, call.workingDirectory, call.additionalData),
    );
  }

  quit(): void {
    this.quitCalls += 1;
    if (this.#quitting) return;
    this.#quitting = !this.#emitPrevented('before-quit');
    if (!this.#quitting) return;
    if (this.#options.windows.isEmpty()) this.#notifyAndShutdown();
    else this.#options.windows.closeAll();
  }

  exit(exitCode = 0): void {
    this.#exitCode = exitCode;
    this.#quitting = true;
    this.#exiting = true;
    if (this.#options.windows.isEmpty()) this.#shutdownNow();
    else this.#options.windows.destroyAll();
  }

  #windowAllClosed(): void {
    if (this.#exiting) this.#shutdownNow();
    else if (this.#quitting) this.#notifyAndShutdown();
    else {
      this.emit('window-all-closed');
      if (this.listenerCount('window-all-closed') === 0) this.quit();
    }
  }

  #notifyAndShutdown(): void {
    if (this.#shutdown) return;
    if (this.#emitPrevented('will-quit')) {
      this.#quitting = false;
      return;
    }
    this.#shutdownNow();
  }

  #shutdownNow(): void {
    if (this.#shutdown) return;
    this.#shutdown = true;
    this.#quitting = true;
    this.emit('quit', preventableEvent(), this.#exitCode);
    releaseLock(this);
    this.#end(this.#exitCode);
  }

  #emitPrevented(name: 'before-quit' | 'will-quit'): boolean {
    const event = preventableEvent();
    this.emit(name, event);
    return event.defaultPrevented;
  }
}
