// What a developer does in the Customer view's "Execute a challenge" section, as the tests script it.
import type { Page } from '@playwright/test';
import type { ChallengeMadeElsewhere, PastedPair } from '../challenge-made-elsewhere';

export function executeSection(page: Page) {
  return page.getByRole('region', { name: 'Execute a challenge' });
}

/** Pastes the three fields and presses Execute. */
export async function executeChallenge(page: Page, pasted: ChallengeMadeElsewhere): Promise<void> {
  const section = executeSection(page);
  await section.getByLabel('User token', { exact: true }).fill(pasted.userToken);
  await section.getByLabel('Encryption key', { exact: true }).fill(pasted.encryptionKey);
  await section.getByLabel('Challenge ID', { exact: true }).fill(pasted.challengeId);
  await section.getByRole('button', { name: 'Execute' }).click();
}

/** Answers the console's prompt for a new token after Circle refused the pasted one. */
export async function pasteNewToken(page: Page, pair: PastedPair): Promise<void> {
  await page.getByLabel('New user token', { exact: true }).fill(pair.userToken);
  await page.getByLabel('New encryption key', { exact: true }).fill(pair.encryptionKey);
  await page.getByRole('button', { name: 'Use new token' }).click();
}
