import { join } from 'node:path';
import { CaseLogStore } from '../../../src/main/case-log/case-log-store';
import { caseRows, openCasesView, openedCase, searchCases } from '../../support/browser/cases-steps';
import { customerChangesPin, expectStatus, seededPin, startReset } from '../../support/browser/console-steps';
import { expect, test } from '../test-bed-fixture';

type Started = { caseId: string; challengeId: string };

// Cases from an earlier shift, for the search to tell apart from the one this run makes.
test.use({
  testBedOptions: {
    prepareUserData: async (userDataDir) => {
      const store = new CaseLogStore({ dir: join(userDataDir, 'case-log'), secrets: () => [] });
      for (const [n, ticketRef, note] of [
        [1, 'ZD-2002', 'Called about a lost phone'],
        [2, 'SUP-77', null],
        [3, null, 'Customer abroad'],
      ] as const) {
        await store.openCase({
          caseId: `0c0ffee0-0000-4000-8000-00000000000${n}`,
          environment: 'local-emulator',
          userId: `customer-${n}`,
          flow: 'reset',
          agentName: 'Dana Agent',
          ticketRef,
          note,
          startedAt: new Date(Date.UTC(2026, 10, 1, 8, n)).toISOString(),
        });
      }
    },
  },
});

test('one search box finds a case by part of its user ID, its ticket, case ID, challenge ID or note', async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  const started = testBed.bridgeTraffic.find(
    (entry) => entry.channel === 'reset:start' && entry.direction === 'result',
  );
  if (!started) throw new Error('no reset:start answer in the bridge traffic');
  const { caseId, challengeId } = (started.data as { value: Started }).value;

  await openCasesView(page);
  await expect(caseRows(page)).toHaveCount(4);
  // The ticket and note are written in the opened case and saved as typed: no Save button.
  await caseRows(page).filter({ hasText: 'user-knows-pin' }).getByRole('button').click();
  await openedCase(page).getByLabel('Ticket reference').fill('ZD-1001');
  await openedCase(page).getByLabel('Note').fill('Called from the Leeds branch');
  await expect(page.getByTestId('case-details-saved')).toHaveText('Saved.');
  await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);

  const onlyOurs = async (text: string) => {
    await searchCases(page, text, 1);
    await expect(caseRows(page).first()).toContainText('user-knows-pin');
  };
  await onlyOurs('knows-p');
  await onlyOurs('zd-1001');
  await onlyOurs(caseId.slice(9, 23));
  await onlyOurs(challengeId.slice(-12));
  await onlyOurs('LEEDS branch');
  // Every word must be found somewhere; a ticket prefix finds each case that has one.
  await searchCases(page, 'leeds zd-2002', 0);
  await searchCases(page, 'ZD-', 2);
  await searchCases(page, 'customer-', 3);
  await searchCases(page, 'abroad', 1);
  await expect(caseRows(page).first()).toContainText('customer-3');

  // What was typed is in the log: leave Cases, come back, search for it again.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  await openCasesView(page);
  await onlyOurs('ZD-1001');
});

test.describe('a challenge that expired', () => {
  test('Expired finds it though Circle reports it as FAILED with 155121; Failed does not', async ({ testBed }) => {
    const { page, emulator } = testBed;
    await startReset(page, 'user-knows-pin');
    await expect(page.frameLocator('#sdkIframe').getByLabel('Current PIN', { exact: true })).toBeVisible();
    // The emulator's virtual clock moves past the challenge's 10 minutes (and the token's hour).
    emulator.clock.advance(61 * 60);
    await expectStatus(page, 'FAILED');

    await openCasesView(page);
    const outcome = page.getByRole('combobox', { name: 'Outcome' });
    await outcome.selectOption({ label: 'Expired' });
    await expect(caseRows(page)).toHaveCount(1);
    await expect(caseRows(page).first()).toContainText('user-knows-pin');
    await expect(caseRows(page).first().locator('.pill')).toHaveText(/^Expired/);
    await expect(caseRows(page).first().locator('.pill')).toHaveClass(/pill-warn/);
    await outcome.selectOption({ label: 'Failed' });
    await expect(page.getByText('No cases match.')).toBeVisible();
    await outcome.selectOption({ label: 'Open' });
    await expect(caseRows(page)).toHaveCount(3);
  });
});
