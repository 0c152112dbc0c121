// A frame's document as main sees it through WebFrameMain (docs/api/web-frame-main.md): `url`, `origin`, `parent`
// ("null if frame is the top frame"), `top`, `frames`, `processId`, `routingId`. Each navigation gives the frame a new
// document; the object main held for the old one then counts as gone, which is when Electron hands out null for it
// ("`senderFrame` … May be `null` if accessed after the frame has either navigated or been destroyed";
// webRequest's and the navigation events' `frame` say the same).
import type { InvokeFrame } from './ipc-main';
import type { StandInFrame } from './web-request';

let nextRoutingId = 1;

export class StandInWebFrame implements StandInFrame, InvokeFrame {
  readonly routingId = nextRoutingId++;
  readonly frames: StandInWebFrame[] = [];
  #gone = false;

  constructor(
    readonly url: string,
    readonly parent: StandInWebFrame | null,
    readonly processId: number,
    /** The document's origin; about:blank inherits its creator's (the Fetch/HTML rules), else the URL's. */
    readonly origin: string = originOf(url, parent),
  ) {}

  get top(): StandInWebFrame {
    return this.parent ? this.parent.top : this;
  }

  isGone(): boolean {
    return this.#gone;
  }

  /** This document is replaced by a new one at `url` (same frame, same parent): the old object is gone. */
  navigated(url: string): StandInWebFrame {
    // The old document's iframes go with it.
    this.detach();
    const next = new StandInWebFrame(url, this.parent, this.processId);
    if (this.parent) {
      const index = this.parent.frames.indexOf(this);
      if (index >= 0) this.parent.frames[index] = next;
    }
    return next;
  }

  /** An iframe added to this document, at about:blank until it navigates. */
  addChild(url = 'about:blank'): StandInWebFrame {
    const child = new StandInWebFrame(url, this, this.processId);
    this.frames.push(child);
    return child;
  }

  /** The frame and everything under it are gone (the window closed, the iframe was removed). */
  detach(): void {
    this.#gone = true;
    for (const child of this.frames) child.detach();
  }
}

function originOf(url: string, parent: StandInWebFrame | null): string {
  if (url === 'about:blank' || url === '') return parent?.origin ?? 'null';
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
