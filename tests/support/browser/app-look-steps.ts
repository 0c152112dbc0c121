// Settings → Security questions and Circle's window as the tests drive them, and what the web SDK handed Circle's page.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';

export function questionsForm(page: Page) {
  return page.getByRole('form', { name: 'Security questions' });
}

export function lookForm(page: Page) {
  return page.getByRole('form', { name: 'Circle’s window' });
}

/** Pastes the app's list as JSON and asks main to read and save it. */
export async function pasteQuestions(page: Page, questions: unknown): Promise<void> {
  const form = questionsForm(page);
  await form.getByLabel('Or paste your app’s list as JSON').fill(JSON.stringify(questions));
  await form.getByRole('button', { name: 'Read JSON and save' }).click();
}

/** Adds a colour row for `key` (the next free key is chosen, then changed to `key`) and types `value`. */
export async function addColour(page: Page, key: string, value: string): Promise<void> {
  const form = lookForm(page);
  const rows = form.getByRole('group', { name: 'Colours' }).getByRole('listitem');
  const before = await rows.count();
  await form.getByRole('button', { name: 'Add colour' }).click();
  await form.getByLabel(`Colour ${before + 1}`).selectOption(key);
  await form.getByLabel(key, { exact: true }).fill(value);
}

export async function saveLook(page: Page): Promise<void> {
  await lookForm(page).getByRole('button', { name: 'Save Circle’s window' }).click();
  await expect(lookForm(page).getByText('Saved: Circle’s window uses it from the next challenge.')).toBeVisible();
}

/**
 * Records, inside every frame, the `customizations` of each hand-over the web SDK posts to Circle's page (its
 * `w3s` message on `onFrameReady`): exactly the values of setCustomSecurityQuestions, setThemeColor and setResources.
 * Observing only: nothing is routed or changed. The session (token, key) is not kept.
 */
export async function recordHandOvers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const kept: unknown[] = [];
    Object.defineProperty(window, '__handOverCustomizations', { value: kept });
    window.addEventListener('message', (event) => {
      const w3s = (event.data as { w3s?: { customizations?: unknown } } | null)?.w3s;
      if (w3s && 'customizations' in w3s) kept.push(JSON.parse(JSON.stringify(w3s.customizations ?? null)));
    });
  });
}

/** The hand-overs Circle's page received so far, read inside its frame. */
export async function handOversReceived(page: Page): Promise<unknown[]> {
  // The SDK's own frame: the settings' preview is a pw-auth.circle.com frame too.
  const frame = await (await page.locator('#sdkIframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('Circle’s window is not open');
  return frame.evaluate(() => (window as unknown as { __handOverCustomizations: unknown[] }).__handOverCustomizations);
}
