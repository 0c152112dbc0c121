// The pasted fields' inline messages: the same rules main's contract applies (executed-challenge-rules.ts), shown as
// the developer presses the button, so nothing malformed is ever sent.
import {
  challengeIdProblem,
  encryptionKeyProblem,
  userTokenProblem,
} from '../../shared/contract/executed-challenge-rules';

export type PastedFieldName = 'userToken' | 'encryptionKey' | 'challengeId';
export type PastedFields = Partial<Record<PastedFieldName, string>>;
export type PastedProblems = Partial<Record<PastedFieldName, string>>;

/** What is wrong with each field given (a field left out is not checked); empty when everything can be sent. */
export function pastedFieldProblems(fields: PastedFields, now: Date): PastedProblems {
  const problems: PastedProblems = {};
  if (fields.userToken !== undefined) {
    const problem = userTokenProblem(fields.userToken, now);
    if (problem) problems.userToken = problem;
  }
  if (fields.encryptionKey !== undefined) {
    const problem = encryptionKeyProblem(fields.encryptionKey);
    if (problem) problems.encryptionKey = problem;
  }
  if (fields.challengeId !== undefined) {
    const problem = challengeIdProblem(fields.challengeId);
    if (problem) problems.challengeId = problem;
  }
  return problems;
}

export function hasProblems(problems: PastedProblems): boolean {
  return Object.keys(problems).length > 0;
}
