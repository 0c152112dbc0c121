// Settings' connection form and "Switch to …": what the agent sees while setting up an environment.
import { createEmulator, type Emulator, testScryptCost } from '../../../src/emulator';
import {
  chooseEnvironment,
  openSettings,
  saveConnection,
  saveKeyThenSwitch,
  switchTo,
} from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';

const keyId = 'formkeyid0123456789abcdef';
const recognisableKey = `TEST_API_KEY:${keyId}:formsecret9876543210fedcba`;

let standalone: Emulator;
test.beforeAll(async () => {
  standalone = await createEmulator({ secretHashCost: testScryptCost, apiKey: recognisableKey });
});
test.afterAll(() => standalone.close());

test('base URL and key are checked together: each error beside its own field, both fields keeping what was typed', async ({
  testBed,
}) => {
  const { page } = testBed;
  await openSettings(page);
  await chooseEnvironment(page, 'Circle testnet');
  const baseUrl = page.getByLabel('Base URL');
  const key = page.getByLabel('API key');
  await baseUrl.fill('http://gateway.example');
  await key.fill('TEST_API_KEY:only-two-parts');
  await saveConnection(page);
  // Both problems at once, each under its own field and tied to it; nothing at the top of the card.
  await expect(page.locator('#base-url-problem')).toContainText('Plain http is allowed only on this machine');
  await expect(page.locator('#api-key-problem')).toContainText('three parts');
  await expect(baseUrl).toHaveAccessibleDescription(/Plain http is allowed only on this machine/);
  await expect(key).toHaveAccessibleDescription(/three parts/);
  await expect(baseUrl).toHaveValue('http://gateway.example');
  await expect(key).toHaveValue('TEST_API_KEY:only-two-parts');
  expect(await page.getByRole('alert').count()).toBe(0);

  // A well-formed key against an address nothing answers: the address is what is wrong, and nothing is saved.
  await baseUrl.fill('http://127.0.0.1:9');
  await key.fill(recognisableKey);
  await saveConnection(page);
  await expect(page.locator('#base-url-problem')).toContainText('could not reach');
  await expect(page.locator('#api-key-problem')).toHaveCount(0);
  await expect(key).toHaveValue(recognisableKey);
  await expect(page.getByTestId('key-status')).toHaveText('No key saved.');
  expect((await testBed.services.handlers['settings:get'](undefined)).environments[2]?.baseUrl).toBe(
    'https://api.circle.com',
  );

  // Right, together: saved with one press, the key gone from the window, Circle testnet not switched to.
  await baseUrl.fill(standalone.baseUrl);
  await saveConnection(page);
  await expect(page.getByTestId('key-status')).toContainText(`Key ending …${keyId.slice(-4)}`);
  await expect(key).toHaveValue('');
  await expect(baseUrl).toHaveValue(standalone.baseUrl);
  await expect(page.locator('.field-problem')).toHaveCount(0);
  await expect(page.getByTestId('active-environment')).toHaveText('Local emulator');
});

test('"Switch to …" is the one way to switch, the same for every environment; the one in use is marked', async ({
  testBed,
}) => {
  const { page } = testBed;
  const active = page.getByTestId('active-environment');
  await openSettings(page);
  const inUse = page.locator('.environment-choice.is-active');
  await expect(inUse).toHaveCount(1);
  await expect(inUse).toContainText('Local emulator');
  await expect(inUse).toContainText('In use');
  // Every other environment: choosing it shows it, and a Switch to button stands where the others' do.
  for (const label of ['Standalone emulator', 'Circle testnet', 'Circle mainnet']) {
    await chooseEnvironment(page, label);
    await expect(active).toHaveText('Local emulator');
    await expect(page.getByRole('button', { name: `Switch to ${label}` })).toBeDisabled();
    await expect(page.getByRole('button', { name: `Switch to ${label}` })).toHaveAccessibleDescription(/first\.$/);
  }
  // No text names the emulator's controls on a Circle environment.
  await expect(page.getByRole('main')).not.toContainText(/emulator.s controls|emulator controls/);

  // Standalone: saved, then switched to; then back to the local emulator the same way — choosing it does not switch.
  await chooseEnvironment(page, 'Standalone emulator');
  await page.getByLabel('Base URL').fill(standalone.baseUrl);
  await page.getByLabel('API key').fill(recognisableKey);
  await saveKeyThenSwitch(page, 'Standalone emulator');
  await expect(page.getByText('PIN Desk is using Standalone emulator.')).toBeVisible();
  await expect(page.locator('.environment-choice.is-active')).toContainText('Standalone emulator');
  await chooseEnvironment(page, 'Local emulator');
  await expect(active).toHaveText('Standalone emulator');
  await switchTo(page, 'Local emulator');
  await expect(page.locator('.environment-choice.is-active')).toContainText('Local emulator');
  await expect(page.getByText('PIN Desk is using Local emulator.')).toBeVisible();
  await expect(page.locator('.environment-badge')).toHaveText('Local emulator');
});
