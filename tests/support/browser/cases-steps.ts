// The Cases view as the tests drive it.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../../e2e/test-bed-fixture';

export async function openCasesView(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 2 })).toBeVisible();
}

/** The list's case rows (the header row left out). */
export function caseRows(page: Page): Locator {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: /^Open case for/ }) });
}

/** Types into the search box and waits for the list to answer with `count` rows. */
export async function searchCases(page: Page, text: string, count: number): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  if (count === 0) await expect(page.getByText('No cases match.')).toBeVisible();
  else await expect(caseRows(page)).toHaveCount(count);
}

/** The opened case beside the list. */
export function openedCase(page: Page): Locator {
  return page.getByRole('article', { name: /^Case for/ });
}
