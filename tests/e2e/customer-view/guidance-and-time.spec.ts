// Issue 15 §3–§4: guidance follows the live case, and every time on screen is right.
import type { Page } from '@playwright/test';
import { clickThatMayClose } from '../../support/browser/closing-input';
import {
  answer,
  customerChangesPin,
  expectReadyForNextCustomer,
  expectStatus,
  hostedUi,
  lookUp,
  seededPin,
  startReset,
} from '../../support/browser/console-steps';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { emulatorControl } from '../../support/emulator-controls';
import { expect, test } from '../test-bed-fixture';

const recommendation = (page: Page) => page.getByTestId('recommendation');
const guidance = (page: Page) => page.getByRole('region', { name: 'What to tell the customer' });

test('after "Forgot PIN?" the guidance is recovery’s, not the reset’s', async ({ testBed }) => {
  const { page } = testBed;
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await expect(recommendation(page)).toContainText('type your current PIN');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  await clickThatMayClose(page, hostedUi(page).getByRole('link', { name: 'Forgot PIN?' }));
  await expect(page.getByRole('heading', { name: 'Account recovery' })).toBeVisible();
  // The path folds to what is running now; the case's script is recovery's.
  await expect(recommendation(page)).toHaveAttribute('data-path', 'recovery');
  await expect(guidance(page)).toContainText('answer your security questions');
  await expect(guidance(page)).not.toContainText('current PIN');
});

test('while following, the guidance is the follow wording; a finished challenge is not offered to follow', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  const { userToken, encryptionKey, challengeId } = await challengeMadeElsewhere(emulator, 'user-knows-pin');

  await lookUp(page, 'user-knows-pin');
  const listed = page.getByTestId('open-challenge');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('PIN change');
  await expect(listed).toContainText('from the customer’s app, first seen');
  await page.getByRole('button', { name: `Follow challenge ${challengeId}` }).click();
  await expect(recommendation(page)).toHaveAttribute('data-path', 'follow');
  await expect(guidance(page)).toContainText('In your app');
  await expect(guidance(page)).not.toContainText('window');

  const customer = { challengeId, userToken };
  emulator.challengeSteps.open({ ...customer, encryptionKey, appId: emulator.appId });
  await emulator.challengeSteps.verifyCurrentPin(customer, '111112');
  // A wrong PIN while following shows as it happens.
  await expect(page.getByText(/Wrong PIN entered 1 time; 3 tries left/)).toBeVisible();
  await emulator.challengeSteps.verifyCurrentPin(customer, seededPin);
  await emulator.challengeSteps.completeWithNewPin(customer, '390517', '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(guidance(page)).toHaveAttribute('data-outcome', 'success');
  // The lookup was read again: the completed challenge is no longer listed as open with a Follow button.
  await expect(page.getByRole('button', { name: `Follow challenge ${challengeId}` })).toHaveCount(0);
  await expect(page.getByTestId('open-challenge')).toHaveCount(0);
});

test('when a lock’s time passes (both clocks moved) the lookup refreshes by itself and the advice changes', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await page.clock.install();
  await page.reload();
  await lookUp(page, 'user-pin-locked');
  await answer(page, 'Yes', 'No');
  await expect(recommendation(page)).toHaveAttribute('data-path', 'wait');
  // One clock: the lookup's time and the recommendation's agree, and neither is stale.
  const times = () =>
    page.evaluate(() => [
      document.querySelector('.lookup-panel')?.textContent?.match(/in (\d+) min/)?.[1],
      document.querySelector('[data-testid="recommendation"]')?.textContent?.match(/Unlocks [^,]+, in (\d+) min/)?.[1],
      document.querySelector('[data-testid="recommendation-countdown"]')?.textContent,
    ]);
  const [lookupMinutes, adviceMinutes, countdown] = await times();
  expect(lookupMinutes).toMatch(/^\d$/);
  expect(adviceMinutes).toBe(lookupMinutes);
  expect(countdown).toMatch(/^\d:\d{2} left$/);
  // On screen: Circle's own ISO times stay folded away under Details.
  await expect(page.getByText(/\d{4}-\d{2}-\d{2}T/).filter({ visible: true })).toHaveCount(0);

  await emulatorControl(emulator, '/emulator/clock', { advanceSeconds: 6 * 60 });
  await page.clock.fastForward('06:00');
  await expect(page.getByTestId('pin-status')).toHaveText('Enabled');
  await expect(recommendation(page)).toHaveAttribute('data-path', 'reset');
  await expect(page.getByRole('button', { name: 'Start PIN reset' })).toBeEnabled();
});

test('the token countdown shows while the case runs and goes when it ends; outcomes say what to do next', async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await expect(page.getByTestId('token-remaining')).toHaveText(/^(59|60):\d{2} left$/);
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByTestId('token-remaining')).toHaveCount(0);
  const guidance = page.getByRole('region', { name: 'What to tell the customer' });
  await expect(guidance).toHaveAttribute('data-outcome', 'success');
  await expect(guidance).toContainText('Done:');
  await guidance.getByRole('button', { name: 'Close case' }).click();
  await expectReadyForNextCustomer(page);
});
