import { seededPin } from '../../support/seeded-customer';

// CHANGE_PIN in the emulator's hosted PIN UI, driven through the REAL web SDK: what the customer sees, what the
// SDK's callbacks receive, and what the challenge becomes (read back with the official Node SDK).

import { hostedUiErrorModes } from '../../../src/emulator';
import { clickThatMayClose, pressThatMayClose } from '../../support/browser/closing-input';
import {
  enter,
  errorEvent,
  eventsAfter,
  expectAlert,
  expectPinScreen,
  quickly,
} from '../../support/browser/hosted-ui-steps';
import { expect, test } from './hosted-ui-fixture';

test('a complete change, keyboard only: the callback gets COMPLETE and the old PIN stops working', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  expect((await circle.challenge(run)).status).toBe('PENDING');

  await sdkPage.run(run);
  await expectPinScreen(sdkPage, 'Current PIN');
  await expect(sdkPage.hostedUi.getByRole('link', { name: 'Forgot PIN?' })).toBeVisible();
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');
  await enter(sdkPage, 'Current PIN', seededPin);
  await expectPinScreen(sdkPage, 'New PIN');
  await enter(sdkPage, 'New PIN', '246810');
  await expectPinScreen(sdkPage, 'Confirm new PIN');
  await enter(sdkPage, 'Confirm new PIN', '246810');

  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
  ]);
  expect(await sdkPage.messages()).toEqual([
    { onFrameReady: true },
    { showUi: true },
    { onComplete: true, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
  ]);
  await expect(sdkPage.page.locator('#sdkIframe')).toHaveCount(0);
  expect((await circle.challenge(run)).status).toBe('COMPLETE');

  // The same SDK instance, a second reset: the old PIN is now wrong, the new one is right.
  await sdkPage.clearRecords();
  const again = await circle.startChallenge(userId, 'change');
  await sdkPage.run(again);
  await enter(sdkPage, 'Current PIN', seededPin);
  await expectAlert(sdkPage, 155112);
  await enter(sdkPage, 'Current PIN', '246810');
  await expectPinScreen(sdkPage, 'New PIN');
  expect(sdkPage.problems).toEqual([]);
});

// Circle's window calls the SDK back on every error and stays up for another try; `inline` only shows them.
for (const mode of hostedUiErrorModes) {
  test(`a wrong PIN shows 155112 and stays (IN_PROGRESS, one failed attempt); the right PIN then completes (${mode})`, async ({
    circle,
    sdkPage,
  }) => {
    circle.emulator.changeBehaviour({ hostedUiErrors: mode });
    try {
      const userId = await circle.newUser('user-knows-pin');
      const run = await circle.startChallenge(userId, 'change');
      await sdkPage.run(run);
      await enter(sdkPage, 'Current PIN', '135790');
      await expectAlert(sdkPage, 155112);
      await expectPinScreen(sdkPage, 'Current PIN');
      await expect(sdkPage.hostedUi.getByLabel('Current PIN', { exact: true })).toHaveValue('');
      expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');
      expect((await circle.user(userId)).failedAttempts).toBe(1);
      const reported = mode === 'report' ? [errorEvent(155112)] : [];
      expect(await eventsAfter(sdkPage, reported.length)).toEqual(reported);
      expect(await sdkPage.sdkFramePresent()).toBe(true);

      await enter(sdkPage, 'Current PIN', seededPin);
      await expect(sdkPage.hostedUi.getByRole('alert')).toBeHidden();
      await enter(sdkPage, 'New PIN', '246810');
      await enter(sdkPage, 'Confirm new PIN', '246810');
      expect(await eventsAfter(sdkPage, reported.length + 1)).toEqual([
        ...reported,
        { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
      ]);
      expect((await circle.challenge(run)).status).toBe('COMPLETE');
      expect((await circle.user(userId)).failedAttempts).toBe(0);
    } finally {
      circle.emulator.changeBehaviour({ hostedUiErrors: 'report' });
    }
  });
}

test('a lockout: three wrong PINs show 155112, the fourth shows 155119 and the challenge FAILS with it', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  await sdkPage.run(run);
  for (const [index, attempt] of ['111112', '222223', '333334'].entries()) {
    await enter(sdkPage, 'Current PIN', attempt);
    await expectAlert(sdkPage, 155112);
    expect((await circle.user(userId)).failedAttempts).toBe(index + 1);
  }
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');
  await enter(sdkPage, 'Current PIN', '444445');
  await expectAlert(sdkPage, 155119);
  await expect(sdkPage.hostedUi.getByLabel('Current PIN', { exact: true })).toHaveCount(0);

  // Each wrong PIN reached the SDK's callback, then the lock.
  expect(await eventsAfter(sdkPage, 4)).toEqual([
    errorEvent(155112),
    errorEvent(155112),
    errorEvent(155112),
    { kind: 'complete', error: { code: 155119, message: expect.stringContaining('locked') }, result: undefined },
  ]);
  expect(await circle.challenge(run)).toMatchObject({ status: 'FAILED', errorCode: 155119 });
  expect((await circle.user(userId)).pinStatus).toBe('LOCKED');

  // The customer reads why, then closes: the SDK removes its frame.
  await expect(sdkPage.sdkFramePresent()).resolves.toBe(true);
  // Focus reaches the screen's button on a later frame: wait for it, as a keyboard user would see it.
  await expect(sdkPage.hostedUi.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
  await pressThatMayClose(sdkPage.page, 'Enter');
  await expect(sdkPage.page.locator('#sdkIframe')).toHaveCount(0);
  expect((await sdkPage.messages()).slice(-2)).toEqual([
    { onError: true, error: { code: 155119, message: expect.any(String) } },
    { onClose: true },
  ]);
  expect(await sdkPage.events()).toHaveLength(4);
});

test('a weak new PIN (repeating or consecutive) shows 155704 and stays on "New PIN"', async ({ circle, sdkPage }) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  await sdkPage.run(run);
  await enter(sdkPage, 'Current PIN', seededPin);
  for (const weak of ['000000', '123456', '654321']) {
    await enter(sdkPage, 'New PIN', weak);
    await expectAlert(sdkPage, 155704);
    await expectPinScreen(sdkPage, 'New PIN');
  }
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');
  await enter(sdkPage, 'New PIN', '246810');
  await expectPinScreen(sdkPage, 'Confirm new PIN');
  expect(await sdkPage.events()).toEqual([errorEvent(155704), errorEvent(155704), errorEvent(155704)]);
});

test('a mismatched confirmation shows 155703 and goes back to "New PIN"; a matching pair then completes', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  await sdkPage.run(run);
  await enter(sdkPage, 'Current PIN', seededPin);
  await enter(sdkPage, 'New PIN', '246810');
  await enter(sdkPage, 'Confirm new PIN', '246811');
  await expectAlert(sdkPage, 155703);
  await expectPinScreen(sdkPage, 'New PIN');
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');

  await enter(sdkPage, 'New PIN', '975310');
  await enter(sdkPage, 'Confirm new PIN', '975310');
  expect(await eventsAfter(sdkPage, 2)).toEqual([
    errorEvent(155703),
    { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
  ]);
});

test('Cancel posts onClose: the SDK removes its frame, its callback is never called, the challenge stays IN_PROGRESS', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  await sdkPage.run(run);
  await enter(sdkPage, 'Current PIN', seededPin);
  await clickThatMayClose(sdkPage.page, sdkPage.hostedUi.getByRole('button', { name: 'Cancel', exact: true }));
  await expect(sdkPage.page.locator('#sdkIframe')).toHaveCount(0);
  expect(await sdkPage.messages()).toEqual([{ onFrameReady: true }, { showUi: true }, { onClose: true }]);
  expect(await sdkPage.events()).toEqual([]);
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');

  // Running the same challenge again starts over: the current PIN is asked again, whoever runs it.
  await sdkPage.run(run);
  await expectPinScreen(sdkPage, 'Current PIN');
});

test('"Forgot PIN?" posts onForgotPin: the SDK calls its forgot-PIN callback and the screen stays', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  await sdkPage.run(run);
  await expectPinScreen(sdkPage, 'Current PIN');
  // Keyboard only: from the PIN input, Tab reaches Show PIN, then the link; Enter follows it.
  await expect(sdkPage.hostedUi.getByLabel('Current PIN', { exact: true })).toBeFocused();
  await sdkPage.page.keyboard.press('Tab');
  await expect(sdkPage.hostedUi.getByRole('button', { name: 'Show PIN' })).toBeFocused();
  await sdkPage.page.keyboard.press('Tab');
  await expect(sdkPage.hostedUi.getByRole('link', { name: 'Forgot PIN?' })).toBeFocused();
  await pressThatMayClose(sdkPage.page, 'Enter');
  await expect.poll(() => sdkPage.events(), quickly).toEqual([{ kind: 'forgot-pin' }]);
  expect((await sdkPage.messages()).at(-1)).toEqual({ onForgotPin: true });
  await expectPinScreen(sdkPage, 'Current PIN');
  expect(await sdkPage.sdkFramePresent()).toBe(true);
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');
});
