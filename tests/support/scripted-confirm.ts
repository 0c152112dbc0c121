// Main's yes/no dialog, answered from a script: what unit tests and the browser test bed give main in place of
// Electron's message box.
import type { ConfirmationQuestion, ConfirmPort } from '../../src/main/settings/base-url-change';

export interface ScriptedConfirm extends ConfirmPort {
  /** Every question main asked, oldest first. */
  readonly asked: ConfirmationQuestion[];
  /** Answers for the next questions, taken in order; with none left the answer is no (the dialog's safe default). */
  readonly answers: boolean[];
}

export function scriptedConfirm(): ScriptedConfirm {
  const asked: ConfirmationQuestion[] = [];
  const answers: boolean[] = [];
  return {
    asked,
    answers,
    confirm: async (question) => {
      asked.push(question);
      return answers.shift() ?? false;
    },
  };
}
