// Issue 15 §1–§2: one customer at a time, look up first, and the start buttons say what a lookup ruled out.
import type { Page } from '@playwright/test';
import {
  answer,
  caseStatus,
  customerChangesPin,
  customerLeaves,
  expectStatus,
  lookUp,
  newCustomer,
  seededPin,
  startRecovery,
  startReset,
  takeCustomer,
} from '../../support/browser/console-steps';
import { expect, test } from '../test-bed-fixture';

const recommendation = (page: Page) => page.getByTestId('recommendation');
const startButton = (page: Page, name: 'Start PIN reset' | 'Start account recovery') =>
  page.getByRole('button', { name, exact: true });
const questions = (page: Page) => page.getByRole('radio');

async function timelineOf(page: Page, userId: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await page
    .getByRole('button', { name: new RegExp(`^Open case for ${userId}`) })
    .first()
    .click();
  const text = (await page.getByRole('list', { name: 'Timeline' }).textContent()) ?? '';
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  return text;
}

test('five customers in a row: nothing of one shows for the next, and nothing unasked is logged', async ({
  testBed,
}) => {
  const { page } = testBed;
  // 1. A customer who knows their PIN: lookup, answers, a completed reset.
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await expect(recommendation(page)).toHaveAttribute('data-path', 'reset');
  await startButton(page, 'Start PIN reset').click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('The PIN was changed.')).toBeVisible();

  // 2. A new ID clears the answers, the lookup, the outcome and the guidance at once.
  await takeCustomer(page, 'user-disabled');
  for (const radio of await questions(page).all()) await expect(radio).not.toBeChecked();
  await expect(page.getByText('The PIN was changed.')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Customer / })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What to tell the customer' })).toHaveCount(0);
  await expect(caseStatus(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Look up', exact: true }).click();
  // The previous customer's answers would have said "Recover the account": this one is not a PIN case.
  await expect(recommendation(page)).toHaveAttribute('data-path', 'not-a-reset-case');

  // 3. A locked PIN, started without asking anything: the case logs the questions as not asked.
  await takeCustomer(page, 'user-pin-locked');
  await startRecovery(page, 'user-pin-locked');
  await expect(page.getByRole('heading', { name: 'Account recovery' })).toBeVisible();
  // Circle's window covers the console while it is open (in the app, the menu's shortcut still reaches it).
  await customerLeaves(page, 'Cancel');
  await newCustomer(page, { endRunningCase: true });
  const logged = await timelineOf(page, 'user-pin-locked');
  expect(logged).toContain('knows PIN: not asked, remembers security answers: not asked');

  // 4. Answers locked: recovery is off with its reason; a reset is on.
  await lookUp(page, 'user-answers-locked');
  await expect(startButton(page, 'Start account recovery')).toBeDisabled();
  await expect(page.getByText(/security answers are locked/).first()).toBeVisible();
  await expect(startButton(page, 'Start PIN reset')).toBeEnabled();

  // 5. PIN never set: both starts are off, and the previous lookup is gone.
  await lookUp(page, 'user-no-pin');
  await expect(page.getByRole('heading', { name: 'Customer user-no-pin' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Customer user-answers-locked' })).toHaveCount(0);
  await expect(startButton(page, 'Start PIN reset')).toBeDisabled();
  await expect(startButton(page, 'Start account recovery')).toBeDisabled();
  await expect(page.getByText('This customer has never set a PIN, so there is nothing to reset.')).toBeVisible();
});

test('Enter in User ID runs Look up, never a start; Look up is primary until a lookup, then the recommended start', async ({
  testBed,
}) => {
  const { page } = testBed;
  const lookUpButton = page.getByRole('button', { name: 'Look up', exact: true });
  await expect(lookUpButton).not.toHaveClass(/secondary/);
  await page.getByLabel('User ID', { exact: true }).fill('user-knows-pin');
  await page.getByLabel('User ID', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Customer user-knows-pin' })).toBeVisible();
  const channels = testBed.bridgeTraffic.filter((entry) => entry.direction === 'invoke').map((entry) => entry.channel);
  expect(channels).toContain('customer:lookup');
  expect(channels.filter((channel) => channel.endsWith(':start'))).toEqual([]);

  await expect(lookUpButton).toHaveClass(/secondary/);
  await answer(page, 'No', 'Yes');
  await expect(startButton(page, 'Start account recovery')).not.toHaveClass(/secondary/);
  await expect(startButton(page, 'Start PIN reset')).toHaveClass(/secondary/);
});

test('after a lookup, the starts it rules out are off with the reason; an unknown user is said once', async ({
  testBed,
}) => {
  const { page } = testBed;
  await lookUp(page, 'user-disabled');
  await expect(startButton(page, 'Start PIN reset')).toBeDisabled();
  await expect(startButton(page, 'Start account recovery')).toBeDisabled();
  await expect(page.getByText('This account is disabled, so its PIN cannot be reset.')).toBeVisible();

  await lookUp(page, 'user-pin-locked');
  await expect(startButton(page, 'Start PIN reset')).toBeDisabled();
  await expect(startButton(page, 'Start PIN reset')).toHaveAccessibleDescription(/PIN is locked/);
  await expect(startButton(page, 'Start account recovery')).toBeEnabled();

  // Started without a lookup: main's account check refuses, and says why once, with no Retry that cannot help.
  await startReset(page, 'nobody-by-this-id');
  const said = page.getByText('Circle has no user "nobody-by-this-id" in this environment.');
  await expect(said).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Reset steps' }).getByRole('listitem').first()).toContainText(
    'Account check — Failed',
  );
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  const guidance = page.getByRole('region', { name: 'What to tell the customer' });
  await expect(guidance).toContainText('Tell the customer:');
  await expect(guidance.getByRole('button', { name: 'Close case' })).toBeVisible();
});

test('while a case runs the User ID is fixed; New customer asks first, and yes cancels the case', async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeVisible();
  await expect(page.getByLabel('User ID', { exact: true })).not.toBeEditable();

  await page.getByRole('button', { name: 'New customer' }).click();
  const question = page.getByRole('alertdialog', { name: /End the case in progress\?/ });
  await question.getByRole('button', { name: 'No, keep the case' }).click();
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeVisible();

  // The keyboard shortcut asks the same.
  await page.keyboard.press('Control+Shift+N');
  await question.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(page.getByLabel('User ID', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('User ID', { exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'user-knows-pin' })).toContainText('Cancelled');
});
