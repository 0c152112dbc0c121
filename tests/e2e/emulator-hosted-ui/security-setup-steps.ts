// What a customer does in the hosted PIN UI after confirming a new PIN on a SET_PIN or INITIALIZE: Circle's four
// set-up screens — the intro, the questions (each with an answer and an optional hint), the summary, and the
// confirmation phrase — with the emulator's English labels unless the test's app localized them.
import { clickThatMayClose } from '../../support/browser/closing-input';
import { sendAndAwaitAnswer } from '../../support/browser/hosted-ui-answer';
import { expect, type SdkPage } from './hosted-ui-fixture';

export interface ChosenQuestion {
  question: string;
  answer: string;
  hint?: string;
}

export interface SetupLabels {
  continue: string;
  question: string;
  answer: string;
  hint: string;
}

export const englishSetupLabels: SetupLabels = {
  continue: 'Continue',
  question: 'Security question',
  answer: 'Answer',
  hint: 'Hint',
};

async function pressContinue(sdkPage: SdkPage, label: string): Promise<void> {
  await sendAndAwaitAnswer(sdkPage.hostedUi, () =>
    clickThatMayClose(sdkPage.page, sdkPage.hostedUi.getByRole('button', { name: label, exact: true })),
  );
}

/** The intro screen: read, go on. */
export async function passSecurityIntro(sdkPage: SdkPage, labels = englishSetupLabels): Promise<void> {
  await expect(sdkPage.hostedUi.locator('h1')).toBeVisible();
  await expect(sdkPage.hostedUi.locator('input, select')).toHaveCount(0);
  await pressContinue(sdkPage, labels.continue);
}

/** The questions screen: each question chosen, answered and (maybe) hinted, then Continue. */
export async function chooseSecurityQuestions(
  sdkPage: SdkPage,
  chosen: readonly ChosenQuestion[],
  labels = englishSetupLabels,
): Promise<void> {
  const { hostedUi } = sdkPage;
  await expect(hostedUi.getByLabel(`${labels.question} 1`)).toBeFocused();
  for (const [index, entry] of chosen.entries()) {
    await hostedUi.getByLabel(`${labels.question} ${index + 1}`).selectOption(entry.question);
    await hostedUi.getByLabel(`${labels.answer} ${index + 1}`).fill(entry.answer);
    await hostedUi.getByLabel(`${labels.hint} ${index + 1}`).fill(entry.hint ?? '');
  }
  await pressContinue(sdkPage, labels.continue);
}

/** The summary and the confirmation: Continue, then the phrase typed into `phraseLabel`, then Continue. */
export async function confirmSecuritySetup(
  sdkPage: SdkPage,
  phrase = 'I agree',
  phraseLabel = `Type "${phrase}" to confirm`,
  labels = englishSetupLabels,
): Promise<void> {
  await expect(sdkPage.hostedUi.locator('.summary')).not.toHaveCount(0);
  await pressContinue(sdkPage, labels.continue);
  await sdkPage.hostedUi.getByLabel(phraseLabel, { exact: true }).fill(phrase);
  await pressContinue(sdkPage, labels.continue);
}

/** All four, in the emulator's English. */
export async function setUpSecurityQuestions(sdkPage: SdkPage, chosen: readonly ChosenQuestion[]): Promise<void> {
  await passSecurityIntro(sdkPage);
  await chooseSecurityQuestions(sdkPage, chosen);
  await confirmSecuritySetup(sdkPage);
}
