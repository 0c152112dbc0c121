import { mayInvoke, type WindowRole } from '../../shared/contract/window-channels';

/** What main needs to know about the frame that sent an IPC call (Electron's `event.senderFrame`). */
export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

/**
 * Only the app's own top-level frame may call main. Sub-frames (the hosted PIN UI is one) and any page that ended up
 * on another origin are refused, as VS Code and Electron Fiddle do.
 */
export function checkSender(
  frame: SenderFrameLike | null | undefined,
  trustedOrigins: readonly string[],
): SenderVerdict {
  if (!frame) return { trusted: false, reason: 'the sending frame is gone' };
  if (frame.parent !== null) return { trusted: false, reason: 'calls from sub-frames are not accepted' };
  let origin: string;
  try {
    origin = new URL(frame.url).origin;
  } catch {
    return { trusted: false, reason: 'the sending frame has no valid URL' };
  }
  if (!trustedOrigins.includes(origin)) return { trusted: false, reason: `origin ${origin} is not the app origin` };
  return { trusted: true };
}

/**
 * Both windows share the app origin, so the origin says only that a call comes from the app; which window sent it
 * (main knows each by its webContents) decides which channels it may use (window-channels.ts).
 */
export function checkCaller(
  call: { channel: string; frame: SenderFrameLike | null | undefined; window: WindowRole | null },
  trustedOrigins: readonly string[],
): SenderVerdict {
  const sender = checkSender(call.frame, trustedOrigins);
  if (!sender.trusted) return sender;
  if (!call.window) return { trusted: false, reason: 'the sending window is not one PIN Desk opened' };
  if (!mayInvoke(call.window, call.channel)) {
    return { trusted: false, reason: `${call.channel} is not open to the ${call.window} window` };
  }
  return { trusted: true };
}
