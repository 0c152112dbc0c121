import type { ConsoleFlow } from '../../shared/flows/challenge-flow';
import type { EnvironmentServices } from '../environment/environment-services';
import type { ContractHandlers } from '../ipc/register-contract-handlers';
import type { CustomerScreen } from './customer-screen';

type StartInput = Parameters<ContractHandlers['reset:start']>[0];

/**
 * The channels the customer screen changes: the console's flows hand their sessions over (to the customer window when
 * it is on), the agent's settings and status, and the customer window's own slice.
 */
export function customerScreenHandlers(
  screen: CustomerScreen,
  active: () => EnvironmentServices,
): Pick<
  ContractHandlers,
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
  const start = async (flow: ConsoleFlow, input: StartInput) => {
    screen.preparing(flow);
    try {
      return screen.handOver(await active().flows.start(flow, input));
    } catch (error) {
      screen.startFailed();
      throw error;
    }
  };
  return {
    'reset:start': (input) => start('reset', input),
    'recovery:start': (input) => start('recovery', input),
    'recovery:fromForgotPin': async (input) => screen.handOver(await active().flows.switchToRecovery(input)),
    'liveCase:resume': async (input) => screen.handOver(await active().flows.resume(input)),
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
