// The guidance for a challenge made elsewhere: Circle's own message as the headline (a developer compares it with
// what their backend sees), and Circle's table's advice as for a reset, except where that advice would be wrong
// here — PIN Desk cannot renew a pasted token, fetch a matching key, nor make a fresh challenge.
import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import { circleErrorCodes, renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import type { ActiveCase } from '../live-case/live-case-state';

/** The guidance panel's content (OutcomeGuidance's shape). */
interface Guidance {
  headline: string;
  tellCustomer: string;
  nextStep: string;
  code: number | null;
}

const completedHeadlines: Readonly<Record<string, string>> = {
  CHANGE_PIN: 'The PIN was changed.',
  RESTORE_PIN: 'The account is recovered with a new PIN.',
};

const madeElsewhere = 'The challenge was made by your backend: to try again, make a new one there and execute it.';
const pasteNewPair =
  'PIN Desk cannot make a token for a user it does not know: paste a new user token and encryption key from your backend.';

/** Where a pasted challenge's next step differs from the console's own flows'. */
const executedNextSteps: Readonly<Record<number, string>> = {
  [circleErrorCodes.userTokenExpired]: pasteNewPair,
  [circleErrorCodes.userTokenInvalid]: pasteNewPair,
  [circleErrorCodes.encryptionKeyMismatch]:
    'Execute again with the encryption key that came with this user token (the same POST /v1/w3s/users/token answer).',
  [circleErrorCodes.unknownAppId]:
    'Execute runs with the active environment’s App ID: make the token and challenge with this environment’s API key.',
  [circleErrorCodes.challengeNotFound]:
    'Check the challenge ID, and that the token is for the user the challenge was made for.',
};

/** What happened and what to do next for an executed case; `code` is the one that best explains where it stands. */
export function executedGuidance(state: ActiveCase, code: number | null): Guidance | null {
  if (state.status === 'COMPLETE') {
    const type = state.challengeType ?? 'the';
    return {
      headline: completedHeadlines[type] ?? `Circle completed the ${type} challenge.`,
      tellCustomer: 'It is done; nobody at our desk has seen what you typed.',
      nextStep: 'Check what your backend sees for the challenge, then close the case.',
      code: null,
    };
  }
  if (code === null) return null;
  return executedAdvice(code, state.status === 'FAILED' || state.status === 'EXPIRED');
}

/**
 * Circle's advice for `code` on an executed challenge. `ended`: the challenge cannot go on, so any next try is a new
 * challenge, which only the developer's backend can make.
 */
export function executedAdvice(code: number, ended: boolean): Guidance {
  const guidance = agentGuidance(code);
  const base = { headline: guidance.circleMessage, tellCustomer: guidance.tellCustomer, code };
  const nextStep = executedNextSteps[code];
  if (nextStep && (renewableTokenCodes.includes(code) || !ended)) return { ...base, nextStep };
  return { ...base, nextStep: ended ? madeElsewhere : guidance.nextStep };
}
