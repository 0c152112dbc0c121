// The guidance for a challenge made elsewhere: Circle's own message as the headline (a developer compares it with
// what their backend sees), and Circle's table's advice as for a reset, except where that advice would be wrong
// here — PIN Desk cannot renew a pasted token, fetch a matching key, nor make a fresh challenge.
import { agentGuidance } from '../../shared/circle-errors/agent-guidance';
import { circleErrorCodes, renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import type { ActiveCase } from '../live-case/live-case-state';

/** The guidance panel's content, as outcome-guidance.ts shapes it (not imported: it imports this file). */
interface GuidanceLike {
  kind: 'success' | 'action' | 'failure' | 'progress';
  headline: string | null;
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

/** An executed challenge that completed: what it was for. */
export function executedCompletion(state: ActiveCase): GuidanceLike {
  const type = state.challengeType ?? 'the';
  return {
    kind: 'success',
    headline: completedHeadlines[type] ?? `Circle completed the ${type} challenge.`,
    tellCustomer: 'It is done; nobody at our desk has seen what you typed.',
    nextStep: 'Check what your backend sees for the challenge, then close the case.',
    code: null,
  };
}

/**
 * The console's guidance for `base.code`, made right for a challenge made elsewhere. `ended`: the challenge cannot go
 * on, so any next try is a new challenge, which only the developer's backend can make.
 */
export function forExecuted<G extends GuidanceLike>(base: G, ended: boolean): G {
  if (base.code === null) return base;
  const renewable = renewableTokenCodes.includes(base.code);
  const nextStep = executedNextSteps[base.code];
  return {
    ...base,
    // Circle's words, where the console would say them (a start's refusal already says them in its alert).
    headline: base.headline === null ? null : agentGuidance(base.code).circleMessage,
    ...(renewable ? { kind: 'action' as const } : {}),
    nextStep: nextStep && (renewable || !ended) ? nextStep : ended ? madeElsewhere : base.nextStep,
  };
}
