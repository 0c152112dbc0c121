import type { EventChannel, InvokeChannel } from './channel-names';
import type { InputOf, OutputOf, PayloadOf } from './ipc-contract';
import type { IpcResult } from './ipc-result';
import type {
  AgentEventChannel,
  AgentInvokeChannel,
  CustomerEventChannel,
  CustomerInvokeChannel,
} from './window-channels';

// The shape of a window's bridge, derived from its channel names: `area:action` → `bridge.area.action(input)`,
// event `area:happened` → `bridge.area.onHappened(listener)` returning an unsubscribe function. The agent's window
// has `window.pinDesk`, the customer window `window.pinDeskCustomer` (window-channels.ts says which channels each has).

type AreaOf<C extends string> = C extends `${infer Area}:${string}` ? Area : never;
type ActionOf<C extends string> = C extends `${string}:${infer Action}` ? Action : never;
export type EventMethodName<E extends string> = `on${Capitalize<ActionOf<E>>}`;

type InvokeArgs<C extends InvokeChannel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

type AreaInvokers<I extends InvokeChannel, A extends string> = {
  readonly [C in I as AreaOf<C> extends A ? ActionOf<C> : never]: (
    ...args: InvokeArgs<C>
  ) => Promise<IpcResult<OutputOf<C>>>;
};

type AreaEvents<E extends EventChannel, A extends string> = {
  readonly [C in E as AreaOf<C> extends A ? EventMethodName<C> : never]: (
    listener: (payload: PayloadOf<C>) => void,
  ) => () => void;
};

export type BridgeOf<I extends InvokeChannel, E extends EventChannel> = {
  readonly [A in AreaOf<I | E>]: AreaInvokers<I, A> & AreaEvents<E, A>;
};

export type Area = AreaOf<AgentInvokeChannel | AgentEventChannel>;

/** The agent's console. */
export type PinDeskApi = BridgeOf<AgentInvokeChannel, AgentEventChannel>;
/** The customer window: its slice of the contract only. */
export type CustomerWindowApi = BridgeOf<CustomerInvokeChannel, CustomerEventChannel>;

declare global {
  interface Window {
    /** Exposed by the agent window's preload; the only way the console reaches main. */
    readonly pinDesk: PinDeskApi;
    /** Exposed by the customer window's preload instead; the only way the customer window reaches main. */
    readonly pinDeskCustomer: CustomerWindowApi;
  }
}
