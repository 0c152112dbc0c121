// The reset view has its own scan in every state (pin-reset/reset-quality.spec.ts); these are the other views.

import { openedCase } from '../support/browser/cases-steps';
import { customerChangesPin, expectStatus, seededPin, startReset } from '../support/browser/console-steps';
import { chooseEnvironment, saveConnection } from '../support/browser/settings-steps';
import { seriousViolations } from './axe-scan';
import { expect, test } from './test-bed-fixture';

for (const scheme of ['light', 'dark'] as const) {
  test(`Cases (list, pills, an opened case) and Settings (the environments, a form with its errors) pass axe in ${scheme}`, async ({
    testBed,
  }) => {
    const { page } = testBed;
    await page.emulateMedia({ colorScheme: scheme });
    await startReset(page, 'user-knows-pin');
    await customerChangesPin(page, seededPin, '390517');
    await expectStatus(page, 'COMPLETE');
    const views = page.getByRole('navigation', { name: 'Views' });

    await views.getByRole('button', { name: 'Cases' }).click();
    await page.getByRole('button', { name: /^Open case for user-knows-pin/ }).click();
    await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Case closed: COMPLETE');
    await openedCase(page).getByLabel('Ticket reference').fill('ZD-1001');
    await expect(page.getByTestId('case-details-saved')).toHaveText('Saved.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('nobody-at-all');
    await expect(page.getByText('No cases match.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await views.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Diagnostics' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await chooseEnvironment(page, 'Circle mainnet');
    await page.getByLabel('Base URL').fill('http://gateway.example');
    await page.getByLabel('API key').fill('not-a-key');
    await saveConnection(page);
    await expect(page.locator('#api-key-problem')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
