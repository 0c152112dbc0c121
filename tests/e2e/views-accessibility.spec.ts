// The reset view has its own scan in every state (pin-reset/reset-quality.spec.ts); these are the other views.

import { customerChangesPin, expectStatus, seededPin, startReset } from '../support/browser/console-steps';
import { chooseEnvironment } from '../support/browser/settings-steps';
import { seriousViolations } from './axe-scan';
import { expect, test } from './test-bed-fixture';

test('Cases (list and an opened timeline) and Settings (a Circle environment) pass an axe scan', async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  const views = page.getByRole('navigation', { name: 'Views' });

  await views.getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('button', { name: /^Open case for user-knows-pin/ }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Case closed: COMPLETE');
  expect(await seriousViolations(page)).toEqual([]);

  await views.getByRole('button', { name: 'Settings' }).click();
  await chooseEnvironment(page, 'Circle testnet');
  await expect(page.getByLabel('API key')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
