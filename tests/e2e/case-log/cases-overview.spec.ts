// Cases → Overview on the embedded emulator's test bed: the numbers and their tables from a seeded desk log, axe in
// the light look and the dark one, a bar and a count each landing on Cases filtered to exactly those cases — by the
// pointer and by the keyboard alone — and a period with nothing in it said in words, not bare axes.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
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
  // A wrong PIN (Circle's 155112 from the web SDK), then the right one: done, and 155112 touched it.
  [6, { kind: 'COMPLETE' }, 120],
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
        if (n === 6) {
          const at = new Date(startedAt.getTime() + 30_000).toISOString();
          await store.append(caseId, { type: 'sdk-outcome', at, kind: 'error', code: 155112 });
        }
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
  await expect(perDay.getByRole('listbox')).toHaveAccessibleName(/^6 cases from /);
  // Median of 60, 120 and 180 s: 2 min; p90: 120 + 0.8 × 60 s = 168 s = 2.8 min.
  await expect(page.getByRole('heading', { name: 'Start to done: median 2 min, 90% within 2.8 min' })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }

  await perDay.getByRole('button', { name: 'Show as table' }).click();
  const seededRow = perDay.getByRole('row').filter({ has: page.getByRole('rowheader', { name: seededDay }) });
  await expect(seededRow.getByRole('cell')).toHaveText(['3', '1', '2', '0', '0', '0']);
  const codes = page.getByRole('region', { name: "Circle's most frequent codes" });
  await codes.getByRole('button', { name: 'Show as table' }).click();
  await expect(codes.getByRole('row').nth(1)).toContainText('155112');
  // Cases 3 and 4 ended with it; case 6 met it and went on to done.
  await expect(codes.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('3');
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
  await codes.getByRole('listbox').click();
  await expect(page.locator('#cases-overview-filter')).toHaveText('From Overview: Circle code 155112');
  await expect(caseRows(page)).toHaveCount(3);
  await expect(caseRows(page).nth(0)).toContainText('customer-6');
});

/** Tab (the keyboard only) until the chart has the focus; Overview has a few dozen stops at most. */
async function tabTo(page: Page, chart: Locator): Promise<void> {
  for (let stop = 0; stop < 60; stop += 1) {
    if (await chart.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the chart');
}

test('the keyboard alone goes from bar to bar, hears each, and opens a bar’s cases with Enter', async ({ testBed }) => {
  const { page } = testBed;
  await openCasesView(page);
  await page.getByRole('radio', { name: 'Overview' }).check();
  const perDay = page.getByRole('region', { name: 'Cases per day' });
  const bars = perDay.getByRole('listbox');
  await tabTo(page, bars);
  await page.keyboard.press('ArrowRight');
  // The active option is what a screen reader reads out; the line under the chart shows the same words.
  await expect(bars).toHaveAttribute('aria-activedescendant', /.+/);
  const active = async () => page.locator(`[id="${await bars.getAttribute('aria-activedescendant')}"]`).textContent();
  await expect.poll(active).toBe(`Done on ${seededDay}: 3 cases`);
  await expect(perDay.locator('.overview-bar-line')).toHaveText(
    `Done on ${seededDay}: 3 cases. Enter opens these cases.`,
  );
  await page.keyboard.press('ArrowRight');
  await expect.poll(active).toBe(`Action needed on ${seededDay}: 1 case`);
  await page.keyboard.press('ArrowRight');
  await expect.poll(active).toBe(`Failed on ${seededDay}: 2 cases`);
  // The end holds: nothing after Failed on this one day.
  await page.keyboard.press('ArrowRight');
  await expect.poll(active).toBe(`Failed on ${seededDay}: 2 cases`);
  expect(await seriousViolations(page), 'a bar chosen').toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cases-overview-filter')).toHaveText('From Overview: Failed');
  await expect(caseRows(page)).toHaveCount(2);

  await page.getByRole('radio', { name: 'Overview' }).check();
  const codeBars = page.getByRole('region', { name: "Circle's most frequent codes" }).getByRole('listbox');
  await tabTo(page, codeBars);
  await page.keyboard.press('ArrowDown');
  const codeActive = async () =>
    page.locator(`[id="${await codeBars.getAttribute('aria-activedescendant')}"]`).textContent();
  await expect.poll(codeActive).toMatch(/^155112 \(.+\): 3 cases met it$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cases-overview-filter')).toHaveText('From Overview: Circle code 155112');
  await expect(caseRows(page)).toHaveCount(3);
  await expect(caseRows(page).nth(0)).toContainText('customer-6');
});

test('a period with no case says so in words instead of drawing empty axes', async ({ testBed }) => {
  const { page } = testBed;
  await openCasesView(page);
  await page.getByRole('radio', { name: 'Overview' }).check();
  await page.getByRole('radio', { name: 'Chosen dates' }).check();
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('2020-01-01');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('2020-01-02');
  await expect(page.locator('#overview-source')).toContainText('2020-01-01 to 2020-01-02');
  const codes = page.getByRole('region', { name: "Circle's most frequent codes" });
  await expect(codes).toContainText('No Circle codes in this period');
  await expect(page.getByRole('region', { name: 'Cases per day' })).toContainText('No cases in this period');
  await expect(page.getByRole('region', { name: 'Per agent and desk' })).toContainText('No cases in this period');
  await expect(page.getByRole('region', { name: 'Start to done' })).toContainText('No case done in this period');
  await expect(page.locator('.cases-overview canvas')).toHaveCount(0);
  expect(await seriousViolations(page), 'empty').toEqual([]);
});

/**
 * Where an element's words stand: a zero-height marker put on the baseline beside its last text, inside a span of
 * its own (in a flex label the text is a flex item of its own, and a marker beside it would be another).
 */
function baselineOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let text: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.trim()) text = node;
    if (!text) throw new Error('no text to stand on');
    const line = document.createElement('span');
    const marker = document.createElement('span');
    marker.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
    text.parentNode?.replaceChild(line, text);
    line.append(text, marker);
    const top = marker.getBoundingClientRect().top;
    line.replaceWith(text);
    return top;
  });
}

test('the List/Overview switch stands on the Cases title’s baseline, in either view and at either size', async ({
  testBed,
}) => {
  const { page } = testBed;
  await openCasesView(page);
  const title = page.getByRole('heading', { name: 'Cases', exact: true });
  const switchWords = page.getByRole('group', { name: 'Cases as' }).locator('label').first();
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    for (const view of ['List', 'Overview']) {
      await page.getByRole('radio', { name: view }).check();
      const [titleLine, switchLine] = [await baselineOf(title), await baselineOf(switchWords)];
      expect(Math.abs(titleLine - switchLine), `${view} at ${size.width}×${size.height}`).toBeLessThanOrEqual(1);
    }
  }
});
