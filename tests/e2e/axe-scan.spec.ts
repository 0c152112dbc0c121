// The scan every accessibility test relies on finds what it is there to find.
import { startReset } from '../support/browser/console-steps';
import { axeScan, seriousViolations } from './axe-scan';
import { expect, test } from './test-bed-fixture';

test('the axe scan reports a nameless button and faint text in the console, beside Circle’s window', async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await expect(page.locator('#sdkIframe')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.evaluate(() => {
    const nameless = document.createElement('button');
    const faint = document.createElement('p');
    faint.textContent = 'Read this to the customer';
    faint.style.color = '#f4f4f4';
    faint.style.background = '#ffffff';
    document.querySelector('main')?.append(nameless, faint);
  });
  const found = await seriousViolations(page);
  expect(found.some((line) => line.startsWith('button-name:'))).toBe(true);
  expect(found.some((line) => line.startsWith('color-contrast:'))).toBe(true);
  // Only the rules asked for, when a test asks for some.
  const { violations } = await axeScan(page, { runOnly: { type: 'rule', values: ['button-name'] } });
  expect(violations.map((violation) => violation.id)).toEqual(['button-name']);
});
