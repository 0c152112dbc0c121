// Navigation events as Electron 45 emits them, for the fake `electron` modules of the window tests. Each follows
// electron/electron's docs/api/web-contents.md and docs/api/web-frame-main.md, quoted where it matters.
import { vi } from 'vitest';

/** web-frame-main.md: `frame.url`, `frame.origin` (about:blank "will return the parent frame's origin"), `frame.parent` ("null if `frame` is the top frame"). */
export interface FakeFrame {
  readonly url: string;
  readonly origin: string;
  readonly parent: FakeFrame | null;
}

export const appFrame: FakeFrame = {
  url: 'http://localhost:47291/index.html',
  origin: 'http://localhost:47291',
  parent: null,
};
export const circleFrame: FakeFrame = {
  url: 'https://pw-auth.circle.com/?origin=http://localhost:47291',
  origin: 'https://pw-auth.circle.com',
  parent: appFrame,
};
/** A frame Electron tore down: web-frame-main spec, `expect(() => senderFrame!.url).to.throw(/Render frame was disposed/)`. */
export const disposedFrame: FakeFrame = {
  get url(): string {
    throw new Error('Render frame was disposed before WebFrameMain could be accessed');
  },
  get origin(): string {
    throw new Error('Render frame was disposed before WebFrameMain could be accessed');
  },
  get parent(): FakeFrame | null {
    throw new Error('Render frame was disposed before WebFrameMain could be accessed');
  },
};

/**
 * A speculative frame for a cross-site navigation (electron_api_web_contents.cc, GetRenderFrameHost: the
 * `speculative_frame_host()` when there is one): no document yet, under the real parent.
 */
export const speculativeFrameUnder = (parent: FakeFrame): FakeFrame => ({ url: '', origin: 'null', parent });

export type NavigationEventName = 'will-navigate' | 'will-frame-navigate' | 'will-redirect';

export interface NavigationFields {
  url: string;
  isMainFrame: boolean;
  frame: FakeFrame | null;
  initiator?: FakeFrame | null;
}

/**
 * The listener's arguments. web-contents.md gives all three "`details` Event\<\>" with `url`, `isSameDocument`
 * ("always set to `false`" for will-navigate and will-frame-navigate), `isMainFrame`, `frame` and `initiator`;
 * will-navigate and will-redirect then list "`url` string _Deprecated_", "`isInPlace` boolean _Deprecated_",
 * "`isMainFrame` boolean _Deprecated_", "`frameProcessId` Integer _Deprecated_", "`frameRoutingId` Integer
 * _Deprecated_"; will-frame-navigate lists `details` alone. Event\<\> is `{ preventDefault, defaultPrevented }`
 * (electron.d.ts).
 */
export function navigationEvent(name: NavigationEventName, fields: NavigationFields) {
  const details = {
    preventDefault: vi.fn(),
    defaultPrevented: false,
    url: fields.url,
    isSameDocument: false,
    isMainFrame: fields.isMainFrame,
    frame: fields.frame,
    initiator: fields.initiator ?? null,
  };
  const deprecated = [fields.url, false, fields.isMainFrame, 7, fields.isMainFrame ? 1 : 2];
  return { details, args: name === 'will-frame-navigate' ? [details] : [details, ...deprecated] };
}

/** Circle's frame (the web SDK's iframe in the app's page) going to `url`, as a navigation or a redirect. */
export const inCircleFrame = (url: string): NavigationFields => ({
  url,
  isMainFrame: false,
  frame: speculativeFrameUnder(appFrame),
  initiator: circleFrame,
});

/** The app's page itself going to `url`. */
export const inAppPage = (url: string, initiator: FakeFrame | null = appFrame): NavigationFields => ({
  url,
  isMainFrame: true,
  frame: appFrame,
  initiator,
});
