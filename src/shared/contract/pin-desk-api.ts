import type { EventChannel, InvokeChannel } from './channel-names';
import type { InputOf, OutputOf, PayloadOf } from './ipc-contract';
import type { IpcResult } from './ipc-result';

// The shape of `window.pinDesk`, derived from the channel names: `area:action` → `pinDesk.area.action(input)`,
// event `area:happened` → `pinDesk.area.onHappened(listener)` returning an unsubscribe function.

type AreaOf<C extends string> = C extends `${infer Area}:${string}` ? Area : never;
type ActionOf<C extends string> = C extends `${string}:${infer Action}` ? Action : never;
export type EventMethodName<E extends string> = `on${Capitalize<ActionOf<E>>}`;

type InvokeArgs<C extends InvokeChannel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

type AreaInvokers<A extends string> = {
  readonly [C in InvokeChannel as AreaOf<C> extends A ? ActionOf<C> : never]: (
    ...args: InvokeArgs<C>
  ) => Promise<IpcResult<OutputOf<C>>>;
};

type AreaEvents<A extends string> = {
  readonly [E in EventChannel as AreaOf<E> extends A ? EventMethodName<E> : never]: (
    listener: (payload: PayloadOf<E>) => void,
  ) => () => void;
};

export type Area = AreaOf<InvokeChannel | EventChannel>;

export type PinDeskApi = { readonly [A in Area]: AreaInvokers<A> & AreaEvents<A> };

declare global {
  interface Window {
    /** Exposed by the preload; the only way the renderer reaches main. */
    readonly pinDesk: PinDeskApi;
  }
}
