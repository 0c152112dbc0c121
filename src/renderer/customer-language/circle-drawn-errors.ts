// The errors Circle's page draws in its own English (no `Localizations` key exists for them) that the customer fixes
// in the same window: for these the agent gets a line to say in the customer's language.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { CircleDrawnErrorLines } from './language-pack';

const drawnByCircle: Readonly<Record<number, keyof CircleDrawnErrorLines>> = {
  [circleErrorCodes.wrongPin]: 'wrongPin',
  [circleErrorCodes.wrongAnswers]: 'wrongAnswers',
  [circleErrorCodes.pinMismatch]: 'pinMismatch',
  [circleErrorCodes.weakPin]: 'weakPin',
};

/** Which line of a pack explains this Circle code, if Circle's window draws it in English. */
export function circleDrawnError(code: number | null): keyof CircleDrawnErrorLines | null {
  return code === null ? null : (drawnByCircle[code] ?? null);
}
