// Electron's `ipcMain.handle` and a renderer's `ipcRenderer.invoke` reaching it (docs/api/ipc-main.md;
// lib/browser/ipc-main-impl.ts; lib/browser/ipc-dispatch.ts; lib/renderer/api/ipc-renderer.ts):
// - a second handler for a channel throws "Attempted to register a second handler for '<channel>'", a handler that is
//   not a function "Expected handler to be a function, but found type '<type>'".
// - the handler gets an IpcMainInvokeEvent (docs/api/structures/ipc-main-invoke-event.md): `type` 'frame',
//   `processId`, `frameId`, `sender` ("the `webContents` that sent the message") and `senderFrame` ("The frame that
//   sent this message. May be `null` if accessed after the frame has either navigated or been destroyed").
// - the reply is the handler's (awaited) result, structured-cloned to the renderer; a thrown error reaches it as
//   "Error invoking remote method '<channel>': <error.toString()>" ("only the `message` property from the original
//   error is provided"), and a channel nobody handles as "No handler registered for '<channel>'".
import { EventEmitter } from 'node:events';

export interface InvokeFrame {
  readonly url: string;
  readonly parent: InvokeFrame | null;
  readonly processId?: number;
  readonly routingId?: number;
  /** The document that sent the call is gone (the frame navigated away or was removed). */
  isGone?(): boolean;
}

export interface StandInInvokeEvent {
  type: 'frame';
  processId: number;
  frameId: number;
  sender: unknown;
  readonly senderFrame: InvokeFrame | null;
}

type InvokeHandler = (event: StandInInvokeEvent, ...args: unknown[]) => unknown;

export class StandInIpcMain extends EventEmitter {
  readonly #handlers = new Map<string, InvokeHandler>();

  constructor() {
    super();
    // "Do not throw exception when channel name is "error"."
    this.on('error', () => {});
  }

  handle(channel: string, handler: InvokeHandler): void {
    if (this.#handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    if (typeof handler !== 'function') {
      throw new TypeError(`Expected handler to be a function, but found type '${typeof handler}'`);
    }
    this.#handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel);
  }

  /** The channels handled now, for tests. */
  handledChannels(): string[] {
    return [...this.#handlers.keys()];
  }

  /** What the renderer's `ipcRenderer.invoke(channel, ...args)` resolves or rejects with, sent from `frame`. */
  async invoke(from: { sender: unknown; frame: InvokeFrame }, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.#handlers.get(channel);
    let reply: { result: unknown } | { error: string };
    if (!handler) reply = { error: new Error(`No handler registered for '${channel}'`).toString() };
    else {
      try {
        reply = { result: await handler(invokeEvent(from), ...structuredClone(args)) };
      } catch (error) {
        console.error(`Error occurred in handler for '${channel}':`, error);
        reply = { error: String(error) };
      }
    }
    if ('error' in reply) throw new Error(`Error invoking remote method '${channel}': ${reply.error}`);
    return structuredClone(reply.result);
  }
}

function invokeEvent({ sender, frame }: { sender: unknown; frame: InvokeFrame }): StandInInvokeEvent {
  return {
    type: 'frame',
    processId: frame.processId ?? 1,
    frameId: frame.routingId ?? 1,
    sender,
    get senderFrame() {
      return frame.isGone?.() ? null : frame;
    },
  };
}
