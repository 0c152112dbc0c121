import { z } from 'zod';
import type { EnvironmentSummary } from '../environment/environments';
import type { EventChannel, InvokeChannel } from './channel-names';

/** A type carried by the contract for the compiler only; it has no runtime value. */
export type Shape<T> = { readonly __shape?: T };
const shape = <T>(): Shape<T> => ({});

export interface InvokeSpec {
  /** Main parses every call with this; objects are strict (unknown keys rejected) and strings bounded. */
  readonly input: z.ZodType;
  readonly output: Shape<unknown>;
}

export interface EventSpec {
  readonly payload: Shape<unknown>;
}

export interface AppInfo {
  version: string;
  platform: string;
  environment: EnvironmentSummary;
}

/** Channels that take no input accept nothing or an empty object. */
const noInput = z.strictObject({}).optional();

export const invokeContract = {
  'app:info': { input: noInput, output: shape<AppInfo>() },
} as const satisfies { [C in InvokeChannel]: InvokeSpec };

export const eventContract = {} as const satisfies { [E in EventChannel]: EventSpec };

type ShapeOf<S> = S extends Shape<infer T> ? T : never;
export type InputOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>;
export type ParsedInputOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['input']>;
export type OutputOf<C extends InvokeChannel> = ShapeOf<(typeof invokeContract)[C]['output']>;
export type PayloadOf<E extends EventChannel> = E extends keyof typeof eventContract
  ? ShapeOf<(typeof eventContract)[E]['payload']>
  : never;
