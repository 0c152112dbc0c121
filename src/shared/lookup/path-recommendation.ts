import type { CircleUserRecord, LockDetails } from '../circle/circle-records';

/** The two questions the agent asks the customer; null until answered. */
export interface CustomerAnswers {
  knowsPin: boolean | null;
  remembersAnswers: boolean | null;
}

export const pathKinds = ['reset', 'recovery', 'wait', 'unrecoverable', 'not-a-reset-case', 'ask'] as const;
export type PathKind = (typeof pathKinds)[number];

/** What the console recommended and what the customer said, as a start records it in the case log. */
export interface RecommendationChoice {
  path: PathKind;
  knowsPin: boolean | null;
  remembersAnswers: boolean | null;
}

/** The unlock time is not in `reason`: `waitUntil` carries it, said once beside a countdown. */
export interface Recommendation {
  path: PathKind;
  title: string;
  reason: string;
  tellCustomer: string;
  /** When a lock ends, for the countdown (ISO), if waiting is part of the advice. */
  waitUntil: string | null;
  /** Every start button is off only when nothing can succeed: PIN and answers both forgotten. */
  startsAllowed: boolean;
  /** On the path `ask`: the question whose answer decides now. */
  askNext?: keyof CustomerAnswers;
}

function activeLockEnd(status: string, details: LockDetails, now: Date): string | null {
  if (status !== 'LOCKED') return null;
  const end = details.lockedExpiryDate;
  if (!end) return 'unknown';
  return new Date(end).getTime() > now.getTime() ? end : null;
}

const unrecoverable: Recommendation = {
  path: 'unrecoverable',
  title: 'This account cannot be recovered',
  reason:
    'The customer has forgotten both their PIN and their security answers. Circle has no other way back in: the wallet is permanently locked.',
  tellCustomer:
    'Without your PIN or your security answers, nobody — not us, not Circle — can unlock this wallet. Please check whether you have your answers written down anywhere before we close this.',
  waitUntil: null,
  startsAllowed: false,
};

/**
 * Which path can succeed, from the lookup and the customer's two answers. Pure: the same facts always give the same
 * advice, and each branch has its own unit test.
 */
export function recommendPath(user: CircleUserRecord | null, answers: CustomerAnswers, now: Date): Recommendation {
  // What the lookup says of the account comes first: a disabled account or a PIN never set is not a PIN case, whatever
  // the customer answers (telling them the wallet is lost for good would be wrong).
  if (user?.status === 'DISABLED') {
    return {
      path: 'not-a-reset-case',
      title: 'Not a PIN case: the account is disabled',
      reason: 'A disabled account cannot reset or recover its PIN.',
      tellCustomer: 'Your account is currently disabled. I will pass this to the team that handles account status.',
      waitUntil: null,
      startsAllowed: true,
    };
  }
  if (user?.pinStatus === 'UNSET') {
    return {
      path: 'not-a-reset-case',
      title: 'Not a PIN case: no PIN was ever set',
      reason: 'The customer never finished setting up their wallet, so there is no PIN to reset or recover.',
      tellCustomer:
        'Your wallet setup is not finished yet. Open the app and complete it; you will choose your PIN there.',
      waitUntil: null,
      startsAllowed: true,
    };
  }
  if (answers.knowsPin === false && answers.remembersAnswers === false) return unrecoverable;
  const pinLockEnd = user ? activeLockEnd(user.pinStatus, user.pinDetails, now) : null;
  const answersLockEnd = user ? activeLockEnd(user.securityQuestionStatus, user.securityQuestionDetails, now) : null;
  const canRecover = answers.remembersAnswers === true && answersLockEnd === null;

  if (pinLockEnd !== null) {
    // A locked PIN rules out a reset whatever the first answer: only the answers can still help today.
    if (answers.remembersAnswers === null && answersLockEnd === null) {
      return {
        path: 'ask',
        title: 'Ask about the security answers',
        reason:
          'The PIN is locked, so a reset cannot work now. If the customer remembers their security answers, recovery sets a new PIN today.',
        tellCustomer: 'Your PIN is locked for now. Do you remember the answers to your security questions?',
        waitUntil: pinLockEnd === 'unknown' ? null : pinLockEnd,
        startsAllowed: true,
        askNext: 'remembersAnswers',
      };
    }
    if (canRecover) {
      return {
        path: 'recovery',
        title: 'Recover the account (the PIN is locked)',
        reason: 'The PIN is locked, but the customer remembers their security answers: recovery sets a new PIN now.',
        tellCustomer: 'Your PIN is locked for now, but you can answer your security questions and choose a new PIN.',
        waitUntil: pinLockEnd === 'unknown' ? null : pinLockEnd,
        startsAllowed: true,
      };
    }
    return {
      path: 'wait',
      title: 'Wait for the PIN to unlock',
      reason: `The PIN is locked after too many wrong tries.${answersLockEnd ? ' The security answers are locked too.' : ''}`,
      tellCustomer: 'For your security your PIN is locked for a short while. Please try again after the unlock time.',
      waitUntil: pinLockEnd === 'unknown' ? null : pinLockEnd,
      startsAllowed: true,
    };
  }
  if (answers.knowsPin === true) {
    return {
      path: 'reset',
      title: 'Reset the PIN',
      reason: 'The PIN is enabled and the customer knows it: they confirm it and choose a new one.',
      tellCustomer:
        'In the window that opens, type your current PIN, then your new PIN twice. I will not see the digits.',
      waitUntil: null,
      startsAllowed: true,
    };
  }
  if (answers.knowsPin === false) {
    if (answersLockEnd !== null) {
      return {
        path: 'wait',
        title: 'Wait for the security answers to unlock',
        reason: 'The customer needs recovery, but their security answers are locked.',
        tellCustomer:
          'Answering is locked for a short while after too many tries. Please come back after the unlock time.',
        waitUntil: answersLockEnd === 'unknown' ? null : answersLockEnd,
        startsAllowed: true,
      };
    }
    if (answers.remembersAnswers === true) {
      return {
        path: 'recovery',
        title: 'Recover the account',
        reason:
          'The customer forgot their PIN but remembers their security answers: they answer them and set a new PIN.',
        tellCustomer: 'In the window that opens, answer your security questions, then choose a new PIN twice.',
        waitUntil: null,
        startsAllowed: true,
      };
    }
  }
  return {
    path: 'ask',
    title: 'Ask the customer',
    reason: 'Ask whether they know their current PIN and whether they remember their security answers.',
    tellCustomer: 'Do you know your current PIN? And do you remember the answers to your security questions?',
    waitUntil: null,
    startsAllowed: true,
    askNext: answers.knowsPin === null ? 'knowsPin' : 'remembersAnswers',
  };
}
