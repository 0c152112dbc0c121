// A window's webContents (docs/api/web-contents.md) for what main does with it — send, setWindowOpenHandler, the
// navigation events, loadURL — and the stand-in's ways to play what its page does: navigate a frame, request a
// resource, open a window. Navigations and requests go through the window's session (session.ts), so webRequest,
// protocol handlers and the network see them as they see a frame's (tests/unit/electron-stand-in).
// - will-frame-navigate: "Emitted when a user or the page wants to start navigation in any frame"; will-navigate
//   the same for the main frame only; neither "when the navigation is started programmatically with APIs like
//   `webContents.loadURL`" (shell/browser/electron_navigation_throttle.cc emits both only `if (is_renderer_initiated
//   …)`). will-redirect is emitted for every navigation's redirect, any frame, loadURL's included
//   (WillRedirectRequest has no such condition); "Calling `event.preventDefault()` will prevent the navigation (not
//   just the redirect)".
// - setWindowOpenHandler: lib/browser/api/web-contents.ts `_callWindowOpenHandler`: 'deny' blocks; 'allow' opens;
//   a handler answering anything else blocks the window and logs why.
// - A page's `<webview>` ('will-attach-webview', 'did-attach-webview'): webview.ts.
import { EventEmitter } from 'node:events';
import { loadError, loadFailureOf, type NavigationDetails } from './navigation';
import { preventableEvent } from './preventable-event';
import type { FrameRequestOptions, StandInSession } from './session';
import { StandInWebFrame } from './web-frame';
import { attachWebview, type WebviewOutcome } from './webview';

type WindowOpenHandler = (details: {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}) => unknown;

let nextWebContentsId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  mainFrame: StandInWebFrame;
  /** What main sent to this page (`webContents.send`), for tests. */
  readonly sent: { channel: string; payload: unknown }[] = [];
  #windowOpenHandler: WindowOpenHandler | null = null;
  #destroyed = false;

  constructor(
    readonly session: StandInSession,
    private readonly owner: () => unknown,
    /** The webPreferences it was made with (what `getLastWebPreferences()` reads in Electron). */
    private readonly webPreferences: Readonly<Record<string, unknown>> = {},
  ) {
    super();
    this.mainFrame = new StandInWebFrame('', null, this.id);
  }

  getOwnerBrowserWindow(): unknown {
    return this.owner();
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    this.#alive();
    this.sent.push({ channel, payload: structuredClone(args[0]) });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.#windowOpenHandler = handler;
  }

  /** The page calls window.open (or a link with target=_blank): whether a window would open. */
  openWindow(url: string, frameName = ''): { opened: boolean } {
    if (!this.#windowOpenHandler) return { opened: true };
    const response = this.#windowOpenHandler({ url, frameName, features: '', disposition: 'foreground-tab' });
    const action = typeof response === 'object' && response !== null ? (response as { action?: unknown }).action : null;
    if (action !== 'allow' && action !== 'deny') console.error('The window open handler response must be an object');
    return { opened: action === 'allow' };
  }

  /** The page adds a `<webview>` with these attributes (webview.ts): whether a guest page was attached. */
  addWebview(params: Record<string, string>): WebviewOutcome<StandInWebContents> {
    this.#alive();
    return attachWebview(this, this.webPreferences, params, (webPreferences) => {
      return new StandInWebContents(this.session, () => null, webPreferences);
    });
  }

  /** Browser-initiated: no will-navigate or will-frame-navigate. Never rejects unhandled ("A noop rejection handler"). */
  loadURL(url: string): Promise<void> {
    this.#alive();
    this.emit('did-start-loading');
    const loading = this.#navigate(this.mainFrame, url, null).then((outcome) => {
      this.emit('did-stop-loading');
      if (outcome.kind === 'committed') return;
      throw loadError(
        outcome.kind === 'error-page' ? outcome.failure : { errorCode: -2, errorDescription: 'ERR_FAILED' },
        outcome.kind === 'error-page' ? outcome.url : url,
      );
    });
    loading.catch(() => {});
    return loading;
  }

  /** The page navigates one of its frames (a link, `location = …`): renderer-initiated. */
  async navigateFrame(frame: StandInWebFrame, url: string, initiator: StandInWebFrame | null = frame) {
    const details = this.#details(url, frame, initiator);
    const willFrame = preventableEvent(details);
    this.emit('will-frame-navigate', willFrame);
    if (willFrame.defaultPrevented) return { kind: 'prevented' as const, frame };
    if (!frame.parent) {
      const willNavigate = preventableEvent(details);
      this.emit('will-navigate', willNavigate, url);
      if (willNavigate.defaultPrevented) return { kind: 'prevented' as const, frame };
    }
    return this.#navigate(frame, url, initiator);
  }

  /** A subresource (script, font, XHR, …) a frame's document asks for. */
  request(frame: StandInWebFrame, url: string, resourceType: FrameRequestOptions['resourceType'], init?: RequestInit) {
    return this.session.frameRequest(url, { frame, webContentsId: this.id, resourceType, ...(init ? { init } : {}) });
  }

  /** The window closed: the page and its frames are gone. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.mainFrame.detach();
    this.emit('destroyed');
  }

  async #navigate(frame: StandInWebFrame, url: string, initiator: StandInWebFrame | null) {
    const isMainFrame = !frame.parent;
    this.emit('did-start-navigation', preventableEvent(this.#details(url, frame, initiator)));
    let finalUrl = url;
    const onRedirect = (redirectURL: string) => {
      const event = preventableEvent(this.#details(redirectURL, frame, initiator));
      this.emit('will-redirect', event);
      if (event.defaultPrevented) return false;
      finalUrl = redirectURL;
      this.emit('did-redirect-navigation', preventableEvent(this.#details(redirectURL, frame, initiator)));
      return true;
    };
    const ids = [isMainFrame, frame.processId, frame.routingId] as const;
    try {
      const response = await this.session.frameRequest(url, {
        frame,
        webContentsId: this.id,
        resourceType: isMainFrame ? 'mainFrame' : 'subFrame',
        onRedirect,
      });
      const body = await response.text();
      const document = frame.navigated(finalUrl);
      if (isMainFrame) this.mainFrame = document;
      this.emit('did-frame-navigate', preventableEvent(), finalUrl, response.status, response.statusText, ...ids);
      if (isMainFrame) this.emit('did-navigate', preventableEvent(), finalUrl, response.status, response.statusText);
      if (isMainFrame) this.emit('did-finish-load', preventableEvent());
      this.emit('did-frame-finish-load', preventableEvent(), ...ids);
      // WebContents::OnFirstNonEmptyLayout of the primary main frame; BrowserWindow re-emits it on the next tick.
      if (isMainFrame) this.emit('ready-to-show');
      return { kind: 'committed' as const, frame: document, status: response.status, body };
    } catch (error) {
      const failure = loadFailureOf(error);
      const failed = [failure.errorCode, failure.errorDescription, finalUrl, ...ids] as const;
      this.emit('did-fail-provisional-load', preventableEvent(), ...failed);
      if (failure.errorDescription === 'ERR_ABORTED') return { kind: 'aborted' as const, frame };
      this.emit('did-fail-load', preventableEvent(), ...failed);
      // An error page commits in the frame, and a main frame's is laid out (ready-to-show) like any page.
      const document = frame.navigated(finalUrl);
      if (isMainFrame) {
        this.mainFrame = document;
        this.emit('ready-to-show');
      }
      return { kind: 'error-page' as const, frame: document, failure, url: finalUrl };
    }
  }

  #details(url: string, frame: StandInWebFrame, initiator: StandInWebFrame | null): NavigationDetails {
    return {
      url,
      isSameDocument: false,
      isMainFrame: !frame.parent,
      get frame() {
        return frame.isGone() ? null : frame;
      },
      get initiator() {
        return initiator && !initiator.isGone() ? initiator : null;
      },
    };
  }

  #alive(): void {
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }
}
