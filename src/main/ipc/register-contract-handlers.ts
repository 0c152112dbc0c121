import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { InvokeChannel } from '../../shared/contract/channel-names';
import { invokeContract, type OutputOf, type ParsedInputOf } from '../../shared/contract/ipc-contract';
import { bridgeErrorCodes, type IpcResult } from '../../shared/contract/ipc-result';
import type { WindowRole } from '../../shared/contract/window-channels';
import { toIpcError } from './ipc-error-envelope';
import { checkCaller, type SenderFrameLike } from './sender-check';

/** One handler per invoke channel: a missing or extra entry is a compile error. */
export type ContractHandlers = {
  [C in InvokeChannel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>;
};

/** The part of an invoke event main reads. Electron's IpcMainInvokeEvent fits; so does the test bed's. */
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
  /** The webContents that sent the call (Electron's `event.sender`; the test bed's page): which window it is. */
  sender: unknown;
}

/** The slice of Electron's ipcMain used here (ipcMain.handle). */
export interface IpcMainPort {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

export interface RegistrationOptions {
  trustedOrigins: readonly string[];
  /** Which of main's windows a sender is, or null for anything else. */
  windowOf(sender: unknown): WindowRole | null;
  log: IpcLog;
}

/** Runs one call through the checks: sender (frame, window, that window's channels), input, handler. Never throws. */
export async function dispatchInvoke<C extends InvokeChannel>(
  channel: C,
  handler: ContractHandlers[C],
  event: InvokeEventLike,
  args: unknown[],
  options: RegistrationOptions,
): Promise<IpcResult<OutputOf<C>>> {
  const sender = checkCaller(
    { channel, frame: event.senderFrame, window: options.windowOf(event.sender) },
    options.trustedOrigins,
  );
  if (!sender.trusted) {
    options.log.warn(`${channel}: refused call (${sender.reason})`);
    return {
      ok: false,
      error: { code: bridgeErrorCodes.forbiddenSender, message: `Call refused: ${sender.reason}.` },
    };
  }
  if (args.length > 1) {
    return { ok: false, error: { code: bridgeErrorCodes.invalidInput, message: `${channel} takes one argument.` } };
  }
  const parsed = invokeContract[channel].input.safeParse(args[0]);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: bridgeErrorCodes.invalidInput,
        message: `Invalid input for ${channel}: ${describeIssues(parsed.error)}`,
      },
    };
  }
  try {
    const value = await handler(parsed.data as ParsedInputOf<C>);
    return { ok: true, value };
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    const ipcError = toIpcError(error, reference);
    if (ipcError.code === bridgeErrorCodes.internal)
      options.log.error(`${channel} failed (reference ${reference})`, error);
    return { ok: false, error: ipcError };
  }
}

/** Issue paths and zod's own messages, never the values that were sent (they may be secrets). */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function registerContractHandlers(
  ipcMain: IpcMainPort,
  handlers: ContractHandlers,
  options: RegistrationOptions,
): void {
  for (const channel of Object.keys(invokeContract) as InvokeChannel[]) {
    ipcMain.handle(channel, (event, ...args) => dispatchInvoke(channel, handlers[channel], event, args, options));
  }
}
