// Who may register a handler for each channel area (the part of a channel's name before `:`), read by
// channel-ownership.test.ts. A folder (ending in `/`) owns its area wherever inside it the handler map is made; a file
// owns it alone.
import type { InvokeChannel } from '../../../src/shared/contract/channel-names';

export type ChannelArea = InvokeChannel extends `${infer Area}:${string}` ? Area : never;

/** The composition root: main's services are made and joined there. */
const compositionRoot = 'src/main/main-services.ts';

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
  // Still made where main's services are joined, because each handler joins several of them: environment:status reads
  // the switch, Settings and the embedded emulator; emulator: resets it and closes the customer screen's case;
  // settings: spans settings/, app-look/ and the customer screen; diagnostics: the network policy and the app look.
  environment: compositionRoot,
  emulator: compositionRoot,
  settings: compositionRoot,
  diagnostics: compositionRoot,
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
