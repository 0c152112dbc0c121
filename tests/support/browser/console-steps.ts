export { seededPin } from '../seeded-customer';

// What the agent and the customer do in the console, as the tests script it.
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';
import { clickThatMayClose } from './closing-input';
import { sendAndAwaitAnswer } from './hosted-ui-answer';

export function hostedUi(page: Page): FrameLocator {
  return page.frameLocator('#sdkIframe');
}

/**
 * The agent takes a customer: types the ID (ending any case still running first, as "New customer" does, since the
 * User ID is fixed while a case runs).
 */
export async function takeCustomer(page: Page, userId: string): Promise<void> {
  const field = page.getByLabel('User ID', { exact: true });
  if (!(await field.isEditable())) await newCustomer(page, { endRunningCase: true });
  // An ended case still on screen is put away first, as the agent's Close case (or New customer) does.
  else if ((await caseStatus(page).count()) > 0) await newCustomer(page);
  await field.fill(userId);
}

/** "New customer"; with a case running, answers "End the case in progress?" as told. */
export async function newCustomer(page: Page, options: { endRunningCase?: boolean } = {}): Promise<void> {
  await page.getByRole('button', { name: 'New customer' }).click();
  const question = page.getByRole('alertdialog', { name: /End the case in progress\?/ });
  if (options.endRunningCase) await question.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(page.getByLabel('User ID', { exact: true })).toBeEditable();
}

export async function lookUp(page: Page, userId: string): Promise<void> {
  await takeCustomer(page, userId);
  await page.getByRole('button', { name: 'Look up', exact: true }).click();
}

export async function startReset(page: Page, userId: string): Promise<void> {
  await takeCustomer(page, userId);
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
}

export async function startRecovery(page: Page, userId: string): Promise<void> {
  await takeCustomer(page, userId);
  await page.getByRole('button', { name: 'Start account recovery' }).click();
}

/** The two questions, answered as the customer said. */
export async function answer(page: Page, knowsPin: 'Yes' | 'No', remembersAnswers: 'Yes' | 'No'): Promise<void> {
  await page.getByRole('group', { name: 'Customer knows their current PIN?' }).getByLabel(knowsPin).check();
  await page
    .getByRole('group', { name: 'Customer remembers their security answers?' })
    .getByLabel(remembersAnswers)
    .check();
}

/** Settings → "Show developer details" for the environment shown, then back to the Customer view. */
export async function showDeveloperDetails(page: Page, show: boolean): Promise<void> {
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Show developer details' }).setChecked(show);
  await expect(page.getByRole('checkbox', { name: 'Show developer details' })).toBeChecked({ checked: show });
  await views.getByRole('button', { name: 'Customer' }).click();
}

/** The customer types into Circle's window and presses Continue; waits for the hosted UI's answer. */
export async function customerEnters(page: Page, label: string, value: string): Promise<void> {
  const frame = hostedUi(page);
  await frame.getByLabel(label, { exact: true }).fill(value);
  await sendAndAwaitAnswer(frame, () =>
    clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true })),
  );
}

/** The customer leaves Circle's window: Cancel on a PIN screen, Close on a screen that explains an error. */
export async function customerLeaves(page: Page, button: 'Cancel' | 'Close'): Promise<void> {
  await clickThatMayClose(page, hostedUi(page).getByRole('button', { name: button, exact: true }));
}

export async function customerChangesPin(page: Page, current: string, next: string): Promise<void> {
  await customerEnters(page, 'Current PIN', current);
  await customerEnters(page, 'New PIN', next);
  await customerEnters(page, 'Confirm new PIN', next);
}

/** Circle's challenge statuses as the agent's screen words them (the words are checked as well as the status). */
const statusWords = {
  PENDING: 'Not opened yet',
  IN_PROGRESS: 'In progress',
  COMPLETE: 'Complete',
  FAILED: 'Failed',
  EXPIRED: 'Expired',
} as const;

/** The case on screen has reached Circle's `status`, shown to the agent in words. */
export async function expectStatus(page: Page, status: keyof typeof statusWords): Promise<void> {
  const region = caseStatus(page);
  await expect(region).toHaveAttribute('data-status', status);
  await expect(region).toHaveText(statusWords[status]);
}

export function caseStatus(page: Page) {
  return page.getByRole('status', { name: 'Case status' });
}

/** No case on screen any more, the customer cleared, and focus in User ID, ready for the next customer. */
export async function expectReadyForNextCustomer(page: Page): Promise<void> {
  await expect(caseStatus(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Customer / })).toHaveCount(0);
  await expect(page.getByLabel('User ID', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('User ID', { exact: true })).toBeFocused();
}

/** Cancel case, and yes to what the console says it really means (Circle has no cancel). */
export async function cancelCase(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cancel case' }).click();
  const question = page.getByRole('alertdialog', { name: /Cancel this case\?/ });
  await expect(question).toContainText('stays open until it expires');
  await question.getByRole('button', { name: 'Yes, cancel the case' }).click();
  await expectReadyForNextCustomer(page);
}

/** Every challenge the emulator holds for a user, straight from its state. */
export function challengesOf(
  emulator: { exportState(): { challenges: { userId: string; id: string }[] } },
  userId: string,
) {
  return emulator.exportState().challenges.filter((challenge) => challenge.userId === userId);
}
