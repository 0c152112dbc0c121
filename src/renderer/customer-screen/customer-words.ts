import { isTerminalStatus } from '../../shared/circle/circle-records';
import { type CustomerWindowView, defaultGreeting } from '../../shared/customer-screen/customer-screen';
import type { CustomerScreenWords } from '../customer-language/language-pack';
import { pack as english } from '../customer-language/packs/en';

/** Circle's window on this screen, as far as the customer window can tell. */
export type CustomerPinWindow = 'loading' | 'open' | 'closed' | 'gone';

export interface CustomerWords {
  headline: string;
  detail: string | null;
}

/** English: what the screen says before another language's words are loaded, and if they cannot be. */
export const englishCustomerWords: CustomerScreenWords = english.customerScreen;

/**
 * What the customer reads, in plain words and in `words`' language: never a code, never the agent's console.
 */
export function customerWords(
  view: CustomerWindowView,
  pinWindow: CustomerPinWindow,
  words: CustomerScreenWords = englishCustomerWords,
): CustomerWords {
  if (view.kind === 'idle') return { headline: words.ready, detail: null };
  if (view.kind === 'starting') return { headline: words.preparing, detail: null };
  if (view.status === 'COMPLETE') {
    return { headline: view.flow === 'recovery' ? words.recovered : words.pinSet, detail: words.useItNow };
  }
  if (view.expired) return { headline: words.expired, detail: words.newAttempt };
  if (isTerminalStatus(view.status)) return { headline: words.notFinished, detail: words.agentWillTell };
  if (pinWindow === 'closed') return { headline: words.windowClosed, detail: words.reopenWhenReady };
  if (pinWindow === 'gone') return { headline: words.windowGone, detail: words.agentWillTell };
  return view.flow === 'recovery'
    ? { headline: words.recoveryNow, detail: words.nobodySees }
    : { headline: words.resetNow, detail: words.nobodySees };
}

/** Something went wrong on this screen (not in Circle's window): said plainly. */
export function problemWords(words: CustomerScreenWords = englishCustomerWords): CustomerWords {
  return { headline: words.problem, detail: words.agentWillHelp };
}

/**
 * The greeting: the organisation's own as Settings keeps it; the default one ("Welcome.") in the customer's language.
 */
export function greetingOf(view: CustomerWindowView, words: CustomerScreenWords = englishCustomerWords): string {
  return view.greeting === defaultGreeting ? words.greeting : view.greeting;
}
