// Issue 24 §1 and §5: one "Tell the customer" line at a time and the next step filled, in every state of every
// seeded user; ending a call is one action (Close case, or Cancel case) that leaves the console ready for the next.
import type { Page } from '@playwright/test';
import { clickThatMayClose } from '../../support/browser/closing-input';
import {
  answer,
  cancelCase,
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectReadyForNextCustomer,
  expectStatus,
  hostedUi,
  lookUp,
  seededPin,
  startReset,
} from '../../support/browser/console-steps';
import { sendAndAwaitAnswer } from '../../support/browser/hosted-ui-answer';
import { expectFocusNotLost, expectOneScript } from '../../support/browser/one-script';
import { seededAnswers, seededQuestions } from '../../support/seeded-customer';
import { expect, test } from '../test-bed-fixture';

const guidance = (page: Page) => page.getByRole('region', { name: 'What to tell the customer' });
const path = (page: Page) => page.getByTestId('recommendation');
const lastCase = (page: Page) => page.getByRole('status', { name: 'Last case' });

async function customerAnswers(page: Page, pet: string, city: string) {
  const frame = hostedUi(page);
  await frame.getByLabel(seededQuestions[0], { exact: true }).fill(pet);
  await frame.getByLabel(seededQuestions[1], { exact: true }).fill(city);
  await sendAndAwaitAnswer(frame, () =>
    clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true })),
  );
}

test('a reset from lookup to Close case: one script and the next step at every turn, the path folded meanwhile', async ({
  testBed,
}) => {
  const { page } = testBed;
  await expectOneScript(page, 'Look up');
  await lookUp(page, 'user-knows-pin');
  await expect(page.getByRole('heading', { name: 'Customer user-knows-pin' })).toBeVisible();
  // Asking the two questions is the next step: no button is filled until the customer has answered; the question to
  // ask now is marked instead, the first, then (after a "No", which leaves the path open) the second.
  await expectOneScript(page, { askQuestion: 'Customer knows their current PIN?' });
  const nextQuestion = page.locator('fieldset[data-next]');
  await page.getByRole('group', { name: 'Customer knows their current PIN?' }).getByLabel('No').check();
  await expectOneScript(page, { askQuestion: 'Customer remembers their security answers?' });
  await answer(page, 'Yes', 'Yes');
  await expect(nextQuestion).toHaveCount(0);
  await expectOneScript(page, 'Start PIN reset');

  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  // The path folds to what was chosen; the case speaks, and nothing is filled while the customer types.
  await expect(path(page)).toHaveText('Path: PIN reset — the customer knows their PIN and remembers their answers');
  await expect(page.getByText('In the window that opens')).toHaveCount(0);
  await expect(guidance(page)).toContainText('PIN reset in progress');
  // The one filled button on screen is then the customer's own step, Circle's Continue, drawn over the console.
  await expectOneScript(page, 'customer types in Circle’s window');

  await customerLeaves(page, 'Cancel');
  await expect(guidance(page)).toHaveAttribute('data-outcome', 'action');
  await expectFocusNotLost(page);
  await expectOneScript(page, 'Reopen PIN window');
  await expect(guidance(page)).not.toContainText('PIN reset in progress');

  await page.getByRole('button', { name: 'Reopen PIN window' }).click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(guidance(page)).toContainText('Your new PIN is set');
  await expect(page.getByRole('button', { name: 'Start PIN reset' })).toHaveCount(0);
  await expectOneScript(page, 'Close case');

  // One action: the customer is cleared and focus is in User ID, ready for the next.
  await guidance(page).getByRole('button', { name: 'Close case' }).click();
  await expectReadyForNextCustomer(page);
  await expect(lastCase(page)).toHaveText('Case closed: PIN reset for user-knows-pin, done.');
  await expectOneScript(page, 'Look up');
});

test('a recovery: its own words while it runs, a wrong answer’s words in their place, then Close case', async ({
  testBed,
}) => {
  const { page } = testBed;
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'No', 'Yes');
  await expectOneScript(page, 'Start account recovery');
  await page.getByRole('button', { name: 'Start account recovery' }).click();
  await expect(hostedUi(page).getByLabel(seededQuestions[0], { exact: true })).toBeVisible();
  await expect(guidance(page)).toContainText('Account recovery in progress');
  await expectOneScript(page, 'customer types in Circle’s window');

  await customerAnswers(page, 'pet-1', 'nowhere');
  await expect(guidance(page)).toHaveAttribute('data-outcome', 'action');
  await expect(guidance(page)).not.toContainText('Account recovery in progress');
  await expectOneScript(page, 'customer types in Circle’s window');

  await customerAnswers(page, ...seededAnswers);
  await customerEnters(page, 'New PIN', '205813');
  await customerEnters(page, 'Confirm new PIN', '205813');
  await expectStatus(page, 'COMPLETE');
  await expectOneScript(page, 'Close case');
});

test('every seeded user looked up, asked where answers matter, running, cancelled: one script, the start that can work or New customer', async ({
  testBed,
}) => {
  const { page } = testBed;
  const asked = [
    ['user-pin-locked', 'Yes', 'No', 'New customer'],
    ['user-pin-locked', 'Yes', 'Yes', 'Start account recovery'],
    ['user-answers-locked', 'No', 'Yes', 'New customer'],
    ['user-answers-locked', 'Yes', 'No', 'Start PIN reset'],
    ['user-disabled', null, null, 'New customer'],
    ['user-no-pin', null, null, 'New customer'],
    ['user-knows-pin', 'No', 'No', 'New customer'],
  ] as const;
  let previousUserId = '';
  for (const [userId, knowsPin, remembers, nextStep] of asked) {
    await lookUp(page, userId);
    await expect(page.getByRole('heading', { name: `Customer ${userId}` })).toBeVisible();
    // Looked up: the first question is the next step, unless no answer can change the path (then nothing is asked).
    if (knowsPin === null || remembers === null) {
      await expect(page.locator('fieldset.yes-no')).toHaveCount(0);
    } else {
      // A locked PIN rules out a reset whatever the first answer: the answers are asked about first. (Looking up the
      // same customer again keeps what they answered.)
      const first =
        userId === 'user-pin-locked'
          ? 'Customer remembers their security answers?'
          : 'Customer knows their current PIN?';
      if (userId !== previousUserId) await expectOneScript(page, { askQuestion: first });
      await answer(page, knowsPin, remembers);
    }
    previousUserId = userId;
    await expectOneScript(page, nextStep);
    if (!nextStep.startsWith('Start')) continue;
    // Running, the window closed by the customer, cancelled: one script and the next step throughout.
    await page.getByRole('button', { name: nextStep }).click();
    await expect(hostedUi(page).getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
    await expectOneScript(page, 'customer types in Circle’s window');
    await customerLeaves(page, 'Cancel');
    await expectOneScript(page, 'Reopen PIN window');
    await cancelCase(page);
    await expectOneScript(page, 'Look up');
  }
  // A start main refuses (no lookup first): its reason once, and Close case.
  await startReset(page, 'user-disabled');
  await expect(page.getByRole('alert')).toHaveText('This account is disabled, so its PIN cannot be reset.');
  await expectOneScript(page, 'Close case');
});

test('a reset that locks the PIN: Close case leads, recovery is offered, a fresh reset (which would meet the lock) is not', async ({
  testBed,
}) => {
  const { page } = testBed;
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  for (const wrong of ['111112', '111113', '111114', '111115']) await customerEnters(page, 'Current PIN', wrong);
  await customerLeaves(page, 'Close');
  await expectStatus(page, 'FAILED');
  await expectOneScript(page, 'Close case');
  await expect(page.getByRole('button', { name: 'Start a fresh challenge' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Reset steps' })).not.toContainText('left before');

  await page.getByRole('button', { name: 'Start account recovery' }).click();
  await expect(page.getByRole('heading', { name: 'Account recovery' })).toBeVisible();
  await expect(hostedUi(page).getByLabel(seededQuestions[0], { exact: true })).toBeVisible();
});

test('an expired challenge: Close case leads, a fresh challenge beside it', async ({ testBed }) => {
  const { page, emulator } = testBed;
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  emulator.clock.advance(11 * 60);
  await expectStatus(page, 'FAILED');
  await expect(guidance(page)).toContainText('expired');
  await expectOneScript(page, 'Close case');
  await expect(page.getByRole('button', { name: 'Start a fresh challenge' })).toHaveClass(/secondary/);
});

test('Cancel case says what really happens, then ends where Close case does, the steps reached kept in words', async ({
  testBed,
}) => {
  const { page } = testBed;
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await customerLeaves(page, 'Cancel');
  const cancel = page.getByRole('button', { name: 'Cancel case' });
  await cancel.click();
  const question = page.getByRole('alertdialog', { name: /Cancel this case\?/ });
  await expect(question).toContainText('Circle has no way to cancel a challenge');
  await expect(question).toContainText('nobody at the desk can use it');
  await question.getByRole('button', { name: 'No, keep it' }).click();
  await expect(cancel).toBeFocused();
  await expectStatus(page, 'IN_PROGRESS');

  await cancelCase(page);
  await expect(page.getByRole('button', { name: 'Close case' })).toHaveCount(0);
  await expect(lastCase(page)).toContainText(
    'Case cancelled: PIN reset for user-knows-pin, stopped at “Customer enters PIN”.',
  );
  await expectOneScript(page, 'Look up');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'user-knows-pin' })).toContainText('Cancelled');
});
