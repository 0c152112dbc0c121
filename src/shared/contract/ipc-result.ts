/**
 * What crosses the bridge: a value, or a small serializable error. Never a stack trace, never an Error object
 * (structured clone and contextBridge would strip or mangle it).
 */
export interface IpcError {
  code: string;
  message: string;
  circle?: { code: number; status: number };
  /** The X-Request-Id of the Circle call that failed, for an escalation to Circle Support. */
  requestId?: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Codes main uses for calls it refuses before any handler runs, and for failures it cannot explain. */
export const bridgeErrorCodes = {
  invalidInput: 'invalid-input',
  forbiddenSender: 'forbidden-sender',
  internal: 'internal',
  /** Main's services did not start (the agent was told why in an error box): the call was never run. */
  notStarted: 'not-started',
} as const;
