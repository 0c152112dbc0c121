import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createEmulator, type Emulator, testScryptCost } from '../../../src/emulator';
import {
  caseStatus,
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectStatus,
  seededPin,
  startReset,
} from '../../support/browser/console-steps';
import {
  chooseEnvironment,
  openSettings,
  saveConnection,
  saveKeyThenSwitch,
} from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';

// A key nobody could mistake: if any of its parts shows up anywhere the renderer can see, the test names it.
const keyId = 'recognisablekeyid0123456789abcdef';
const keySecret = 'recognisablesecret9876543210fedcba';
const recognisableKey = `TEST_API_KEY:${keyId}:${keySecret}`;

let standalone: Emulator;
test.beforeAll(async () => {
  standalone = await createEmulator({ secretHashCost: testScryptCost, apiKey: recognisableKey });
});
test.afterAll(() => standalone.close());
// One standalone emulator for the file: each test starts from its seeded users (an earlier one locks a PIN).
test.beforeEach(() => standalone.reset());

/** Standalone emulator chosen (not switched to) with its address typed, not saved yet. */
async function useStandaloneEmulator(page: Page) {
  await openSettings(page);
  await chooseEnvironment(page, 'Standalone emulator');
  await expect(page.getByRole('button', { name: 'Switch to Standalone emulator' })).toBeDisabled();
  await page.getByLabel('Base URL').fill(standalone.baseUrl);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

test('each bad key gets its own message beside the key field, which keeps it; a good key shows its App ID', async ({
  testBed,
}) => {
  const { page } = testBed;
  await useStandaloneEmulator(page);
  const key = page.getByLabel('API key');
  // The field says which format it takes.
  await expect(key).toHaveAccessibleDescription(/TEST_API_KEY:ID:SECRET/);
  const messages: string[] = [];
  for (const bad of [
    'not-a-key',
    `LIVE_API_KEY:${keyId}:${keySecret}`,
    'TEST_API_KEY:unknownid0123456789:unknownsecret0123456789',
  ]) {
    await key.fill(bad);
    await saveConnection(page);
    const problem = page.locator('#api-key-problem');
    // The last key's message stays up until this key's answer replaces it; each message must be its own.
    if (messages.length > 0) await expect(problem).not.toHaveText(messages.at(-1) ?? '');
    await expect(problem).toBeVisible();
    await expect(key).toHaveAttribute('aria-invalid', 'true');
    await expect(key).toHaveAttribute('aria-describedby', /api-key-problem/);
    // What was typed stays, to be corrected rather than typed again.
    await expect(key).toHaveValue(bad);
    messages.push((await problem.textContent())?.trim() ?? '');
  }
  expect(new Set(messages).size).toBe(3);
  expect(messages[2]).toContain('156007');
  expect(await page.getByRole('alert').count()).toBe(0);
  await key.fill(recognisableKey);
  await saveKeyThenSwitch(page, 'Standalone emulator');
  await expect(page.getByTestId('key-status')).toContainText(`Key ending …${keyId.slice(-4)}`);
  // The hint says which part of the key it shows.
  await expect(page.getByTestId('key-status')).toContainText('the last 4 characters of its middle, ID part');
  await expect(page.getByTestId('key-status')).toContainText(standalone.appId);
  await expect(key).toHaveValue('');
  await expect(page.locator('#api-key-problem')).toHaveCount(0);
  // An empty agent name is told plainly, not with a validation dump.
  await page.getByLabel('Agent name').fill('  ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Enter a name.', { exact: true })).toBeVisible();
});

test('a full reset and a failed one on a recognisable key: no part of it reaches the renderer or the disk', async ({
  testBed,
}) => {
  const { page } = testBed;
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  await useStandaloneEmulator(page);
  await page.getByLabel('API key').fill(recognisableKey);
  await saveKeyThenSwitch(page, 'Standalone emulator');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await startReset(page, 'user-knows-pin');
  for (const wrong of ['111112', '111113', '111114', '111115']) await customerEnters(page, 'Current PIN', wrong);
  await expectStatus(page, 'FAILED');

  const renderer = [
    JSON.stringify(
      testBed.bridgeTraffic.filter(
        (entry) => !(entry.direction === 'invoke' && entry.channel === 'settings:saveConnection'),
      ),
    ),
    await page.content(),
    consoleText.join('\n'),
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
  ].join('\n');
  const written = await Promise.all((await filesUnder(testBed.userDataDir)).map((file) => readFile(file, 'utf8')));
  for (const part of [recognisableKey, keyId, keySecret]) {
    expect(renderer).not.toContain(part);
    expect(written.join('\n')).not.toContain(part);
    expect(testBed.mainLog.join('\n')).not.toContain(part);
  }
  // The one message that carries it is the agent's own, to main.
  expect(
    testBed.bridgeTraffic.filter((entry) => JSON.stringify(entry).includes(keySecret)).map((entry) => entry.channel),
  ).toEqual(['settings:saveConnection']);
});

test('switching environment with a case open asks first, then closes the case (cancelled in the log)', async ({
  testBed,
}) => {
  const { page } = testBed;
  const views = page.getByRole('navigation', { name: 'Views' });
  await useStandaloneEmulator(page);
  await page.getByLabel('API key').fill(recognisableKey);
  await saveKeyThenSwitch(page, 'Standalone emulator');

  await views.getByRole('button', { name: 'Customer' }).click();
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeVisible();

  await openSettings(page);
  await chooseEnvironment(page, 'Local emulator');
  await expect(page.getByTestId('active-environment')).toHaveText('Standalone emulator');
  await page.getByRole('button', { name: 'Switch to Local emulator' }).click();
  await expect(page.getByRole('alert')).toContainText('1 case is open');
  await expect(page.getByTestId('active-environment')).toHaveText('Standalone emulator');
  await page.getByRole('button', { name: 'Close the open case and switch to Local emulator' }).click();
  await expect(page.getByTestId('active-environment')).toHaveText('Local emulator');

  await views.getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'user-knows-pin' })).toContainText('Cancelled');
  await views.getByRole('button', { name: 'Customer' }).click();
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toHaveCount(0);
  await expect(caseStatus(page)).toHaveCount(0);
});

test('Circle mainnet is unmistakable: a red banner, and the user ID typed twice before anything starts', async ({
  testBed,
}) => {
  const { page } = testBed;
  // Circle mainnet, its base URL pointed at an emulator started with --network mainnet (LIVE_API_KEY keys).
  const mainnet = await createEmulator({ secretHashCost: testScryptCost, network: 'mainnet' });
  try {
    await openSettings(page);
    // Choosing mainnet shows its settings; it does not switch.
    await chooseEnvironment(page, 'Circle mainnet');
    await expect(page.getByTestId('active-environment')).toHaveText('Local emulator');
    await expect(page.getByLabel('API key')).toHaveAccessibleDescription(/LIVE_API_KEY:ID:SECRET/);
    await page.getByLabel('Base URL').fill(mainnet.baseUrl);
    await page.getByLabel('API key').fill(mainnet.apiKey);
    await expect(page.getByText('Circle mainnet is live:')).toBeVisible();
    await saveKeyThenSwitch(page, 'Circle mainnet');
    await expect(page.locator('.switch-row.is-active')).toContainText('real customers, real wallets');
    const banner = page.getByRole('note', { name: 'Circle mainnet' });
    await expect(banner).toContainText('real customers');
    // A red badge, and a banner that stays on screen while the page scrolls.
    await expect(page.locator('.environment-badge')).toHaveCSS('background-color', 'rgb(185, 28, 28)');
    await page.setViewportSize({ width: 1024, height: 400 });
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(banner).toBeInViewport({ ratio: 1 });

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
    await startReset(page, 'user-knows-pin');
    const retype = page.getByLabel('Type the user ID again to confirm');
    await expect(retype).toBeFocused();
    await retype.fill('user-know-pin');
    await page.getByRole('button', { name: 'Confirm and start' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'differ' })).toBeVisible();
    expect(mainnet.exportState().challenges).toEqual([]);
    await retype.fill('user-knows-pin');
    await page.getByRole('button', { name: 'Confirm and start' }).click();
    await expect.poll(() => mainnet.exportState().challenges.length).toBe(1);
  } finally {
    await mainnet.close();
  }
});

test("a typed base URL survives the view's refreshes; moving a keyed environment asks in main's dialog first", async ({
  testBed,
}) => {
  const { page } = testBed;
  const elsewhere = 'http://127.0.0.1:9';
  await useStandaloneEmulator(page);
  await page.getByLabel('API key').fill(recognisableKey);
  await saveKeyThenSwitch(page, 'Standalone emulator');
  const baseUrl = page.getByLabel('Base URL');
  // Typed, not saved; then the settings view comes back twice (a view setting, then the switch back and forth is
  // not needed: any answer refreshes it) and must not overwrite the field.
  await baseUrl.fill(elsewhere);
  const developerDetails = page.getByRole('checkbox', { name: 'Show developer details' });
  const shownBefore = await developerDetails.isChecked();
  await developerDetails.click();
  await expect(developerDetails).toBeChecked({ checked: !shownBefore });
  await expect(baseUrl).toHaveValue(elsewhere);

  // Main asks; the agent says no: nothing changes, said beside the field, and the typed text is still there.
  await saveConnection(page);
  await expect(page.locator('#base-url-problem')).toContainText('is kept');
  expect(testBed.confirmations.asked.map((question) => question.message)).toEqual([
    'Send Standalone emulator’s Circle calls to 127.0.0.1:9?',
  ]);
  await expect(baseUrl).toHaveValue(elsewhere);
  await expect(page.getByTestId('key-status')).toContainText('Key ending');

  // Yes: the URL is saved, the key forgotten, and the console is back on the local emulator.
  testBed.confirmations.answers.push(true);
  await saveConnection(page);
  await expect(page.getByTestId('key-status')).toHaveText('No key saved.');
  await expect(page.getByTestId('active-environment')).toHaveText('Local emulator');
  await expect(baseUrl).toHaveValue(elsewhere);
  expect(testBed.confirmations.asked).toHaveLength(2);
});
