import { bridgeErrorCodes, type IpcError } from '../../shared/contract/ipc-result';
import { AgentFailure } from '../failures/agent-failure';

/** What crosses the bridge for a failed call: an agent failure as written, anything else as `internal`. */
export function toIpcError(error: unknown, reference: string): IpcError {
  if (error instanceof AgentFailure) return error.describe();
  return {
    code: bridgeErrorCodes.internal,
    message: `PIN Desk hit an unexpected problem (reference ${reference}). The details are in the console's log.`,
  };
}
