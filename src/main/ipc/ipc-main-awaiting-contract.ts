import type { IpcMainPort } from './register-contract-handlers';

type Listener = Parameters<IpcMainPort['handle']>[1];

export interface IpcMainAwaitingContract {
  /** Hands over the real listeners: `register` is run on a port that collects them. Called once. */
  open(register: (port: IpcMainPort) => void): void;
  /** The contract could not be loaded: every call, waiting or later, is rejected with this. */
  fail(error: unknown): void;
}

/**
 * Takes every channel on ipcMain at once, by name alone, so the window can be made before the contract's checks
 * (zod, most of main's own start-up) have loaded; a call made meanwhile waits, then runs through the real listener —
 * the same sender check and input validation as ever. Nothing reaches a handler before the contract has loaded.
 */
export function ipcMainAwaitingContract(ipcMain: IpcMainPort, channels: readonly string[]): IpcMainAwaitingContract {
  let settle: { open(listeners: Map<string, Listener>): void; fail(error: unknown): void } | null = null;
  const listeners = new Promise<Map<string, Listener>>((resolve, reject) => {
    settle = { open: resolve, fail: reject };
  });
  // A failed load rejects each call as it comes, never as an unhandled rejection of its own.
  listeners.catch(() => undefined);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, ...args) => {
      const listener = (await listeners).get(channel);
      if (!listener) throw new Error(`${channel} has a name but no place in the contract`);
      return listener(event, ...args);
    });
  }
  const take = () => {
    if (!settle) throw new Error('the contract’s listeners were handed over twice');
    const taken = settle;
    settle = null;
    return taken;
  };
  return {
    open: (register) => {
      const collected = new Map<string, Listener>();
      register({ handle: (channel, listener) => collected.set(channel, listener) });
      take().open(collected);
    },
    fail: (error) => take().fail(error),
  };
}
