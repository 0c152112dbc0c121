import { circleHostedUiOrigin } from '../../shared/app-origin';

export interface FrameReadyHold {
  /** Lets the held `onFrameReady` (if it came) reach the SDK now, and every later message straight through. */
  release(): void;
  /** Forgets a held message without delivering it, and stops holding. */
  drop(): void;
}

interface ActiveHold {
  frame: () => Window | null | undefined;
  held: MessageEvent | null;
}

let active: ActiveHold | null = null;
let gateInstalled = false;

function isFrameReady(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Boolean((data as { onFrameReady?: unknown }).onFrameReady);
}

function gate(event: MessageEvent): void {
  const hold = active;
  if (!hold || event.origin !== circleHostedUiOrigin || !isFrameReady(event.data)) return;
  if (!event.source || event.source !== hold.frame()) return;
  event.stopImmediatePropagation();
  hold.held = event;
}

/**
 * Circle's window starts loading while main is still preparing the challenge. The hosted page announces itself
 * with `onFrameReady`, and the SDK answers at once with whatever challenge and token it holds at that moment, so
 * that one message waits here until the session is set. Only a message from Circle's origin and from the SDK's own
 * frame is held; a release replays it unchanged.
 *
 * The gate is one window listener, added before the SDK's first `execute` and never removed: Chromium runs a
 * window's message listeners in the order they were added (capture does not put one first at the target), and the
 * SDK adds its own listener once and keeps it, so a gate added later would run too late.
 */
export function holdFrameReady(frame: () => Window | null | undefined): FrameReadyHold {
  if (!gateInstalled) {
    window.addEventListener('message', gate);
    gateInstalled = true;
  }
  const hold: ActiveHold = { frame, held: null };
  active = hold;
  return {
    release: () => {
      if (active !== hold) return;
      active = null;
      const message = hold.held;
      hold.held = null;
      if (message) {
        window.dispatchEvent(
          new MessageEvent('message', { data: message.data, origin: message.origin, source: message.source }),
        );
      }
    },
    drop: () => {
      hold.held = null;
      if (active === hold) active = null;
    },
  };
}
