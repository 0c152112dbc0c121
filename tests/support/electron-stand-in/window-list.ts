// The process's open windows, as shell/browser/window_list.cc keeps them: `CloseAllWindows` asks each to close (each
// may refuse), `DestroyAllWindows` closes them without asking, and the last window going tells the app
// (`WindowList::RemoveWindow` … `observer.OnWindowAllClosed()`), which quits, exits or emits 'window-all-closed'
// (shell/browser/browser.cc, Browser::OnWindowAllClosed).

export interface ListedWindow {
  emit(event: string): boolean;
  isDestroyed(): boolean;
  close(): void;
  destroy(): void;
}

export interface WindowListObserver {
  windowAllClosed(): void;
  /** shell/browser/browser.cc OnWindowCloseCancelled: a window that refused to close cancels a quit in progress. */
  windowCloseCancelled(): void;
}

export class WindowList<Window extends ListedWindow> {
  readonly #windows: Window[] = [];
  #focused: Window | null = null;
  observer: WindowListObserver | null = null;

  add(window: Window): void {
    this.#windows.push(window);
  }

  remove(window: Window): void {
    const index = this.#windows.indexOf(window);
    if (index >= 0) this.#windows.splice(index, 1);
    if (this.#focused === window) this.#focused = null;
    if (this.#windows.length === 0) this.observer?.windowAllClosed();
  }

  all(): Window[] {
    return [...this.#windows];
  }

  isEmpty(): boolean {
    return this.#windows.length === 0;
  }

  closeCancelled(): void {
    this.observer?.windowCloseCancelled();
  }

  closeAll(): void {
    for (const window of this.all()) if (!window.isDestroyed()) window.close();
  }

  destroyAll(): void {
    for (const window of this.all()) if (!window.isDestroyed()) window.destroy();
  }

  focused(): Window | null {
    return this.#focused;
  }

  /** One window of the app has focus at a time: the one losing it hears 'blur', the one taking it 'focus'. */
  focus(window: Window): void {
    const previous = this.#focused;
    if (previous === window) return;
    this.#focused = window;
    if (previous) later(previous, 'blur');
    later(window, 'focus');
  }

  blur(window: Window): void {
    if (this.#focused !== window) return;
    this.#focused = null;
    later(window, 'blur');
  }
}

function later(window: ListedWindow, event: string): void {
  setImmediate(() => window.isDestroyed() || window.emit(event));
}
