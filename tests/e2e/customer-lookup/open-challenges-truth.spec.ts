// Issue 24 §3: open challenges tell the truth. One this console started and then cancelled reads "started here …,
// stopped …" with no Follow (Circle has no cancel: nobody at the desk can use it), before and after a restart of the
// console; one from the customer's app reads so, with Follow.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchTestBed } from '../../harness/test-bed';
import { answer, cancelCase, customerLeaves, lookUp } from '../../support/browser/console-steps';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { expect, test } from '../test-bed-fixture';

const listed = (page: Page) => page.getByTestId('open-challenge');

async function startAndCancel(page: Page): Promise<void> {
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'Yes', 'Yes');
  await page.getByRole('button', { name: 'Start PIN reset' }).click();
  await customerLeaves(page, 'Cancel');
  await cancelCase(page);
}

async function expectStoppedHere(page: Page): Promise<void> {
  const stopped = listed(page).filter({ hasText: 'started here' });
  await expect(stopped).toHaveCount(1);
  await expect(stopped).toContainText('PIN change');
  await expect(stopped).toContainText(/started here \d{1,2}:\d{2}( [AP]M)? \([^)]*\), stopped \d{1,2}:\d{2}/);
  await expect(stopped).toContainText('Circle keeps it open until it expires; nobody at the desk can use it.');
  await expect(stopped.getByRole('button', { name: /Follow/ })).toHaveCount(0);
}

test('a challenge started here and cancelled reads as stopped, without Follow; the customer’s own keeps Follow', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await startAndCancel(page);
  const { challengeId } = await challengeMadeElsewhere(emulator, 'user-knows-pin');
  await lookUp(page, 'user-knows-pin');
  await expect(listed(page)).toHaveCount(2);
  await expectStoppedHere(page);
  const theirs = listed(page).filter({ hasText: 'from the customer’s app' });
  await expect(theirs).toContainText(/first seen \d{1,2}:\d{2}/);
  await expect(theirs.getByRole('button', { name: `Follow challenge ${challengeId}` })).toBeEnabled();
});

test('after a restart of the console, the case log still knows which challenge it started and stopped', async () => {
  const kept = await mkdtemp(join(tmpdir(), 'pin-desk-restart-'));
  try {
    const before = await launchTestBed({ headless: true, keepUserDataIn: join(kept, 'data') });
    try {
      await startAndCancel(before.page);
      await lookUp(before.page, 'user-knows-pin');
      await expectStoppedHere(before.page);
    } finally {
      await before.close();
    }
    const after = await launchTestBed({
      headless: true,
      prepareUserData: (userDataDir) => cp(join(kept, 'data'), userDataDir, { recursive: true }),
    });
    try {
      await lookUp(after.page, 'user-knows-pin');
      await expectStoppedHere(after.page);
      await expect(listed(after.page).filter({ hasText: 'from the customer’s app' })).toHaveCount(0);
    } finally {
      await after.close();
    }
  } finally {
    await rm(kept, { recursive: true, force: true });
  }
});
