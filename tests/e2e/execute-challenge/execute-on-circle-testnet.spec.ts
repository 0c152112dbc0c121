// Step 4 of Circle's guide on "Circle testnet", configured exactly as for Circle (https://api.circle.com, a
// TEST_API_KEY key) against the Circle-shaped emulator: the developer's backend makes the challenge with the
// official Node SDK, and Circle's window runs it under Circle's host names, nothing of ours between.
import { testScryptCost } from '../../../src/emulator';
import {
  type CircleShapedEmulator,
  startCircleShapedEmulator,
} from '../../../src/emulator/circle-hosts/circle-shaped-emulator';
import { launchTestBed, type TestBed } from '../../harness/test-bed';
import {
  customerChangesPin,
  expectStatus,
  hostedUi,
  seededPin,
  showDeveloperDetails,
} from '../../support/browser/console-steps';
import { executeChallenge, executeSection } from '../../support/browser/execute-steps';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { expect, test } from '../test-bed-fixture';

let shaped: CircleShapedEmulator;
let bed: TestBed;
test.beforeEach(async () => {
  shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
  bed = await launchTestBed({ headless: true, circleShaped: { emulator: shaped, selectCircleTestnet: true } });
});
test.afterEach(async () => {
  await bed?.close();
  await shaped?.emulator.close();
});

test('with developer details shown, a challenge made by the developer’s backend is executed on Circle testnet to COMPLETE', async () => {
  const { page } = bed;
  await expect(page.getByTestId('app-environment')).toHaveText('Circle testnet');
  // Developer details are off by default on Circle environments, and the section goes with them.
  await expect(page.getByRole('button', { name: 'Look up' })).toBeVisible();
  await expect(executeSection(page)).toHaveCount(0);
  await showDeveloperDetails(page, true);
  await expect(executeSection(page).getByTestId('execute-app-id')).toHaveText(shaped.emulator.appId);
  const made = await challengeMadeElsewhere(shaped.emulator, 'user-knows-pin');
  await executeChallenge(page, made);
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  expect(bed.routing.routed()).toBe(false);
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('The PIN was changed.')).toBeVisible();
});
