import type { IpcError, IpcResult } from '../../shared/contract/ipc-result';
import type { PinDeskApi } from '../../shared/contract/pin-desk-api';

/** A refusal or failure reported by main, with the code the UI can branch on. */
export class BridgeError extends Error {
  readonly code: string;
  readonly circle: IpcError['circle'];
  readonly requestId: IpcError['requestId'];

  constructor(error: IpcError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
    this.circle = error.circle;
    this.requestId = error.requestId;
  }
}

/** Turns main's result envelope into a value or a thrown BridgeError. */
export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new BridgeError(result.error);
}

export function pinDeskBridge(): PinDeskApi {
  return window.pinDesk;
}
