// The customer screen: a second window, on a display of its own (or beside the console), where the customer types
// in Circle's window while the agent watches progress on theirs. Plain data that crosses the bridge.
import type { ChallengeStatus } from '../circle/circle-records';
import type { IpcError } from '../contract/ipc-result';
import type { CustomerLanguage } from '../customer-language/customer-languages';
import type { ChallengeSession, ConsoleFlow, SdkOutcome } from '../flows/challenge-flow';

/** Where the customer window goes: not at all (Circle's window opens over the console), beside it, or a display. */
export type CustomerScreenChoice = { kind: 'off' } | { kind: 'same-display' } | { kind: 'display'; displayId: number };

export interface CustomerScreenOption {
  choice: CustomerScreenChoice;
  /** "Off", "Same display", or a display by name and size ("Display 2, 1920×1080" where the system gives no name). */
  label: string;
}

/** Settings → Customer screen. */
export interface CustomerScreenSettings {
  choice: CustomerScreenChoice;
  /** Off, Same display, then every attached display (and the chosen one, named as remembered, if it is not attached). */
  options: CustomerScreenOption[];
  /** The organisation's short greeting at the top of the customer window. */
  greeting: string;
  /** Something the agent should know (the chosen display is not attached, say). */
  notice: string | null;
}

/** What the agent's window knows of the customer screen: whether it is on and where, never a session's secrets. */
export interface CustomerScreenStatus {
  on: boolean;
  /** The display the customer window is on now, or null when it is not open. */
  placedOn: string | null;
  /** Something the agent should know now (the customer's display was unplugged, say). */
  notice: string | null;
}

/**
 * What the agent gets back from a start, a resume or "Forgot PIN?" when Circle's window runs on the customer screen:
 * the case and the token's expiry, and neither the user token nor the encryption key.
 */
export interface HandedOverSession {
  caseId: string;
  challengeId: string;
  tokenExpiresAt: string;
  shownOn: 'customer-screen';
}

/** A started case as the agent's window receives it: the session to run here, or handed over to the customer screen. */
export type StartedSession = ChallengeSession | HandedOverSession;

export function isHandedOver(session: StartedSession): session is HandedOverSession {
  return 'shownOn' in session && session.shownOn === 'customer-screen';
}

/** What the customer window says about Circle's window beyond the SDK's outcomes. */
export type CustomerWindowReport = SdkOutcome | { kind: 'shown' } | { kind: 'window-gone' };

/** Main → the agent's window (`customerScreen:changed`): what happened on the customer screen. */
export type CustomerScreenEvent =
  | { type: 'status'; status: CustomerScreenStatus }
  /** Circle's window on the customer screen is up, was closed by the customer, or went after an ending error. */
  | { type: 'window'; caseId: string; window: 'open' | 'closed' | 'gone' }
  | { type: 'sdk-outcome'; caseId: string; outcome: SdkOutcome }
  /** The customer window got a fresh token (after 155104/155105) and runs the same challenge again. */
  | { type: 'session'; session: HandedOverSession }
  /** "Forgot PIN?" on the customer screen: the reset was closed as abandoned and this recovery opened. */
  | { type: 'moved-to-recovery'; fromCaseId: string; userId: string; session: HandedOverSession }
  /** "Forgot PIN?" closed the reset, but the recovery did not start. */
  | { type: 'recovery-failed'; fromCaseId: string; userId: string; error: IpcError };

/**
 * What the customer window shows (`customerWindow:showing`, and pushed on `customerWindow:changed`): a neutral idle
 * screen, a case being prepared, or a case with the session Circle's window runs with. `run` grows with every new
 * session for the window (a start, a reopen, a fresh token), so the window knows when to run Circle's window again.
 */
export type CustomerWindowView =
  | { kind: 'idle'; greeting: string; language: CustomerLanguage }
  | { kind: 'starting'; greeting: string; language: CustomerLanguage; flow: ConsoleFlow }
  | {
      kind: 'case';
      greeting: string;
      /** The words' language: the case's (idle: the default from Settings). */
      language: CustomerLanguage;
      flow: ConsoleFlow;
      caseId: string;
      run: number;
      session: ChallengeSession;
      status: ChallengeStatus;
      /** Whether the challenge ran out of time (EXPIRED, or FAILED with 155121). */
      expired: boolean;
    };

export const defaultGreeting = 'Welcome.';
export const greetingMaxLength = 80;
