// Settings as the tests drive it: choose an environment to edit, save its connection, switch to it.
import type { Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
}

/** Chooses which environment's settings are shown; never switches. */
export async function chooseEnvironment(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await expect(page.getByRole('heading', { name: label, level: 4 })).toBeVisible();
}

/** The connection form's one Save: base URL and key checked together. */
export async function saveConnection(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

export async function switchTo(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Switch to ${label}` }).click();
  await expect(page.getByTestId('active-environment')).toHaveText(label);
}

/** Saving a key never switches environment by itself: the agent switches with "Switch to …" as a step of its own. */
export async function saveKeyThenSwitch(page: Page, label: string): Promise<void> {
  const active = page.getByTestId('active-environment');
  const before = (await active.textContent()) ?? '';
  await saveConnection(page);
  await expect(page.getByTestId('key-status')).toContainText('Key ending');
  await expect(active).toHaveText(before);
  await switchTo(page, label);
}
