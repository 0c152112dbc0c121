import type { IpcError } from '../../shared/contract/ipc-result';
import { BridgeError } from './pin-desk-client';

/** Any failure as the small error value the UI shows: main's own, or one the renderer hit itself. */
export function ipcErrorOf(error: unknown, fallbackCode = 'renderer-error'): IpcError {
  if (error instanceof BridgeError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.circle ? { circle: error.circle } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
  }
  return { code: fallbackCode, message: error instanceof Error ? error.message : String(error) };
}
