import { type EventChannel, eventChannelNames, type InvokeChannel, invokeChannelNames } from './channel-names';

// Which window may use which channel. Both windows share the app origin, so main tells them apart by their
// webContents and checks every call against the sender's table; each window's preload exposes its own table only.
// Names only (no zod): the preloads import this file.

export const windowRoles = ['agent', 'customer'] as const;
/** The agent's console, and the customer window on the customer's screen. */
export type WindowRole = (typeof windowRoles)[number];

/**
 * The customer window's narrow slice, each call scoped by main to the case the window is showing: what to show (with
 * that case's session), what Circle's window reported, a fresh token after 155104/155105, and "Forgot PIN?".
 */
export const customerWindowInvokeChannels = [
  'customerWindow:showing',
  'customerWindow:report',
  'customerWindow:renewSession',
  'customerWindow:forgotPin',
] as const satisfies readonly InvokeChannel[];
export const customerWindowEventChannels = ['customerWindow:changed'] as const satisfies readonly EventChannel[];

export type CustomerInvokeChannel = (typeof customerWindowInvokeChannels)[number];
export type CustomerEventChannel = (typeof customerWindowEventChannels)[number];
export type AgentInvokeChannel = Exclude<InvokeChannel, CustomerInvokeChannel>;
export type AgentEventChannel = Exclude<EventChannel, CustomerEventChannel>;

const isCustomerInvoke = (channel: string): boolean =>
  (customerWindowInvokeChannels as readonly string[]).includes(channel);
const isCustomerEvent = (channel: string): boolean =>
  (customerWindowEventChannels as readonly string[]).includes(channel);

/** Every channel a window's preload exposes and main accepts from it: the agent has all but the customer's slice. */
export const windowChannels: Readonly<
  Record<WindowRole, { invoke: readonly InvokeChannel[]; events: readonly EventChannel[] }>
> = {
  agent: {
    invoke: invokeChannelNames.filter((channel) => !isCustomerInvoke(channel)),
    events: eventChannelNames.filter((channel) => !isCustomerEvent(channel)),
  },
  customer: { invoke: customerWindowInvokeChannels, events: customerWindowEventChannels },
};

export function mayInvoke(role: WindowRole, channel: string): boolean {
  return (windowChannels[role].invoke as readonly string[]).includes(channel);
}

/** The window an event goes to. */
export function windowOfEvent(channel: EventChannel): WindowRole {
  return isCustomerEvent(channel) ? 'customer' : 'agent';
}
