// The emulator's control page (`GET /` on its plain http address), in Chromium with nothing between them: it asks for
// the API key once and keeps it for the tab, lists the seeded users, and runs a control (locking a PIN) through the
// emulator's own API — which any client then sees. Its strict CSP must let its own script run and nothing else.
import { randomUUID } from 'node:crypto';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { testScryptCost } from '../../../src/emulator/auth/secret-hash';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator';
import { scenarioNames } from '../../../src/emulator/scenarios/seeded-users';
import { chromiumLaunchOptions } from '../../harness/chromium-launch';

let emulator: Emulator;
let browser: Browser;

test.beforeAll(async () => {
  emulator = await createEmulator({ secretHashCost: testScryptCost });
  browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
});

test.afterAll(async () => {
  await browser.close();
  await emulator.close();
});

/** A page on the control page that records console errors and uncaught exceptions (CSP violations among them). */
async function openControlPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${emulator.baseUrl}/`);
  return { page, problems };
}

async function enterKey(page: Page, key: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'API key' });
  await expect(input).toBeFocused();
  await input.fill(key);
  await input.press('Enter');
}

const userRow = (page: Page, userId: string) =>
  page
    .getByRole('table', { name: 'Users' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: userId, exact: true }) });

test('asks for the key once, lists the seeded users and locks a PIN that every client then sees locked', async () => {
  const { page, problems } = await openControlPage();
  await enterKey(page, 'TEST_API_KEY:not:the-key');
  await expect(page.getByRole('status')).toHaveText(/refused this API key/);
  // Chromium logs the refused call itself ("401 (Unauthorized)"); that one was asked for.
  expect(problems).toEqual([expect.stringContaining('401')]);
  problems.length = 0;

  await enterKey(page, emulator.apiKey);
  await expect(page.getByRole('status')).toHaveText('Key accepted. Showing the emulator.');
  for (const userId of scenarioNames) await expect(userRow(page, userId)).toBeVisible();
  await expect(userRow(page, 'user-pin-locked')).toContainText('LOCKED');
  await expect(userRow(page, 'user-knows-pin').getByRole('cell').nth(1)).toHaveText('ENABLED');

  const lockForm = page.locator('#lock-form');
  await lockForm.getByLabel('User ID').fill('user-knows-pin');
  await lockForm.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Locked the PIN of user-knows-pin for 1800 seconds.');
  await expect(userRow(page, 'user-knows-pin').getByRole('cell').nth(1)).toHaveText('LOCKED');
  const read = await fetch(`${emulator.baseUrl}/v1/w3s/users/user-knows-pin`, {
    headers: { Authorization: `Bearer ${emulator.apiKey}` },
  });
  expect(((await read.json()) as { data: { user: { pinStatus: string } } }).data.user.pinStatus).toBe('LOCKED');

  // A challenge made by another client shows up on the next refresh.
  const token = await fetch(`${emulator.baseUrl}/v1/w3s/users/token`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${emulator.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: 'user-no-pin' }),
  });
  const { userToken } = ((await token.json()) as { data: { userToken: string } }).data;
  await fetch(`${emulator.baseUrl}/v1/w3s/user/pin`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${emulator.apiKey}`,
      'Content-Type': 'application/json',
      'X-User-Token': userToken,
    },
    body: JSON.stringify({ idempotencyKey: randomUUID() }),
  });
  await expect(page.getByRole('table', { name: 'Challenges (newest first)' })).toContainText('SET_PIN');

  // The key is kept for this tab: a reload does not ask again.
  await page.reload();
  await expect(userRow(page, 'user-knows-pin')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'API key' })).toBeHidden();
  expect(problems).toEqual([]);
  await page.context().close();
});

test('another tab asks for the key again', async () => {
  const { page, problems } = await openControlPage();
  await expect(page.getByRole('textbox', { name: 'API key' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Users' })).toBeHidden();
  expect(problems).toEqual([]);
  await page.context().close();
});
