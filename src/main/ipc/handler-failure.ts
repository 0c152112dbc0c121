import { bridgeErrorCodes, type IpcError } from '../../shared/contract/ipc-result';

/**
 * A failure a handler means the agent to see: its message is written for people and is safe to show.
 * Anything else a handler throws is reported as an internal error, with details kept in main's log.
 */
export class HandlerFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly circle?: { code: number; status: number },
  ) {
    super(message);
    this.name = 'HandlerFailure';
  }
}

export function toIpcError(error: unknown, reference: string): IpcError {
  if (error instanceof HandlerFailure) {
    return error.circle
      ? { code: error.code, message: error.message, circle: { ...error.circle } }
      : { code: error.code, message: error.message };
  }
  return {
    code: bridgeErrorCodes.internal,
    message: `PIN Desk hit an unexpected problem (reference ${reference}). The details are in the console's log.`,
  };
}
