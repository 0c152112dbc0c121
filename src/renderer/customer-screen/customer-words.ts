import { isTerminalStatus } from '../../shared/circle/circle-records';
import type { CustomerWindowView } from '../../shared/customer-screen/customer-screen';

/** Circle's window on this screen, as far as the customer window can tell. */
export type CustomerPinWindow = 'loading' | 'open' | 'closed' | 'gone';

export interface CustomerWords {
  headline: string;
  detail: string | null;
}

const nobodySees = 'Only you see what you type. Nobody at the desk can see your PIN.';

/** What the customer reads, in plain words: never a code, never the agent's console. */
export function customerWords(view: CustomerWindowView, pinWindow: CustomerPinWindow): CustomerWords {
  if (view.kind === 'idle') return { headline: 'Your agent will start when you are ready.', detail: null };
  if (view.kind === 'starting') return { headline: 'Getting your secure PIN window ready…', detail: null };
  if (view.status === 'COMPLETE') {
    return {
      headline: view.flow === 'recovery' ? 'Your account is recovered with a new PIN.' : 'Your new PIN is set.',
      detail: 'Nobody at the desk has seen it. Use it from now on.',
    };
  }
  if (view.expired)
    return { headline: 'This attempt ran out of time.', detail: 'Your agent will start a new one for you.' };
  if (isTerminalStatus(view.status)) {
    return { headline: 'This attempt did not finish.', detail: 'Your agent will tell you what happens next.' };
  }
  if (pinWindow === 'closed') {
    return { headline: 'The PIN window was closed.', detail: 'Your agent can open it again when you are ready.' };
  }
  if (pinWindow === 'gone') {
    return { headline: 'The PIN window has closed.', detail: 'Your agent will tell you what happens next.' };
  }
  return view.flow === 'recovery'
    ? { headline: 'Answer your security questions, then choose a new PIN.', detail: nobodySees }
    : { headline: 'Enter your current PIN, then choose a new one.', detail: nobodySees };
}
