// RESTORE_PIN and SET_PIN in the emulator's hosted PIN UI, and the checks it makes before showing any PIN screen,
// driven through the REAL web SDK; the challenge read back with the official Node SDK.
import type { ChallengeRun } from '../../harness/sdk-test-page/sdk-test-page-api';
import { clickThatMayClose } from '../../support/browser/closing-input';
import {
  enter,
  errorEvent,
  eventsAfter,
  expectAlert,
  expectPinScreen,
  quickly,
} from '../../support/browser/hosted-ui-steps';
import { expect, test } from './hosted-ui-fixture';
import { chooseSecurityQuestions, passSecurityIntro } from './security-setup-steps';

const petQuestion = 'What was the name of your first pet?';
const cityQuestion = 'In which city were you born?';

test('a restore with security answers: wrong answers show 155115 and stay, right ones (any case) reset the PIN', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'restore');
  await sdkPage.run(run);
  const { hostedUi, page } = sdkPage;
  await expect(hostedUi.getByRole('textbox')).toHaveCount(2);
  await expect(hostedUi.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  await expect(hostedUi.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();

  await expect(hostedUi.getByLabel(petQuestion, { exact: true })).toBeFocused();
  await page.keyboard.type('rex');
  await page.keyboard.press('Tab');
  await enter(sdkPage, cityQuestion, 'porto');
  await expectAlert(sdkPage, 155115);
  await expect(hostedUi.getByLabel(petQuestion, { exact: true })).toBeVisible();
  expect((await circle.challenge(run)).status).toBe('IN_PROGRESS');

  await page.keyboard.type(' Biscuit ');
  await page.keyboard.press('Tab');
  await enter(sdkPage, cityQuestion, 'LISBON');
  await expectPinScreen(sdkPage, 'New PIN');
  await enter(sdkPage, 'New PIN', '246810');
  await enter(sdkPage, 'Confirm new PIN', '246810');
  expect(await eventsAfter(sdkPage, 2)).toEqual([
    errorEvent(155115),
    { kind: 'complete', error: undefined, result: { type: 'RESTORE_PIN', status: 'COMPLETE' } },
  ]);
  expect((await circle.challenge(run)).status).toBe('COMPLETE');

  // The restored PIN is the user's PIN now.
  await sdkPage.clearRecords();
  await sdkPage.run(await circle.startChallenge(userId, 'change'));
  await enter(sdkPage, 'Current PIN', '246810');
  await expectPinScreen(sdkPage, 'New PIN');
  expect(sdkPage.problems).toEqual([]);
});

test('answers lockout: the fourth wrong set shows 155120 and the challenge FAILS with it', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'restore');
  await sdkPage.run(run);
  for (const code of [155115, 155115, 155115, 155120]) {
    await expect(sdkPage.hostedUi.getByLabel(petQuestion, { exact: true })).toBeFocused();
    await sdkPage.page.keyboard.type('rex');
    await sdkPage.page.keyboard.press('Tab');
    await enter(sdkPage, cityQuestion, 'porto');
    await expectAlert(sdkPage, code);
  }
  expect(await eventsAfter(sdkPage, 4)).toEqual([
    errorEvent(155115),
    errorEvent(155115),
    errorEvent(155115),
    { kind: 'complete', error: { code: 155120, message: expect.any(String) }, result: undefined },
  ]);
  expect(await circle.challenge(run)).toMatchObject({ status: 'FAILED', errorCode: 155120 });
  expect((await circle.user(userId)).securityQuestionStatus).toBe('LOCKED');
});

test('SET_PIN: "New PIN" → "Confirm new PIN" → the intro, two security questions from a list (a hint each), the summary, the confirmation, then COMPLETE', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-no-pin');
  const run = await circle.startChallenge(userId, 'set');
  await sdkPage.run(run);
  const { hostedUi } = sdkPage;
  await expect(hostedUi.getByRole('link', { name: 'Forgot PIN?' })).toHaveCount(0);
  await enter(sdkPage, 'New PIN', '246810');
  await enter(sdkPage, 'Confirm new PIN', '246810');
  await passSecurityIntro(sdkPage);

  // The same question twice, then a hint that gives the answer away (155705, Circle's own check, reported).
  await chooseSecurityQuestions(sdkPage, [
    { question: petQuestion, answer: 'biscuit' },
    { question: petQuestion, answer: 'lisbon' },
  ]);
  await expect(hostedUi.getByRole('alert')).toContainText('different questions');
  await chooseSecurityQuestions(sdkPage, [
    { question: petQuestion, answer: 'biscuit', hint: ' Biscuit' },
    { question: cityQuestion, answer: 'lisbon' },
  ]);
  await expectAlert(sdkPage, 155705);
  await chooseSecurityQuestions(sdkPage, [
    { question: petQuestion, answer: 'biscuit', hint: 'a dog' },
    { question: cityQuestion, answer: 'lisbon' },
  ]);
  const summary = hostedUi.locator('.summary');
  await expect(summary).toHaveCount(2);
  await expect(summary.first()).toContainText(petQuestion);
  await expect(summary.first()).toContainText('a dog');
  // The phrase must be typed as asked.
  await clickThatMayClose(sdkPage.page, hostedUi.getByRole('button', { name: 'Continue', exact: true }));
  await hostedUi.getByLabel('Type "I agree" to confirm', { exact: true }).fill('ok');
  await clickThatMayClose(sdkPage.page, hostedUi.getByRole('button', { name: 'Continue', exact: true }));
  await expect(hostedUi.getByRole('alert')).toContainText('Type "I agree"');
  await hostedUi.getByLabel('Type "I agree" to confirm', { exact: true }).fill(' i agree ');
  await clickThatMayClose(sdkPage.page, hostedUi.getByRole('button', { name: 'Continue', exact: true }));
  expect(await eventsAfter(sdkPage, 2)).toEqual([
    errorEvent(155705),
    { kind: 'complete', error: undefined, result: { type: 'SET_PIN', status: 'COMPLETE' } },
  ]);
  expect(await circle.user(userId)).toMatchObject({ pinStatus: 'ENABLED', securityQuestionStatus: 'ENABLED' });

  // The answers it set recover the PIN, and the recover screen shows the customer's hint.
  await sdkPage.clearRecords();
  await sdkPage.run(await circle.startChallenge(userId, 'restore'));
  await expect(hostedUi.getByLabel(petQuestion, { exact: true })).toBeFocused();
  await expect(hostedUi.locator('#answer-1-hint')).toHaveText('Hint a dog');
  await expect(hostedUi.locator('#answer-2-hint')).toHaveCount(0);
  await sdkPage.page.keyboard.type('biscuit');
  await sdkPage.page.keyboard.press('Tab');
  await enter(sdkPage, cityQuestion, 'lisbon');
  await expectPinScreen(sdkPage, 'New PIN');
  expect(sdkPage.problems).toEqual([]);
});

test("refused before any PIN screen: wrong appId, bad / expired / other user's token, wrong encryption key", async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const otherUser = await circle.startChallenge(await circle.newUser('user-knows-pin'), 'change');
  const other = { userToken: otherUser.userToken, encryptionKey: otherUser.encryptionKey };
  const cases: { name: string; code: number; change: Partial<ChallengeRun> }[] = [
    { name: 'wrong appId', code: 155114, change: { appId: '3b1b0a1e-0000-4000-8000-000000000000' } },
    { name: 'not a token', code: 155105, change: { userToken: 'not-a-jwt' } },
    { name: "another user's token", code: 155116, change: other },
    { name: 'wrong encryption key', code: 155118, change: { encryptionKey: other.encryptionKey } },
  ];
  for (const { name, code, change } of cases) {
    await test.step(name, async () => {
      await sdkPage.clearRecords();
      const run = await circle.startChallenge(userId, 'change');
      await sdkPage.run({ ...run, ...change });
      expect(await eventsAfter(sdkPage, 1)).toEqual([
        { kind: 'complete', error: { code, message: expect.any(String) }, result: undefined },
      ]);
      // No showUi: the frame was never shown; onClose lets the SDK remove it.
      expect(await sdkPage.messages()).toEqual([
        { onFrameReady: true },
        { onError: true, error: { code, message: expect.any(String) } },
        { onClose: true },
      ]);
      await expect(sdkPage.page.locator('#sdkIframe')).toHaveCount(0);
      expect((await circle.challenge(run)).status).toBe('PENDING');
    });
  }

  await test.step('expired token', async () => {
    await sdkPage.clearRecords();
    const run = await circle.startChallenge(userId, 'change');
    circle.emulator.clock.advance(61 * 60);
    await sdkPage.run(run);
    expect(await eventsAfter(sdkPage, 1)).toEqual([
      { kind: 'complete', error: { code: 155104, message: 'The userToken had expired.' }, result: undefined },
    ]);
    expect((await sdkPage.messages()).map((message) => Object.keys(message as object)[0])).toEqual([
      'onFrameReady',
      'onError',
      'onClose',
    ]);
  });
});

test('messages go only to the ?origin= the SDK sent, and only that origin is listened to', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await circle.startChallenge(userId, 'change');
  const { page } = sdkPage;
  const w3s = {
    w3s: {
      appSettings: { appId: run.appId },
      auth: { userToken: run.userToken, encryptionKey: run.encryptionKey },
      challenge: { challengeId: run.challengeId },
    },
  };

  // Claiming another origin: its onFrameReady is addressed there, so this page never gets it; and the hand-over this
  // page sends is not from that origin, so the frame ignores it and the challenge is never opened.
  await page.evaluate(() => window.sdkTestPage.embedHostedUi('https://elsewhere.pin-desk.invalid'));
  const manualFrame = page.frameLocator('#manualFrame');
  await expect(manualFrame.locator('#root')).toBeAttached();
  await page.evaluate((message) => window.sdkTestPage.postToManualFrame(message), w3s);
  await page.waitForTimeout(300);
  expect(await sdkPage.messages()).toEqual([]);
  await expect(manualFrame.getByLabel('Current PIN')).toHaveCount(0);
  expect((await circle.challenge(run)).status).toBe('PENDING');

  // The control: claiming this page's own origin, the same frame does say hello.
  await page.evaluate(() => document.getElementById('manualFrame')?.remove());
  await page.evaluate(() => window.sdkTestPage.embedHostedUi(window.location.origin));
  await expect.poll(() => sdkPage.messages(), quickly).toEqual([{ onFrameReady: true }]);
});
