// Frames as Electron 45's navigation events hand them to a listener (docs/api/web-frame-main.md, quoted where it
// matters), for frame-navigation-policy.test.ts, which decides on them with no webContents. Tests of the guard on a
// window use the stand-in's frames (tests/support/electron-stand-in/web-frame.ts).

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
