import { circleErrorCodes } from './circle-error-codes';
import { circleErrorRow } from './circle-error-table';

/** What the agent sees for a Circle error: what happened, what to say, what to do. */
export interface AgentGuidance {
  code: number;
  /** Circle's own message for the code, so agents and Circle support speak the same words. */
  circleMessage: string;
  whatHappened: string;
  tellCustomer: string;
  nextStep: string;
}

type Advice = Omit<AgentGuidance, 'code' | 'circleMessage'>;

// Hand-written for the codes a PIN reset or recovery actually meets; every other code falls back to Circle's own
// description from the table.
const pinFlowAdvice: Readonly<Record<number, Advice>> = {
  [circleErrorCodes.userNotFound]: {
    whatHappened: 'Circle has no user with this ID in this environment.',
    tellCustomer: 'We could not find your wallet account with the details we have.',
    nextStep: 'Check the user ID (and that you are on the right environment) and look the customer up again.',
  },
  [circleErrorCodes.userTokenExpired]: {
    whatHappened: 'The session token expired (tokens last 60 minutes).',
    tellCustomer: 'Your secure session timed out; we will open a new one.',
    nextStep: 'PIN Desk gets a new token by itself; if this stays, start the flow again.',
  },
  [circleErrorCodes.userTokenInvalid]: {
    whatHappened: 'Circle rejected the session token as invalid.',
    tellCustomer: 'Something went wrong with the secure session; we will start a fresh one.',
    nextStep: 'Start the flow again; it will request a new token.',
  },
  [circleErrorCodes.userDisabled]: {
    whatHappened: 'The account is disabled.',
    tellCustomer: 'Your account is disabled, so the PIN cannot be reset right now.',
    nextStep: 'This is not a PIN case: escalate to the team that manages account status.',
  },
  [circleErrorCodes.pinNotSet]: {
    whatHappened: 'The customer has never set a PIN.',
    tellCustomer: 'Your wallet has no PIN yet, so there is nothing to reset.',
    nextStep: 'Ask the customer to finish setting up their wallet in the app; this is not a reset case.',
  },
  [circleErrorCodes.securityQuestionsNotSet]: {
    whatHappened: 'The customer never set security questions, so recovery is not possible.',
    tellCustomer: 'Your account has no security questions, so we cannot recover it that way.',
    nextStep:
      'Recovery needs security answers; if the PIN is also forgotten, explain that the account cannot be recovered.',
  },
  [circleErrorCodes.wrongPin]: {
    whatHappened: 'The current PIN the customer entered is wrong.',
    tellCustomer: 'That PIN was not right. Take your time; you have a limited number of tries before a 30-minute lock.',
    nextStep: 'Let the customer try again in the same window. If they do not know it, switch to account recovery.',
  },
  [circleErrorCodes.wrongAnswers]: {
    whatHappened: 'The security answers were wrong.',
    tellCustomer: 'One or more answers did not match. Answers are not case-sensitive; please try again.',
    nextStep: 'Let the customer try again; too many wrong tries lock the answers for 30 minutes.',
  },
  [circleErrorCodes.encryptionKeyMismatch]: {
    whatHappened: 'The encryption key does not belong to the session token.',
    tellCustomer: 'Something went wrong setting up the secure session; we will start again.',
    nextStep: 'Start the flow again so PIN Desk fetches a matching token and key.',
  },
  [circleErrorCodes.pinLocked]: {
    whatHappened: 'The PIN is locked after too many wrong tries.',
    tellCustomer: 'For your security your PIN is locked for a while. You can try again after the unlock time.',
    nextStep: 'Wait for the unlock time, or start account recovery if the customer remembers their security answers.',
  },
  [circleErrorCodes.answersLocked]: {
    whatHappened: 'The security answers are locked after too many wrong tries.',
    tellCustomer: 'For your security, answering is locked for a while. You can try again after the unlock time.',
    nextStep: 'Wait for the unlock time shown, then try recovery again.',
  },
  [circleErrorCodes.challengeExpired]: {
    whatHappened: 'The challenge expired before the customer finished.',
    tellCustomer: 'That attempt timed out. We can start a fresh one whenever you are ready.',
    nextStep: 'Start a fresh challenge when the customer is ready, or close the case.',
  },
  [circleErrorCodes.customerCancelled]: {
    whatHappened: 'The customer closed the PIN window.',
    tellCustomer: 'The PIN window was closed. We can open it again whenever you are ready.',
    nextStep: 'Resume the same challenge, or restart with a new one.',
  },
  [circleErrorCodes.pinMismatch]: {
    whatHappened: 'The new PIN and its confirmation did not match.',
    tellCustomer: 'The two new PINs were different. Please enter the same six digits twice.',
    nextStep: 'The customer re-enters the new PIN in the same window.',
  },
  [circleErrorCodes.weakPin]: {
    whatHappened: 'The new PIN was too easy to guess (repeating or consecutive digits).',
    tellCustomer: 'Please choose a PIN without repeating (like 111111) or consecutive (like 123456) digits.',
    nextStep: 'The customer picks another PIN in the same window.',
  },
  [circleErrorCodes.sdkNetworkError]: {
    whatHappened: 'The PIN window could not reach Circle (network error or no handshake).',
    tellCustomer: 'We are having trouble opening the secure PIN window. Give us a moment.',
    nextStep: 'Check the connection and try again; if it persists, check the network or proxy settings.',
  },
  [circleErrorCodes.apiKeyNotFound]: {
    whatHappened: 'Circle does not recognise the API key.',
    tellCustomer: 'We have a technical problem on our side; we will get back to you.',
    nextStep: 'Check the API key in Settings (and that it matches the environment).',
  },
};

export function agentGuidance(code: number): AgentGuidance {
  const row = circleErrorRow(code);
  const advice = pinFlowAdvice[code];
  const circleMessage = row?.message ?? `Circle error ${code}`;
  if (advice) return { code, circleMessage, ...advice };
  return {
    code,
    circleMessage,
    whatHappened: row ? row.description : `Circle answered with an error code PIN Desk does not know (${code}).`,
    tellCustomer: 'Something went wrong on our side. We are looking into it.',
    nextStep: row ? 'Follow Circle’s description above; if unsure, escalate with the code.' : 'Escalate with the code.',
  };
}

/** The codes with PIN-flow advice written for them (the unit test checks each exists in Circle's table). */
export const codesWithWrittenAdvice = Object.keys(pinFlowAdvice).map(Number);
