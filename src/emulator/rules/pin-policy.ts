// Circle's PIN rules, as its web SDK enforces them: exactly six digits, no repeating (000000) or consecutive
// (123456, 654321) runs, and a confirmation that matches.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';

export type PinProblem = 'not-six-digits' | 'weak' | 'mismatch';

/** Circle's code for each problem; a PIN that is not six digits never leaves Circle's UI, so 155704 covers it. */
export const pinProblemCode: Record<PinProblem, number> = {
  'not-six-digits': circleErrorCodes.weakPin,
  weak: circleErrorCodes.weakPin,
  mismatch: circleErrorCodes.pinMismatch,
};

export function isSixDigits(pin: string): boolean {
  return /^[0-9]{6}$/.test(pin);
}

export function isRepeating(pin: string): boolean {
  return pin.length > 0 && [...pin].every((digit) => digit === pin[0]);
}

export function isConsecutive(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0));
  return steps.length > 0 && (steps.every((step) => step === 1) || steps.every((step) => step === -1));
}

/** The problem with a new PIN, or null when it is acceptable. */
export function checkNewPin(pin: string): PinProblem | null {
  if (!isSixDigits(pin)) return 'not-six-digits';
  if (isRepeating(pin) || isConsecutive(pin)) return 'weak';
  return null;
}

export function checkPinConfirmation(pin: string, confirmation: string): PinProblem | null {
  return pin === confirmation ? null : 'mismatch';
}

/** Answers compare case-insensitively and trimmed, so they are normalised before hashing and before checking. */
export function normaliseAnswer(answer: string): string {
  return answer.trim().toLowerCase();
}

/** Circle's 155705 ("Your hint can't be the same as the answer"), raised by the web SDK's own UI. */
export const hintMatchesAnswerCode = 155705;

/** Whether a question's hint gives its answer away: the same text, compared as answers are. */
export function hintMatchesAnswer(entry: { answer: string; hint?: string }): boolean {
  return (
    entry.hint !== undefined &&
    entry.hint.trim() !== '' &&
    normaliseAnswer(entry.hint) === normaliseAnswer(entry.answer)
  );
}
