import type { InvokeChannel } from './channel-names';
import type { OutputOf, ParsedInputOf } from './ipc-contract';

/** Main's handlers for some of the contract's channels: each area's folder exports its own, main-services.ts joins them. */
export type HandlersOf<C extends InvokeChannel> = {
  [K in C]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>> | OutputOf<K>;
};
