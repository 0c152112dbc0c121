import type { EventChannel } from '../../shared/contract/channel-names';
import type { PayloadOf } from '../../shared/contract/ipc-contract';

/** Sends a main → renderer event (Electron: webContents.send; the test bed: its shim). */
export type Publish = <E extends EventChannel>(channel: E, payload: PayloadOf<E>) => void;
