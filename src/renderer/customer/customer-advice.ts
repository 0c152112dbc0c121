// What to tell the customer now: the recommendation before a case, and the running case's own words during one
// (after "Forgot PIN?" the recovery's; while following, the customer's own app, not "the window that opens").
import type { Recommendation } from '../../shared/lookup/path-recommendation';
import { isFinished, type LiveCaseState } from '../live-case/live-case-state';

export interface CustomerAdvice {
  /** `follow` while following a customer's own challenge, `execute` while executing one made elsewhere. */
  path: Recommendation['path'] | 'follow' | 'execute';
  title: string;
  reason: string;
  tellCustomer: string;
  waitUntil: string | null;
}

const liveAdvice = {
  reset: {
    path: 'reset',
    title: 'PIN reset in progress',
    reason: 'The customer confirms their current PIN in Circle’s window, then chooses a new one.',
    tellCustomer: 'In the PIN window, type your current PIN, then your new PIN twice. I will not see the digits.',
  },
  recovery: {
    path: 'recovery',
    title: 'Account recovery in progress',
    reason: 'The customer answers their security questions in Circle’s window, then sets a new PIN.',
    tellCustomer: 'In the PIN window, answer your security questions, then choose a new PIN twice.',
  },
  followed: {
    path: 'follow',
    title: 'Following the customer’s own app',
    reason: 'The customer runs the change in their wallet app; the console shows each step as Circle reports it.',
    tellCustomer:
      'In your app, follow the steps to change your PIN. I can see how it is going from here, never your PIN.',
  },
  executed: {
    path: 'execute',
    title: 'Executing a challenge made elsewhere',
    reason: 'Circle’s window runs the challenge your backend made, with the user token you pasted.',
    tellCustomer: 'In the PIN window, follow the steps. I will not see the digits.',
  },
} as const;

export function customerAdvice(recommendation: Recommendation, state: LiveCaseState): CustomerAdvice {
  if (state.phase === 'starting' || (state.phase === 'active' && !isFinished(state.status))) {
    return { ...liveAdvice[state.flow], waitUntil: null };
  }
  return {
    path: recommendation.path,
    title: recommendation.title,
    reason: recommendation.reason,
    tellCustomer: recommendation.tellCustomer,
    waitUntil: recommendation.waitUntil,
  };
}
