import { pressThatMayClose } from '../../support/browser/closing-input';
import { customerChangesPin, expectStatus, hostedUi, seededPin, startReset } from '../../support/browser/console-steps';
import { sendAndAwaitAnswer } from '../../support/browser/hosted-ui-answer';
import { seriousViolations } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

test('the reset view passes an axe scan with no serious or critical violations, in every state', async ({
  testBed,
}) => {
  const { page } = testBed;
  await expect(page.getByLabel('User ID', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await startReset(page, 'abc');
  expect(await seriousViolations(page)).toEqual([]);
  await startReset(page, 'user-disabled');
  await expect(page.getByRole('alert')).toContainText('disabled');
  expect(await seriousViolations(page)).toEqual([]);
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the whole flow can be driven from the keyboard alone', async ({ testBed }) => {
  const { page } = testBed;
  const userId = page.getByLabel('User ID', { exact: true });
  for (let press = 0; press < 10 && !(await userId.evaluate((input) => input === document.activeElement)); press += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(userId).toBeFocused();
  await page.keyboard.type('user-knows-pin');
  // Enter looks the customer up; the recommended start is reached with Tab.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Customer user-knows-pin' })).toBeVisible();
  const start = page.getByRole('button', { name: 'Start PIN reset' });
  for (
    let press = 0;
    press < 15 && !(await start.evaluate((button) => button === document.activeElement));
    press += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  for (const [label, value] of [
    ['Current PIN', seededPin],
    ['New PIN', '390517'],
    ['Confirm new PIN', '390517'],
  ] as const) {
    await expect(hostedUi(page).getByLabel(label, { exact: true })).toBeFocused();
    await page.keyboard.type(value);
    await pressThatMayClose(page, 'Enter');
  }
  await expectStatus(page, 'COMPLETE');
});

test("when Circle's window goes, the keyboard focus lands on what happened; Tab reaches Reopen", async ({
  testBed,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  const frame = hostedUi(page);
  await expect(frame.getByLabel('Current PIN', { exact: true })).toBeFocused();
  // The customer leaves by keyboard too: Tab to Cancel, Enter.
  const cancel = frame.getByRole('button', { name: 'Cancel', exact: true });
  for (
    let press = 0;
    press < 6 && !(await cancel.evaluate((button) => button === document.activeElement));
    press += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(cancel).toBeFocused();
  await pressThatMayClose(page, 'Enter');

  const guidance = page.getByRole('region', { name: 'What to tell the customer' });
  await expect(guidance).toContainText('The customer closed the PIN window.');
  await expect(guidance).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByLabel('Current PIN', { exact: true })).toBeFocused();
  for (const value of [seededPin, '390517', '390517']) {
    await page.keyboard.type(value);
    await sendAndAwaitAnswer(frame, () => pressThatMayClose(page, 'Enter'));
  }
  await expectStatus(page, 'COMPLETE');
  await expect(guidance).toBeFocused();
});

test('no renderer-visible value ever holds the API key: bridge traffic, DOM, console, storage', async ({ testBed }) => {
  const { page, emulator } = testBed;
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await startReset(page, 'no-such-user');
  await expect(page.getByRole('alert')).toBeVisible();

  const [, keyId, keySecret] = emulator.apiKey.split(':');
  const everything = [
    JSON.stringify(testBed.bridgeTraffic),
    await page.content(),
    consoleText.join('\n'),
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
    JSON.stringify(await testBed.context.cookies()),
  ].join('\n');
  expect(testBed.bridgeTraffic.length).toBeGreaterThan(4);
  for (const secret of [emulator.apiKey, keyId, keySecret]) expect(everything).not.toContain(secret);
});
