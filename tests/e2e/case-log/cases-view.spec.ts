import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseLogStore } from '../../../src/main/case-log/case-log-store';
import { caseRows, openedCase } from '../../support/browser/cases-steps';
import {
  cancelCase,
  customerChangesPin,
  customerLeaves,
  expectStatus,
  seededPin,
  startReset,
} from '../../support/browser/console-steps';
import { customerChangesPinDirectly } from '../../support/customer-in-hosted-ui';
import { expect, test } from '../test-bed-fixture';

test('every flow becomes a case: filter, open its timeline, add a ticket, copy and export it without secrets', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await cancelCase(page);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // the header and two cases
  await page.getByRole('combobox', { name: 'Outcome' }).selectOption('COMPLETE');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('user-knows-pin');
  // Outcomes are coloured pills with their word.
  await expect(rows.nth(1).locator('.pill')).toHaveText('Complete');
  await expect(rows.nth(1).locator('.pill')).toHaveClass(/pill-ok/);
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Circle mainnet' });
  await expect(page.getByText('No cases match.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Environment' }).selectOption({ label: 'Local emulator' });

  await rows
    .nth(1)
    .getByRole('button', { name: /^Open case for user-knows-pin/ })
    .click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Case opened: reset');
  await expect(timeline).toContainText('Challenge created');
  await expect(timeline).toContainText('Status COMPLETE');
  await expect(timeline).toContainText('Case closed: COMPLETE');

  // Saved as typed, as beside the live case.
  await page.getByRole('article').getByLabel('Ticket reference').fill('TICKET-4242');
  await expect(page.getByTestId('case-details-saved')).toHaveText('Saved.');
  await expect(rows.nth(1)).toContainText('TICKET-4242');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown' })).toBeVisible();
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toBeVisible();
  const exportedPath = ((await saved.textContent()) ?? '').replace('Saved to ', '').trim();
  const exported = await readFile(exportedPath, 'utf8');

  expect(testBed.clipboard.at(-1)).toContain('· Ticket TICKET-4242');
  expect(testBed.clipboard.at(-1)).toContain('## Evidence');
  expect(JSON.parse(exported).summary).toMatchObject({ userId: 'user-knows-pin', ticketRef: 'TICKET-4242' });
  const tokens = testBed.bridgeTraffic
    .filter((entry) => entry.direction === 'result' && entry.channel === 'reset:start')
    .flatMap((entry) => {
      const value = (entry.data as { value?: { userToken: string; encryptionKey: string } }).value;
      return value ? [value.userToken, value.encryptionKey] : [];
    });
  for (const secret of [...tokens, emulator.apiKey, ...emulator.apiKey.split(':').slice(1), seededPin, '390517']) {
    expect(`${testBed.clipboard.join('\n')}\n${exported}`).not.toContain(secret);
  }
});

test('the list and an opened case follow a challenge to its end while they are on screen', async ({ testBed }) => {
  const { page, emulator } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  const row = page.getByRole('table').getByRole('row').filter({ hasText: 'user-knows-pin' });
  await expect(row).toContainText('Open');
  await row.getByRole('button', { name: /^Open case for user-knows-pin/ }).click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Challenge created');

  // The customer finishes elsewhere (their own app, say): nothing is clicked in the console.
  type Session = { challengeId: string; userToken: string; encryptionKey: string; appId: string };
  const started = testBed.bridgeTraffic.find(
    (entry) => entry.channel === 'reset:start' && entry.direction === 'result',
  );
  if (!started) throw new Error('no reset:start answer in the bridge traffic');
  const session = (started.data as { value: Session }).value;
  await customerChangesPinDirectly(emulator, session, seededPin, '390517');

  await expect(row).toContainText('Complete');
  await expect(timeline).toContainText('Case closed: COMPLETE');
});

test.describe('a case log from a long shift', () => {
  const earlierCases = 230;
  test.use({
    testBedOptions: {
      // Cases from before this run, written by main's own store before the console starts.
      prepareUserData: async (userDataDir) => {
        const store = new CaseLogStore({ dir: join(userDataDir, 'case-log'), secrets: () => [] });
        const start = Date.UTC(2026, 10, 1, 8);
        for (let n = 0; n < earlierCases; n++) {
          await store.openCase({
            // Shaped as main makes them (a UUID), so the view can open them.
            caseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
            environment: 'local-emulator',
            userId: `user-${n}`,
            flow: 'reset',
            agentName: 'Dana Agent',
            ticketRef: null,
            note: null,
            startedAt: new Date(start + n * 60_000).toISOString(),
          });
        }
      },
    },
  });

  test('the Cases view shows them a page at a time, newest first, until every one is shown', async ({ testBed }) => {
    const { page } = testBed;
    await page.getByRole('button', { name: 'Cases', exact: true }).click();
    const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: /^Open case for/ }) });
    await expect(page.getByText(`Showing 100 of ${earlierCases} cases, newest first.`)).toBeVisible();
    await expect(rows.first()).toContainText(`user-${earlierCases - 1}`);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(page.getByText(`Showing 200 of ${earlierCases} cases`)).toBeVisible();
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(page.getByText(`Showing ${earlierCases} of ${earlierCases} cases`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
    await expect(rows).toHaveCount(earlierCases);
    await expect(rows.last()).toContainText('user-0');
  });

  test('at 1024×700 a case opened from far down the list shows beside it, whole, its row marked', async ({
    testBed,
  }) => {
    const { page } = testBed;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('button', { name: 'Cases', exact: true }).click();
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(caseRows(page)).toHaveCount(200);
    const row = caseRows(page).filter({ hasText: 'user-42' });
    await row.getByRole('button', { name: /^Open case for user-42 / }).click();
    const opened = openedCase(page);
    await expect(opened.getByRole('heading', { name: 'Case for user-42' })).toBeVisible();
    // The whole case is on screen without the page scrolling: the list scrolled inside itself.
    await expect(opened).toBeInViewport({ ratio: 1 });
    for (const part of [
      opened.getByLabel('Ticket reference'),
      opened.getByLabel('Note'),
      opened.getByRole('button', { name: 'Copy as Markdown' }),
      opened.getByRole('list', { name: 'Timeline' }),
    ]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(700 + 200);
    // Beside the list, not under it, and its row marked as the one open.
    const list = await page.locator('.cases-list-panel').boundingBox();
    const detail = await opened.boundingBox();
    expect(detail?.x).toBeGreaterThanOrEqual((list?.x ?? 0) + (list?.width ?? 0));
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(row).toBeInViewport();
    await expect(caseRows(page).and(page.locator('[aria-current]'))).toHaveCount(1);
  });
});
