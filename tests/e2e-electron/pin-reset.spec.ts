import { seededAnswers, seededQuestions } from '../support/seeded-customer';
// The browser test bed's reset scenarios, on the real Electron shell (run wherever an Electron binary exists).

import { clickThatMayClose } from '../support/browser/closing-input';
import {
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectStatus,
  hostedUi,
  seededPin,
  showDeveloperDetails,
  startReset,
} from '../support/browser/console-steps';
import { emulatorControl, injectFault } from '../support/emulator-controls';
import { expect, test } from './electron-fixture';

test('happy path: the customer changes their PIN and the status reaches COMPLETE', async ({ appWindow }) => {
  await startReset(appWindow, 'user-knows-pin');
  await customerChangesPin(appWindow, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
});

test('one wrong PIN then the right one', async ({ appWindow }) => {
  await startReset(appWindow, 'user-knows-pin');
  await customerEnters(appWindow, 'Current PIN', '111112');
  await expect(appWindow.getByText(/Wrong PIN entered 1 time/)).toBeVisible();
  await customerChangesPin(appWindow, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
});

test('four wrong PINs lock the PIN', async ({ appWindow }) => {
  await startReset(appWindow, 'user-knows-pin');
  for (const wrong of ['111112', '111113', '111114', '111115']) await customerEnters(appWindow, 'Current PIN', wrong);
  await expectStatus(appWindow, 'FAILED');
  await customerLeaves(appWindow, 'Close');
  await startReset(appWindow, 'user-knows-pin');
  await expect(appWindow.getByRole('alert').filter({ hasText: 'locked' })).toBeVisible();
});

test('the customer cancels, then a fresh challenge completes', async ({ appWindow }) => {
  await startReset(appWindow, 'user-knows-pin');
  await customerLeaves(appWindow, 'Cancel');
  await appWindow.getByRole('button', { name: 'Start a fresh challenge' }).click();
  await customerChangesPin(appWindow, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
});

test('a 500 on PUT /user/pin, then Retry', async ({ appWindow, emulatorControls }) => {
  await injectFault(emulatorControls, { method: 'PUT', path: '/v1/w3s/user/pin', status: 500, times: 1 });
  // Circle's code and HTTP status beside the message are a developer's details, off by default.
  await showDeveloperDetails(appWindow, true);
  await startReset(appWindow, 'user-knows-pin');
  await expect(appWindow.getByRole('alert')).toContainText('HTTP 500');
  await appWindow.getByRole('button', { name: 'Retry' }).click();
  await customerChangesPin(appWindow, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
});

test('the token expires mid-flow and the console recovers without re-typing', async ({
  appWindow,
  emulatorControls,
}) => {
  await startReset(appWindow, 'user-knows-pin');
  await expect(hostedUi(appWindow).getByLabel('Current PIN', { exact: true })).toBeVisible();
  await emulatorControl(emulatorControls, '/emulator/clock', { advanceSeconds: 61 * 60 });
  // The embedded emulator's challenges live 10 minutes, so this one expired with the token: a fresh challenge.
  await expectStatus(appWindow, 'EXPIRED');
  await appWindow.getByRole('button', { name: 'Start a fresh challenge' }).click();
  await customerChangesPin(appWindow, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
});

test('account recovery by answers completes', async ({ appWindow }) => {
  await appWindow.getByLabel('User ID', { exact: true }).fill('user-knows-pin');
  await appWindow.getByRole('button', { name: 'Start account recovery' }).click();
  const frame = hostedUi(appWindow);
  await frame.getByLabel(seededQuestions[0], { exact: true }).fill(seededAnswers[0]);
  await frame.getByLabel(seededQuestions[1], { exact: true }).fill(seededAnswers[1]);
  await clickThatMayClose(appWindow, frame.getByRole('button', { name: 'Continue', exact: true }));
  await customerEnters(appWindow, 'New PIN', '205813');
  await customerEnters(appWindow, 'Confirm new PIN', '205813');
  await expectStatus(appWindow, 'COMPLETE');
});
