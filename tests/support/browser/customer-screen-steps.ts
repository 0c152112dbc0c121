// The customer screen as the tests drive it: the agent turns it on in Settings; the customer page is the second page
// main opens in the same browser.
import type { Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';

/** Settings → Customer screen → `label`, then back to the Customer view. */
export async function chooseCustomerScreen(page: Page, label: string): Promise<void> {
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Settings' }).click();
  const select = page.getByRole('combobox', { name: 'Customer screen' });
  await select.selectOption({ label });
  await expect(select.locator('option:checked')).toHaveText(label);
  await views.getByRole('button', { name: 'Customer' }).click();
}

/** Everything Circle's window could mean in a page: any frame attached, any request to Circle's hosted page. */
export function watchForCircleWindow(page: Page): { frames: string[]; requests: string[] } {
  const seen = { frames: [] as string[], requests: [] as string[] };
  page.on('frameattached', (frame) => seen.frames.push(frame.url() || '(new frame)'));
  page.on('request', (request) => {
    if (request.url().startsWith('https://pw-auth.circle.com')) seen.requests.push(request.url());
  });
  return seen;
}
