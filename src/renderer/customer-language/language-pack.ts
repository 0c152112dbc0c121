// Everything PIN Desk says in a customer's language, one file per language under packs/, each loaded only when that
// language is chosen (its own chunk): Circle's window, the customer screen's own words, and the lines the agent reads
// out for the errors Circle's page draws in its own English.
import type { PinFlowLocalizations } from './pin-flow-localizations';

/** The customer screen's own words (customer-words.ts picks which one a moment needs). */
export interface CustomerScreenWords {
  /** Shown in place of the greeting while Settings keeps the default one ("Welcome."). */
  greeting: string;
  ready: string;
  preparing: string;
  resetNow: string;
  recoveryNow: string;
  nobodySees: string;
  pinSet: string;
  recovered: string;
  useItNow: string;
  expired: string;
  newAttempt: string;
  notFinished: string;
  agentWillTell: string;
  windowClosed: string;
  reopenWhenReady: string;
  windowGone: string;
  problem: string;
  agentWillHelp: string;
}

/**
 * The errors Circle's page draws itself, in its own English (the SDK's `Localizations` has no key for them), that the
 * customer then fixes in the same window: the agent reads the line out in the customer's language.
 */
export interface CircleDrawnErrorLines {
  wrongPin: string;
  wrongAnswers: string;
  pinMismatch: string;
  weakPin: string;
}

export interface LanguagePack {
  circleWindow: PinFlowLocalizations;
  customerScreen: CustomerScreenWords;
  circleErrors: CircleDrawnErrorLines;
}
