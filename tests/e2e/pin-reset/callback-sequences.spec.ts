// Circle's window calls the console back on every error and stays up while the customer tries again. These runs go
// through the console against both of the emulator's hosted-UI behaviours — `report` (each error reaches the SDK's
// callback, as on Circle) and `inline` (errors only in the window) — and must end the same way under both.
import type { Page } from '@playwright/test';
import { hostedUiErrorModes } from '../../../src/emulator';
import {
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectStatus,
  hostedUi,
  seededPin,
  showDeveloperDetails,
  startReset,
} from '../../support/browser/console-steps';
import { setEmulatorBehaviour } from '../../support/emulator-controls';
import { expect, test } from '../test-bed-fixture';

/** The closed case's timeline in the Cases view, one text per entry (the user's only case). */
async function timelineOf(page: Page, userId: string): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  const rows = page.getByRole('row').filter({ hasText: userId });
  await expect(rows).toHaveCount(1);
  await rows.getByRole('button', { name: /Open case/ }).click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Case closed' })).toHaveCount(1);
  return timeline.getByRole('listitem').allTextContents();
}

const indexOf = (entries: string[], pattern: RegExp) => entries.findIndex((entry) => pattern.test(entry));

for (const mode of hostedUiErrorModes) {
  test.describe(`Circle's window errors: ${mode}`, () => {
    test.use({ testBedOptions: { challengeLifetimeSeconds: 2 * 60 * 60 } });
    test.beforeEach(async ({ testBed }) => {
      await setEmulatorBehaviour(testBed.emulator, { hostedUiErrors: mode });
    });

    test('wrong PIN then the right one: one case, its log shows 155112 then COMPLETE, the guidance ends on success', async ({
      testBed,
    }) => {
      const { page } = testBed;
      await startReset(page, 'user-knows-pin');
      await customerEnters(page, 'Current PIN', '111112');
      await expect(hostedUi(page).getByRole('alert')).toContainText('155112');
      await expect(page.getByText(/Wrong PIN entered 1 time; 3 tries left/)).toBeVisible();
      await customerChangesPin(page, seededPin, '390517');
      await expectStatus(page, 'COMPLETE');
      await expect(page.getByText('The PIN was changed.')).toBeVisible();
      const timeline = await timelineOf(page, 'user-knows-pin');
      const wrongPin = indexOf(timeline, /155112/);
      expect(wrongPin).toBeGreaterThan(0);
      expect(indexOf(timeline, /Status COMPLETE/)).toBeGreaterThan(wrongPin);
      expect(indexOf(timeline, /Case closed: COMPLETE/)).toBeGreaterThan(wrongPin);
    });

    test('three wrong PINs, the fourth locks: 155119 shown, the case FAILED', async ({ testBed }) => {
      const { page } = testBed;
      // Circle's code beside the words is a developer's detail.
      await showDeveloperDetails(page, true);
      await startReset(page, 'user-knows-pin');
      for (const wrong of ['111112', '111113', '111114', '111115']) await customerEnters(page, 'Current PIN', wrong);
      await expect(hostedUi(page).getByRole('alert')).toContainText('155119');
      await expectStatus(page, 'FAILED');
      await expect(page.getByText('Circle code 155119').first()).toBeVisible();
      await customerLeaves(page, 'Close');
      await expect(page.locator('#sdkIframe')).toHaveCount(0);
      await expect(page.getByText(/PIN is locked after too many wrong tries/).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toHaveCount(0);
      const timeline = await timelineOf(page, 'user-knows-pin');
      expect(indexOf(timeline, /Case closed: FAILED \(code 155119\)/)).toBeGreaterThan(0);
    });

    test('a weak new PIN, then a good one: COMPLETE', async ({ testBed }) => {
      const { page } = testBed;
      await startReset(page, 'user-knows-pin');
      await customerEnters(page, 'Current PIN', seededPin);
      await customerEnters(page, 'New PIN', '123456');
      await expect(hostedUi(page).getByRole('alert')).toContainText('155704');
      await customerEnters(page, 'New PIN', '390517');
      await customerEnters(page, 'Confirm new PIN', '390517');
      await expectStatus(page, 'COMPLETE');
      await expect(page.getByText('The PIN was changed.')).toBeVisible();
    });

    test('an error, then the token expires in the same run (155104): resumed with a fresh token, nothing re-typed by the agent', async ({
      testBed,
    }) => {
      const { page, emulator } = testBed;
      await startReset(page, 'user-knows-pin');
      await customerEnters(page, 'Current PIN', '111112');
      await expect(hostedUi(page).getByRole('alert')).toContainText('155112');
      emulator.clock.advance(61 * 60);
      await customerEnters(page, 'Current PIN', seededPin);
      // Circle's window reports 155104: the console opens the same challenge again with a new token by itself.
      await expect
        .poll(() => testBed.bridgeTraffic.filter((entry) => entry.channel === 'liveCase:resume').length)
        .toBeGreaterThan(0);
      await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
      await customerChangesPin(page, seededPin, '390517');
      await expectStatus(page, 'COMPLETE');
      const starts = testBed.bridgeTraffic.filter((entry) => entry.channel === 'reset:start');
      expect(starts.filter((entry) => entry.direction === 'invoke')).toHaveLength(1);
      const resumes = testBed.bridgeTraffic.filter(
        (entry) => entry.channel === 'liveCase:resume' && entry.direction === 'invoke',
      );
      expect(resumes).toHaveLength(1);
    });
  });
}
