import type { IpcError } from '../../shared/contract/ipc-result';

/**
 * A failure a use case means the agent to see: its message is written for people and is safe to show. Anything else
 * a use case throws is reported as an internal error by ipc/, with the details kept in main's log.
 */
export class AgentFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly circle?: { code: number; status: number },
    /** The X-Request-Id of the Circle call that failed, when one did: what Circle Support asks for. */
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'AgentFailure';
  }

  /** The failure as plain data, in the shape the contract carries errors in. */
  describe(): IpcError {
    return {
      code: this.code,
      message: this.message,
      ...(this.circle ? { circle: { ...this.circle } } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
    };
  }
}
