// setFullScreen and the 'enter-full-screen' / 'leave-full-screen' events, per platform:
// - macOS (shell/browser/native_window_mac.mm SetFullScreen; docs: "On macOS, fullscreen transitions take place
//   asynchronously. If further actions depend on the fullscreen state, use the 'enter-full-screen' or
//   'leave-full-screen' events"): the window animates into or out of full screen; a request made during a transition
//   is queued ("we want to schedule a transition for when the current one has completed"; a request equal to the last
//   queued one is dropped), and one equal to the current state does nothing. isFullScreen() (the window's
//   full-screen style mask) keeps its old value until the event — when exactly AppKit flips the mask mid-animation is
//   AppKit's, and the docs say to trust the events only.
// - Windows (native_window_views.cc): "There is no native fullscreen state on Windows": the event is emitted at
//   once, inside setFullScreen, before the window changes ("We set the new value after notifying") — and emitted even
//   when nothing changes (spec "should keep window hidden if already in hidden state" waits for 'leave-full-screen'
//   from a window that never was full screen).
// - Linux (electron_desktop_window_tree_host_linux.cc UpdateWindowState): the window manager changes the state and
//   the event follows, only on a real change; a hidden window asked for full screen is shown full screen, and a
//   hidden window asked to leave it is left alone (`if (IsVisible()) … else if (fullscreen) … Show(kFullscreen)`).
import type { StandInPlatform } from './platform';

export interface FullScreenWindow {
  isVisible(): boolean;
  /** The window's state changes (its bounds follow). */
  applyFullScreen(on: boolean): void;
  showForFullScreen(): void;
  emit(event: 'enter-full-screen' | 'leave-full-screen'): void;
}

export class FullScreenTransitions {
  #on: boolean;
  #transitioning = false;
  readonly #pending: boolean[] = [];

  constructor(
    private readonly platform: StandInPlatform,
    private readonly window: FullScreenWindow,
    initial: boolean,
    /** How long macOS's animation takes in the stand-in. */
    private readonly macTransitionMs: number,
  ) {
    this.#on = initial;
  }

  isFullScreen(): boolean {
    return this.#on;
  }

  set(flag: boolean): void {
    if (this.platform === 'darwin') this.#macSet(flag);
    else if (this.platform === 'win32') this.#windowsSet(flag);
    else this.#linuxSet(flag);
  }

  #macSet(flag: boolean): void {
    if (this.#transitioning) {
      if (this.#pending.at(-1) !== flag) this.#pending.push(flag);
      return;
    }
    if (flag === this.#on) return;
    this.#transitioning = true;
    setTimeout(() => {
      this.#change(flag);
      this.#transitioning = false;
      const next = this.#pending.shift();
      if (next !== undefined) this.#macSet(next);
    }, this.macTransitionMs);
  }

  #windowsSet(flag: boolean): void {
    this.window.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
    this.#on = flag;
    this.window.applyFullScreen(flag);
  }

  #linuxSet(flag: boolean): void {
    if (!this.window.isVisible()) {
      if (!flag) return;
      this.window.showForFullScreen();
    }
    setImmediate(() => {
      if (flag !== this.#on) this.#change(flag);
    });
  }

  #change(flag: boolean): void {
    this.#on = flag;
    this.window.applyFullScreen(flag);
    this.window.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }
}
