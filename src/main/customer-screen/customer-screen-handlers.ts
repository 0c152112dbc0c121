import type { InvokeChannel } from '../../shared/contract/channel-names';
import type { OutputOf, ParsedInputOf } from '../../shared/contract/ipc-contract';
import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import type { EnvironmentServices } from '../environment/environment-services';
import { savedCustomerLanguage } from '../settings/customer-language-setting';
import type { SettingsPort } from '../settings/settings-port';
import type { CustomerScreen } from './customer-screen';

/** Handlers for some of the contract's channels (main-services.ts puts them in the one map ipc/ registers). */
type HandlersOf<C extends InvokeChannel> = {
  [K in C]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>> | OutputOf<K>;
};

/**
 * The channels the customer screen changes: the console's flows hand their sessions over (to the customer window when
 * it is on), the agent's settings and status, and the customer window's own slice.
 */
export function customerScreenHandlers(
  screen: CustomerScreen,
  active: () => EnvironmentServices,
  /** Where the default customer language is kept (Settings), for a start that names none. */
  settings: SettingsPort,
): HandlersOf<
  | 'reset:start'
  | 'recovery:start'
  | 'recovery:fromForgotPin'
  | 'liveCase:resume'
  | 'liveCase:cancel'
  | 'settings:customerScreen'
  | 'settings:setCustomerScreen'
  | 'customerScreen:status'
  | 'customerWindow:showing'
  | 'customerWindow:report'
  | 'customerWindow:renewSession'
  | 'customerWindow:forgotPin'
> {
  const start = async (flow: ConsoleFlow, input: ParsedInputOf<'reset:start'>) => {
    const language = input.language ?? savedCustomerLanguage(settings);
    screen.preparing(flow, language);
    try {
      return screen.handOver(await active().flows.start(flow, { ...input, language }));
    } catch (error) {
      screen.startFailed();
      throw error;
    }
  };
  return {
    'reset:start': (input) => start('reset', input),
    'recovery:start': (input) => start('recovery', input),
    'recovery:fromForgotPin': async (input) => screen.handOver(await active().flows.switchToRecovery(input)),
    // An executed case resumes with its pasted token and stays in the agent's window (handOver passes it back).
    'liveCase:resume': async (input) => screen.handOver(await active().resume(input)),
    'liveCase:cancel': (input) => {
      const closed = active().flows.cancel(input);
      screen.caseClosed(input.caseId);
      return closed;
    },
    'settings:customerScreen': () => screen.settings(),
    'settings:setCustomerScreen': (input) => screen.choose(input),
    'customerScreen:status': () => screen.status(),
    'customerWindow:showing': () => screen.view(),
    'customerWindow:report': (input) => screen.report(input),
    'customerWindow:renewSession': (input) => screen.renewSession(input),
    'customerWindow:forgotPin': (input) => screen.forgotPin(input),
  };
}
