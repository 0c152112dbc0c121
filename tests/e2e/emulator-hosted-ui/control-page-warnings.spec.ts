// What the emulator's control page tells a developer that Circle's API does not: an idempotency key their app reused
// with another body (the warning names the key and the fields that differ), and that user tokens are dated on the
// emulator's clock. In Chromium with nothing between page and emulator; the app's calls go through the official Node
// SDK. (The control page's own suite is tests/e2e/emulator-control-page/; these are issue 25's additions to it.)
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { type Browser, chromium, expect, test } from '@playwright/test';
import { testScryptCost } from '../../../src/emulator/auth/secret-hash';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator';
import { chromiumLaunchOptions } from '../../harness/chromium-launch';

let emulator: Emulator;
let browser: Browser;
const written: string[] = [];

test.beforeAll(async () => {
  emulator = await createEmulator({
    secretHashCost: testScryptCost,
    onWarning: (warning) => written.push(warning.message),
  });
  browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
});

test.afterAll(async () => {
  await browser.close();
  await emulator.close();
});

test('a key reused with other blockchains shows as a warning naming the key and `blockchains`', async () => {
  const page = await (await browser.newContext()).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${emulator.baseUrl}/`);
  await page.getByRole('textbox', { name: 'API key' }).fill(emulator.apiKey);
  await page.getByRole('textbox', { name: 'API key' }).press('Enter');
  const warnings = page.getByRole('table', { name: 'Warnings for the developer (newest first)' });
  await expect(warnings).toContainText('No warnings.');

  const sdk = initiateUserControlledWalletsClient({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
  const userToken = (await sdk.createUserToken({ userId: 'user-knows-pin' })).data?.userToken ?? '';
  const idempotencyKey = randomUUID();
  const first = await sdk.createWallet({ userToken, idempotencyKey, blockchains: ['ETH-SEPOLIA'] });
  const again = await sdk.createWallet({ userToken, idempotencyKey, blockchains: ['MATIC-AMOY'] });
  expect(again.data?.challengeId).toBe(first.data?.challengeId);

  // The next refresh (every 2 s) shows it; the emulator's output had it at once.
  const row = warnings.getByRole('row').filter({ hasText: idempotencyKey });
  await expect(row).toContainText('`blockchains`');
  await expect(row).toContainText(`challenge ${first.data?.challengeId}`);
  expect(written).toEqual([expect.stringContaining(idempotencyKey)]);

  const clockNote = page.locator('#clock-form').getByText('User tokens are dated on this clock');
  await expect(clockNote).toBeVisible();
  await expect(clockNote).toContainText('exp');
  await expect(page.getByRole('spinbutton', { name: 'By (seconds)' })).toHaveAccessibleDescription(/User tokens/);
  expect(problems).toEqual([]);
  await page.context().close();
});
