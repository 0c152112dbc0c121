// Issue 26 §2 and §3 on the local emulator: the app's own security questions (Settings → Security questions) are what
// the customer chooses from when their app sets a PIN, and what a recovery in the console then asks; the app's theme
// colours (Settings → Circle's window) are what Circle's window shows. The real web SDK, the emulator's hosted page.

import {
  addColour,
  handOversReceived,
  lookForm,
  pasteQuestions,
  questionsForm,
  recordHandOvers,
  saveLook,
} from '../../support/browser/app-look-steps';
import {
  customerEnters,
  expectStatus,
  hostedUi,
  showDeveloperDetails,
  startRecovery,
  startReset,
} from '../../support/browser/console-steps';
import { executeChallenge } from '../../support/browser/execute-steps';
import { openSettings } from '../../support/browser/settings-steps';
import { pinSetUpMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { seriousViolations } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

const car = '¿Cuál fue tu primer coche?';
const wedding = 'When did you marry?';
const street = 'The street you grew up on?';

test('the app’s questions are the ones its customer chooses from, and the ones a recovery asks', async ({
  testBed,
  pageProblems,
}) => {
  const { page, emulator } = testBed;
  await openSettings(page);
  // Pasted with one wrong entry: it is named beside itself, and every entry stays to be fixed in place.
  await pasteQuestions(page, [
    { question: car, type: 'TEXT' },
    { question: wedding, type: 'DAY' },
    { question: street, type: 'TEXT' },
  ]);
  const form = questionsForm(page);
  await expect(form.getByLabel('Question 2', { exact: true })).toHaveValue(wedding);
  await expect(form.getByLabel('Question 2', { exact: true })).toHaveAccessibleDescription(
    /Question 2 has type “DAY”; the SDK's QuestionType is TEXT or DATE/,
  );
  await expect(form.getByLabel('Question 1', { exact: true })).toHaveValue(car);
  await expect(form.getByLabel('Question 3', { exact: true })).toHaveValue(street);
  expect(await seriousViolations(page)).toEqual([]);
  // Pasted text that is no list is named at the JSON field, and the entries being fixed stay.
  const json = form.getByLabel('Or paste your app’s list as JSON');
  await json.fill('[{"question": "Pet?"');
  await form.getByRole('button', { name: 'Read JSON and save' }).click();
  await expect(json).toHaveAccessibleDescription(/Not JSON: /);
  await expect(form.getByLabel('Question 1', { exact: true })).toHaveValue(car);
  await expect(form.getByLabel('Question 3', { exact: true })).toHaveValue(street);
  await form.getByLabel('Type of question 2').selectOption('DATE');
  await form.getByRole('button', { name: 'Save questions' }).click();
  await expect(form.getByText('Saved: your app’s questions.')).toBeVisible();

  // The customer's app sets their first PIN (a SET_PIN its backend made, run in the console's Circle window).
  await recordHandOvers(page.context());
  await showDeveloperDetails(page, true);
  const setUp = await pinSetUpMadeElsewhere(emulator, 'user-no-pin');
  await executeChallenge(page, setUp);
  const frame = hostedUi(page);
  await customerEnters(page, 'New PIN', '246810');
  await customerEnters(page, 'Confirm new PIN', '246810');
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  // Exactly the app's questions, after the emulator's placeholder option.
  await expect(frame.getByLabel('Security question 1').locator('option')).toHaveText([/./, car, wedding, street]);
  expect((await handOversReceived(page)).at(-1)).toMatchObject({
    securityQuestions: {
      questions: [
        { question: car, type: 'TEXT' },
        { question: wedding, type: 'DATE' },
        { question: street, type: 'TEXT' },
      ],
      requiredCount: 2,
    },
  });
  await frame.getByLabel('Security question 1').selectOption(car);
  await frame.getByLabel('Answer 1').fill('Seat 600');
  await frame.getByLabel('Security question 2').selectOption(wedding);
  await frame.getByLabel('Answer 2').fill('2001-06-30');
  await customerEnters(page, 'Hint 2', '');
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await customerEnters(page, 'Type "I agree" to confirm', 'I agree');
  await expectStatus(page, 'COMPLETE');

  // Later the customer forgot the PIN: the console's recovery asks the questions they chose from the app's list.
  await startRecovery(page, 'user-no-pin');
  await expect(frame.getByLabel(car, { exact: true })).toBeVisible();
  await expect(frame.getByLabel(wedding, { exact: true })).toHaveAttribute('type', 'date');
  await frame.getByLabel(car, { exact: true }).fill('seat 600');
  await customerEnters(page, wedding, '2001-06-30');
  await customerEnters(page, 'New PIN', '390517');
  await customerEnters(page, 'Confirm new PIN', '390517');
  await expectStatus(page, 'COMPLETE');
  expect(pageProblems.errors).toEqual([]);
});

test('the app’s theme colours are applied inside Circle’s window; a colour main cannot check is named beside it', async ({
  testBed,
}) => {
  const { page } = testBed;
  await openSettings(page);
  await addColour(page, 'mainBtnBg', 'green; background: url(https://x.example)');
  await addColour(page, 'bg', '#fdf6e3');
  await lookForm(page).getByRole('button', { name: 'Save Circle’s window' }).click();
  const wrong = lookForm(page).getByLabel('mainBtnBg', { exact: true });
  await expect(wrong).toHaveAccessibleDescription(/is not a colour PIN Desk can check/);
  await expect(lookForm(page).getByLabel('bg', { exact: true })).toHaveValue('#fdf6e3');
  await wrong.fill('rgb(10, 110, 60)');
  await saveLook(page);

  await recordHandOvers(page.context());
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  await startReset(page, 'user-knows-pin');
  const frame = hostedUi(page);
  await expect(frame.getByLabel('Current PIN', { exact: true })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toHaveCSS(
    'background-color',
    'rgb(10, 110, 60)',
  );
  await expect(frame.locator('.card')).toHaveCSS('background-color', 'rgb(253, 246, 227)');
  // What setThemeColor was given, and no question list: Circle's defaults, as with no settings at all.
  expect((await handOversReceived(page)).at(-1)).toEqual({
    securityQuestions: { requiredCount: 2 },
    themeColor: { mainBtnBg: 'rgb(10, 110, 60)', bg: '#fdf6e3' },
    resources: {},
    // An English customer: no texts of ours, Circle's own words (the customer's language, issue 26 §1).
    localizations: {},
  });
});
