export { seededPin } from '../seeded-customer';

// What the agent and the customer do in the console, as the tests script it.
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';
import { clickThatMayClose } from './closing-input';

export function hostedUi(page: Page): FrameLocator {
  return page.frameLocator('#sdkIframe');
}

export async function startReset(page: Page, userId: string): Promise<void> {
  await page.getByLabel('User ID', { exact: true }).fill(userId);
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
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
