// What the developer reads when Circle refuses a pasted token or challenge: Circle's own words, with the code, and
// what such a refusal usually means for a challenge made elsewhere.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import { circleErrorRow } from '../../shared/circle-errors/circle-error-table';
import { CircleCallError } from '../circle/circle-call-error';
import { AgentFailure } from '../failures/agent-failure';
import { flowFailure } from '../failures/flow-failure';

const hints: Readonly<Record<number, { code: string; hint: string }>> = {
  [circleErrorCodes.challengeNotFound]: {
    code: 'unknown-challenge',
    hint: 'A challenge of another user, or one made with another App ID, reads this way: paste the token of the user the challenge was made for.',
  },
  [circleErrorCodes.userTokenExpired]: {
    code: 'token-refused',
    hint: 'Get a new user token and encryption key with POST /v1/w3s/users/token and paste both.',
  },
  [circleErrorCodes.userTokenInvalid]: {
    code: 'token-refused',
    hint: 'A token made with another API key (another App ID or environment) reads this way: check the environment.',
  },
  [circleErrorCodes.userNotFound]: {
    code: 'unknown-user',
    hint: 'The token names a user this environment does not have.',
  },
};

/** Circle's own message for a refusal: what it answered, else its published message for the code. */
export function circleWords(error: CircleCallError, code: number): string {
  return error.message.trim() || circleErrorRow(code)?.message || `Circle error ${code}`;
}

/** A refused read of a pasted challenge with a pasted token, in Circle's words and with the code. */
export function executedRefusal(error: unknown, challengeId: string): AgentFailure {
  if (!(error instanceof CircleCallError) || error.kind !== 'circle' || !error.circle)
    return flowFailure('status', error);
  const { code } = error.circle;
  const known = hints[code];
  return new AgentFailure(
    known?.code ?? 'status-failed',
    `Circle refused challenge ${challengeId} with this user token (${code}): “${circleWords(error, code)}”${known ? ` ${known.hint}` : ''}`,
    error.circle,
  );
}
