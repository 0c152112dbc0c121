export { seededPin } from '../seeded-customer';

// What the agent and the customer do in the console, as the tests script it.
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';
import { clickThatMayClose } from './closing-input';

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
  await clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true }));
  await expect(frame.locator('form[aria-busy="true"]')).toHaveCount(0);
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

export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByRole('status')).toContainText(status);
}

/** Every challenge the emulator holds for a user, straight from its state. */
export function challengesOf(
  emulator: { exportState(): { challenges: { userId: string; id: string }[] } },
  userId: string,
) {
  return emulator.exportState().challenges.filter((challenge) => challenge.userId === userId);
}
