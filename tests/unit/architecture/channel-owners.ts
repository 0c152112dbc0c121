// Who may register a handler for each channel area (the part of a channel's name before `:`), read by
// channel-ownership.test.ts. A folder (ending in `/`) owns its area wherever inside it the handler map is made; a file
// owns it alone.
import type { InvokeChannel } from '../../../src/shared/contract/channel-names';

export type ChannelArea = InvokeChannel extends `${infer Area}:${string}` ? Area : never;

export const channelAreaOwners: Record<ChannelArea, string> = {
  // Where does a reset start? flows/case-flow-handlers.ts → flows/reset-and-recovery.ts → circle/circle-gateway.ts.
  reset: 'src/main/flows/',
  recovery: 'src/main/flows/',
  liveCase: 'src/main/flows/',
  customerScreen: 'src/main/customer-screen/',
  customerWindow: 'src/main/customer-screen/',
  teamLog: 'src/main/team-log/',
  caseLog: 'src/main/case-log/',
  customer: 'src/main/lookup/',
  app: 'src/main/app-info/',
  environment: 'src/main/environment/',
  // The embedded emulator is started and reset by environment/ (embedded-emulator.ts, environment-switch.ts).
  emulator: 'src/main/environment/',
  settings: 'src/main/settings/',
  // The network policy's record (session/network-diagnostics-recorder.ts) is what Settings → Diagnostics shows.
  diagnostics: 'src/main/session/',
};

/** Channels registered outside their area's owner, each with why. Keep this short. */
export const channelOwnerExceptions: readonly { channel: InvokeChannel; registeredIn: string; why: string }[] = [
  {
    channel: 'settings:customerScreen',
    registeredIn: 'src/main/customer-screen/customer-screen-handlers.ts',
    why: 'The customer screen setting is read with the displays attached now, which only the customer screen knows.',
  },
  {
    channel: 'settings:setCustomerScreen',
    registeredIn: 'src/main/customer-screen/customer-screen-handlers.ts',
    why: 'Saving the choice opens, moves or closes the customer window the customer screen holds.',
  },
];
