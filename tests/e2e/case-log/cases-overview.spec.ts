// Cases → Overview on the embedded emulator's test bed: the numbers and their tables from a seeded desk log, axe in
// the light look and the dark one, and a bar and a count each landing on Cases filtered to exactly those cases.
import { join } from 'node:path';
import { CaseLogStore } from '../../../src/main/case-log/case-log-store';
import type { CaseOutcome } from '../../../src/shared/case-log/case-record';
import { caseRows, openCasesView } from '../../support/browser/cases-steps';
import { seriousViolations } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

// Noon two days ago on this computer's clock (the page's zone is the same): well inside "7 days", far from midnight.
const noon = new Date();
noon.setDate(noon.getDate() - 2);
noon.setHours(12, 0, 0, 0);
const pad = (n: number) => String(n).padStart(2, '0');
const seededDay = `${noon.getFullYear()}-${pad(noon.getMonth() + 1)}-${pad(noon.getDate())}`;

const seeded: [n: number, outcome: CaseOutcome, tookSeconds: number][] = [
  [1, { kind: 'COMPLETE' }, 60],
  [2, { kind: 'COMPLETE' }, 180],
  [3, { kind: 'FAILED', code: 155112 }, 30],
  [4, { kind: 'FAILED', code: 155112 }, 30],
  [5, { kind: 'EXPIRED' }, 600],
];

test.use({
  testBedOptions: {
    prepareUserData: async (userDataDir) => {
      const store = new CaseLogStore({ dir: join(userDataDir, 'case-log'), secrets: () => [] });
      for (const [n, outcome, tookSeconds] of seeded) {
        const caseId = `0c0ffee0-0000-4000-8000-00000000000${n}`;
        const startedAt = new Date(noon.getTime() + n * 60_000);
        await store.openCase({
          caseId,
          environment: 'local-emulator',
          userId: `customer-${n}`,
          flow: 'reset',
          agentName: 'Dana Agent',
          ticketRef: null,
          note: null,
          startedAt: startedAt.toISOString(),
        });
        await store.closeCase(caseId, outcome, new Date(startedAt.getTime() + tookSeconds * 1000).toISOString());
      }
    },
  },
});

test('Overview shows the desk log’s numbers with their tables, passes axe, and a bar or a count opens those cases', async ({
  testBed,
}) => {
  const { page } = testBed;
  await openCasesView(page);
  await page.getByRole('radio', { name: 'Overview' }).check();
  await expect(page.locator('#overview-source')).toContainText("From this desk's case log");
  const perDay = page.getByRole('region', { name: 'Cases per day' });
  await expect(perDay.getByRole('img')).toHaveAccessibleName(/^5 cases from /);
  // Median of 60 and 180 s: 2.0 min; p90: 60 + 0.9 × 120 s = 168 s = 2.8 min.
  await expect(page.getByRole('heading', { name: 'Start to done: median 2.0 min, p90 2.8 min' })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }

  await perDay.getByRole('button', { name: 'Show as table' }).click();
  const seededRow = perDay.getByRole('row').filter({ has: page.getByRole('rowheader', { name: seededDay }) });
  await expect(seededRow.getByRole('cell')).toHaveText(['2', '1', '2', '0', '0', '0']);
  const codes = page.getByRole('region', { name: "Circle's most frequent codes" });
  await codes.getByRole('button', { name: 'Show as table' }).click();
  await expect(codes.getByRole('row').nth(1)).toContainText('155112');
  await expect(codes.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('2');
  expect(await seriousViolations(page), 'tables').toEqual([]);

  // A count in the table: the day's failed cases.
  await seededRow.getByRole('button', { name: `2 Failed on ${seededDay}: open these cases` }).click();
  await expect(page.locator('#cases-overview-filter')).toHaveText('From Overview: Failed');
  await expect(caseRows(page)).toHaveCount(2);
  await expect(caseRows(page).nth(0)).toContainText('customer-4');
  await expect(caseRows(page).nth(1)).toContainText('customer-3');

  // A bar on the chart: the one code's bar fills the codes chart, so its middle is on the bar.
  // Overview opens afresh: charts, not tables.
  await page.getByRole('radio', { name: 'Overview' }).check();
  await codes.getByRole('img').click();
  await expect(page.locator('#cases-overview-filter')).toHaveText('From Overview: Circle code 155112');
  await expect(caseRows(page)).toHaveCount(2);
});
