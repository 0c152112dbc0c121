import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { CustomerScreen } from './customer-screen';

/**
 * The customer screen's channels: the agent's setting and status, and the customer window's own slice. The flows'
 * channels are handled in flows/ (case-flow-handlers.ts); the screen hears of their cases as their CircleWindowHost.
 */
export function customerScreenHandlers(
  screen: CustomerScreen,
): HandlersOf<
  | 'settings:customerScreen'
  | 'settings:setCustomerScreen'
  | 'customerScreen:status'
  | 'customerWindow:showing'
  | 'customerWindow:report'
  | 'customerWindow:renewSession'
  | 'customerWindow:forgotPin'
> {
  return {
    'settings:customerScreen': () => screen.settings(),
    'settings:setCustomerScreen': (input) => screen.choose(input),
    'customerScreen:status': () => screen.status(),
    'customerWindow:showing': () => screen.view(),
    'customerWindow:report': (input) => screen.report(input),
    'customerWindow:renewSession': (input) => screen.renewSession(input),
    'customerWindow:forgotPin': (input) => screen.forgotPin(input),
  };
}
