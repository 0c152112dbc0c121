import { readFile } from 'node:fs/promises';
import { openCasesView, openedCase } from '../../support/browser/cases-steps';
import { customerChangesPin, expectStatus, seededPin, startReset } from '../../support/browser/console-steps';
import { expect, test } from '../test-bed-fixture';

// A zone with an offset no test machine's UTC could pass for.
const zone = 'Asia/Kolkata';
test.use({ testBedOptions: { timeZone: zone } });

/** "14:02" in Kolkata for an ISO instant, as the agent's own clock shows it. */
function kolkataClock(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(/\s/g, '');
}

test('the copied and exported ticket note opens with a summary in local time, then the evidence in ISO with the zone', async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');

  await openCasesView(page);
  await page.getByRole('button', { name: /^Open case for user-knows-pin/ }).click();
  await openedCase(page).getByLabel('Ticket reference').fill('ZD-1001');
  await expect(page.getByTestId('case-details-saved')).toHaveText('Saved.');
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown' })).toBeVisible();
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toBeVisible();
  const exported = await readFile(((await saved.textContent()) ?? '').replace('Saved to ', '').trim(), 'utf8');
  const copied = testBed.clipboard.at(-1) ?? '';
  expect(exported).toBe(copied);

  const opened = await testBed.services.handlers['caseLog:list']({ search: 'user-knows-pin' });
  const endedAt = opened.cases[0]?.endedAt ?? '';
  const lines = copied.split('\n');
  // The summary: the agent's local time (not UTC's), what happened, what the customer was told, who.
  expect(lines[0]).toBe(
    `${kolkataClock(endedAt)} PIN changed for \`user-knows-pin\`. Told the customer: “Your new PIN is set. Use it ` +
      `from now on; nobody at our desk has seen it.” Agent: ${opened.cases[0]?.agentName}.`,
  );
  expect(lines.slice(1, 3)).toEqual(['', '**Outcome: Complete** (Circle: COMPLETE) · Ticket ZD-1001']);
  // Nothing before the evidence is a machine time.
  const evidenceAt = lines.indexOf('## Evidence');
  expect(evidenceAt).toBeGreaterThan(2);
  expect(lines.slice(0, evidenceAt).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}T|\.\d{3}Z/);

  // The evidence: steps, then every Circle call with its request ID, each at ISO time with Kolkata's offset.
  const stepsAt = lines.indexOf('### Steps');
  const callsAt = lines.findIndex((line) => line.startsWith('### Circle calls ('));
  expect(stepsAt).toBeGreaterThan(evidenceAt);
  expect(callsAt).toBeGreaterThan(stepsAt);
  const iso = /^- \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:30 — /;
  const steps = lines.slice(stepsAt + 2, callsAt - 1);
  const calls = lines.slice(callsAt + 2).filter((line) => line !== '');
  expect(steps.length).toBeGreaterThan(4);
  for (const line of [...steps, ...calls]) expect(line).toMatch(iso);
  expect(steps.some((line) => line.includes('Circle call'))).toBe(false);
  // At least the account check, the token and the challenge.
  expect(calls.length).toBeGreaterThanOrEqual(3);
  expect(lines[callsAt]).toBe(`### Circle calls (${calls.length})`);
  for (const call of calls) expect(call).toMatch(/Circle call .+ → .+, X-Request-Id `[0-9a-f-]{36}`$/);
  expect(copied).toContain(`- Times in ${zone}, UTC+05:30`);
});
