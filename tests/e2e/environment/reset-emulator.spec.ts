import {
  caseStatus,
  challengesOf,
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectStatus,
  hostedUi,
  seededPin,
  showDeveloperDetails,
  startReset,
} from '../../support/browser/console-steps';
import { expect, test } from '../test-bed-fixture';

test('Reset emulator brings the seeded users back: the old PIN works again after a change', async ({ testBed }) => {
  const { page, emulator } = testBed;
  // Reset emulator is one of the emulator's controls: a developer's detail.
  await showDeveloperDetails(page, true);
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');

  // Reset emulator always asks first, and says when it is done.
  await page.getByRole('button', { name: 'Reset emulator' }).click();
  await page
    .getByRole('alertdialog', { name: /Reset the emulator\?/ })
    .getByRole('button', { name: 'Reset now' })
    .click();
  await expect(page.getByText('Emulator reset: the seeded users are back.')).toBeVisible();
  await expect.poll(() => challengesOf(emulator, 'user-knows-pin').length).toBe(0);
  await expect(caseStatus(page)).toHaveCount(0);
  await startReset(page, 'user-knows-pin');
  await customerEnters(page, 'Current PIN', seededPin);
  await expect(hostedUi(page).getByLabel('New PIN', { exact: true })).toBeVisible();
});

test('with a case open, Reset emulator asks first; confirmed, the case is closed and the view starts clean', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  // Reset emulator is one of the emulator's controls: a developer's detail.
  await showDeveloperDetails(page, true);
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeVisible();

  await page.getByRole('button', { name: 'Reset emulator' }).click();
  await page
    .getByRole('alertdialog', { name: /Reset the emulator\?/ })
    .getByRole('button', { name: 'Reset now' })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'case is open' });
  await expect(alert).toContainText('1 case is open. Resetting the emulator deletes every challenge');
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(1);
  await alert.getByRole('button', { name: 'Close open cases and reset' }).click();

  await expect.poll(() => challengesOf(emulator, 'user-knows-pin').length).toBe(0);
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'case is open' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'user-knows-pin' })).toContainText('Cancelled');
});
