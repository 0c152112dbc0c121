// The states `npm run screenshots` pictures, each scenario on a fresh test bed, driven as an agent and a customer
// would (the same steps the browser tests use).
import type { Page } from '@playwright/test';
import { expect } from '../e2e/test-bed-fixture';
import { addColour, lookForm, pasteQuestions, questionsForm, saveLook } from '../support/browser/app-look-steps';
import { clickThatMayClose } from '../support/browser/closing-input';
import {
  answer,
  customerChangesPin,
  customerEnters,
  customerLeaves,
  hostedUi,
  lookUp,
  startRecovery,
  startReset,
} from '../support/browser/console-steps';
import {
  customerEntersOnScreen,
  languagePack,
  pickCustomerLanguage,
  screenTitle,
} from '../support/browser/customer-language-steps';
import { challengeMadeElsewhere } from '../support/challenge-made-elsewhere';
import { injectFault } from '../support/emulator-controls';
import { seededAnswers, seededPin, seededQuestions } from '../support/seeded-customer';
import type { TestBed } from './test-bed';

type Shoot = (name: string) => Promise<void>;

export interface ScreenshotScenario {
  name: string;
  run(bed: TestBed, shoot: Shoot): Promise<void>;
}

const guidance = (page: Page) => page.getByRole('region', { name: 'What to tell the customer' });
const view = (page: Page, name: 'Customer' | 'Cases' | 'Settings') =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();

async function customerAnswersQuestions(page: Page, pet: string, city: string): Promise<void> {
  const frame = hostedUi(page);
  await frame.getByLabel(seededQuestions[0], { exact: true }).fill(pet);
  await frame.getByLabel(seededQuestions[1], { exact: true }).fill(city);
  await clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true }));
  await expect(frame.locator('form[aria-busy="true"]')).toHaveCount(0);
}

const lookups = [
  ['user-knows-pin', 'Yes', 'Yes'],
  ['user-pin-locked', 'Yes', 'No'],
  ['user-answers-locked', 'No', 'Yes'],
  ['user-disabled', null, null],
  ['user-no-pin', null, null],
] as const;

export const screenshotScenarios: ScreenshotScenario[] = [
  {
    name: 'lookups',
    run: async ({ page }, shoot) => {
      await expect(page.getByLabel('User ID', { exact: true })).toBeVisible();
      await shoot('01-start');
      for (const [userId, knowsPin, remembers] of lookups) {
        await lookUp(page, userId);
        await expect(page.getByRole('heading', { name: `Customer ${userId}` })).toBeVisible();
        await shoot(`02-looked-up-${userId}`);
        // No answer changes a disabled account's or an unset PIN's path: nothing is asked.
        if (knowsPin === null || remembers === null) continue;
        await answer(page, knowsPin, remembers);
        await shoot(`02-answered-${userId}`);
      }
      await lookUp(page, 'user-knows-pin');
      await answer(page, 'No', 'No');
      await shoot('02-answered-neither');
    },
  },
  {
    name: 'failed lookups',
    run: async ({ page, emulator }, shoot) => {
      await lookUp(page, 'nobody-here-42');
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shoot('03-lookup-unknown-user');
      await injectFault(emulator, { method: 'GET', path: '/v1/w3s/users/user-knows-pin', status: 500, times: 1 });
      await lookUp(page, 'user-knows-pin');
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shoot('03-lookup-500');
      await injectFault(emulator, { method: 'GET', path: '/v1/w3s/users/user-knows-pin', status: 429, times: 4 });
      await page.getByLabel('User ID', { exact: true }).fill('');
      await lookUp(page, 'user-knows-pin');
      await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
      await shoot('03-lookup-429');
      await injectFault(emulator, { method: 'GET', path: '/v1/w3s/users/user-knows-pin', drop: true, times: 1 });
      await page.getByLabel('User ID', { exact: true }).fill('');
      await lookUp(page, 'user-knows-pin');
      await expect(page.getByRole('alert').first()).toBeVisible();
      await shoot('03-lookup-unreachable');
    },
  },
  {
    name: 'reset: running, window closed, cancelled, done, closed',
    run: async ({ page }, shoot) => {
      await lookUp(page, 'user-knows-pin');
      await answer(page, 'Yes', 'Yes');
      await page.getByRole('button', { name: 'Start PIN reset' }).click();
      await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
      await shoot('04-reset-running-window-open');
      await customerLeaves(page, 'Cancel');
      await expect(guidance(page)).toBeVisible();
      await shoot('05-reset-customer-closed-window');
      await page.getByRole('button', { name: /^(Cancel case|Stop)/ }).click();
      const dialog = page.getByRole('alertdialog');
      if (await dialog.isVisible().catch(() => false)) await dialog.getByRole('button').first().click();
      await shoot('06-reset-cancelled');
      await lookUp(page, 'user-knows-pin');
      await expect(page.getByTestId('open-challenge').first()).toBeVisible();
      await shoot('06-lookup-after-cancel');
      await answer(page, 'Yes', 'Yes');
      await page.getByRole('button', { name: 'Start PIN reset' }).click();
      await customerChangesPin(page, seededPin, '390517');
      await expect(guidance(page)).toHaveAttribute('data-outcome', 'success');
      await shoot('07-reset-done');
      await guidance(page).getByRole('button', { name: 'Close case' }).click();
      await shoot('08-closed');
    },
  },
  {
    name: 'reset: wrong PIN, then locked',
    run: async ({ page }, shoot) => {
      await startReset(page, 'user-knows-pin');
      await customerEnters(page, 'Current PIN', '111112');
      await expect(page.getByText(/Wrong PIN entered 1 time/)).toBeVisible();
      await shoot('09-reset-wrong-pin');
      for (const wrong of ['111113', '111114', '111115']) await customerEnters(page, 'Current PIN', wrong);
      await customerLeaves(page, 'Close');
      await expect(guidance(page)).toBeVisible();
      await shoot('10-reset-pin-locked');
    },
  },
  {
    name: 'reset in Spanish: Circle’s window, a wrong PIN with the line to say',
    run: async ({ page }, shoot) => {
      const es = await languagePack('es');
      await pickCustomerLanguage(page, 'Spanish');
      await startReset(page, 'user-knows-pin');
      await expect(hostedUi(page).getByRole('heading', { level: 1 })).toHaveText(screenTitle(es, 'enterPincode'));
      await shoot('10a-reset-spanish-circle-window');
      await customerEntersOnScreen(page, es, 'enterPincode', '111112', '1 / 3');
      await expect(page.getByTestId('say-in-customer-language')).toBeVisible();
      await shoot('10b-reset-spanish-wrong-pin');
    },
  },
  {
    name: 'reset: challenge expired',
    run: async ({ page, emulator }, shoot) => {
      await startReset(page, 'user-knows-pin');
      await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
      emulator.clock.advance(11 * 60);
      await expect(page.locator('#sdkIframe')).toHaveCount(0, { timeout: 15_000 });
      await expect(guidance(page)).toBeVisible();
      await shoot('11-reset-expired');
    },
  },
  {
    name: 'recovery: running, done',
    run: async ({ page }, shoot) => {
      await lookUp(page, 'user-knows-pin');
      await answer(page, 'No', 'Yes');
      await startRecovery(page, 'user-knows-pin');
      await expect(hostedUi(page).getByLabel(seededQuestions[0], { exact: true })).toBeVisible();
      await shoot('12-recovery-running');
      await customerAnswersQuestions(page, ...seededAnswers);
      await customerEnters(page, 'New PIN', '205813');
      await customerEnters(page, 'Confirm new PIN', '205813');
      await expect(guidance(page)).toHaveAttribute('data-outcome', 'success');
      await shoot('13-recovery-done');
    },
  },
  {
    name: 'following the customer’s own app',
    run: async ({ page, emulator }, shoot) => {
      const { userToken, encryptionKey, challengeId } = await challengeMadeElsewhere(emulator, 'user-knows-pin');
      await lookUp(page, 'user-knows-pin');
      await expect(page.getByTestId('open-challenge')).toHaveCount(1);
      await shoot('14-lookup-customer-challenge');
      await page.getByRole('button', { name: `Follow challenge ${challengeId}` }).click();
      const customer = { challengeId, userToken };
      emulator.challengeSteps.open({ ...customer, encryptionKey, appId: emulator.appId });
      await emulator.challengeSteps.verifyCurrentPin(customer, '111112');
      await expect(page.getByText(/Wrong PIN entered 1 time/)).toBeVisible();
      await shoot('14-following');
      await emulator.challengeSteps.verifyCurrentPin(customer, seededPin);
      await emulator.challengeSteps.completeWithNewPin(customer, '390517', '390517');
      await expect(guidance(page)).toHaveAttribute('data-outcome', 'success');
      await shoot('15-followed-done');
    },
  },
  {
    name: 'start refused, Cases, Overview, Settings',
    run: async ({ page }, shoot) => {
      await startReset(page, 'user-disabled');
      await expect(guidance(page)).toBeVisible();
      await shoot('16-start-refused');
      await startReset(page, 'user-knows-pin');
      await customerChangesPin(page, seededPin, '390517');
      await expect(guidance(page)).toHaveAttribute('data-outcome', 'success');
      await view(page, 'Cases');
      await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
      await shoot('17-cases');
      await page
        .getByRole('button', { name: /^Open case for/ })
        .first()
        .click();
      await shoot('17-case-open');
      await view(page, 'Cases');
      await page.getByRole('radio', { name: 'Overview' }).check();
      const perDayBars = page.getByRole('region', { name: 'Cases per day' }).getByRole('listbox');
      await expect(perDayBars).toBeVisible();
      await shoot('17-overview');
      // A bar chosen with the keyboard: highlighted, its tooltip, its words under the chart.
      await perDayBars.focus();
      await page.keyboard.press('ArrowRight');
      await shoot('17-overview-bar');
      await view(page, 'Settings');
      await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
      await shoot('18-settings');
    },
  },
  {
    name: 'Settings: security questions, Circle’s window, preview',
    run: async ({ page }, shoot) => {
      await view(page, 'Settings');
      // A pasted list with one wrong entry: named beside itself, the rest kept.
      await pasteQuestions(page, [
        { question: 'Your first car?', type: 'TEXT' },
        { question: 'When did you marry?', type: 'DAY' },
        { question: 'The street you grew up on?', type: 'TEXT' },
      ]);
      const questions = questionsForm(page);
      await expect(questions.getByLabel('Question 2', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await questions.scrollIntoViewIfNeeded();
      await shoot('19-settings-questions-wrong-entry');
      await questions.getByLabel('Type of question 2').selectOption('DATE');
      await questions.getByRole('button', { name: 'Save questions' }).click();
      await expect(questions.getByText('Saved: your app’s questions.')).toBeVisible();
      await addColour(page, 'mainBtnBg', '#7c2d12');
      await addColour(page, 'bg', '#fdf6e3');
      await saveLook(page);
      await page.getByRole('button', { name: 'Show preview' }).click();
      const preview = page.frameLocator('iframe[title="Preview of Circle’s window"]');
      await expect(preview.getByLabel('New PIN', { exact: true })).toBeVisible();
      await lookForm(page).scrollIntoViewIfNeeded();
      await shoot('19-settings-circle-window-preview');
    },
  },
];
