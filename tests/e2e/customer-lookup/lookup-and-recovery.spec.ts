import type { Page } from '@playwright/test';
import { clickThatMayClose } from '../../support/browser/closing-input';
import {
  answer,
  challengesOf,
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectStatus,
  hostedUi,
  lookUp,
  seededPin,
  showDeveloperDetails,
  startRecovery,
  startReset,
} from '../../support/browser/console-steps';
import { sendAndAwaitAnswer } from '../../support/browser/hosted-ui-answer';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { emulatorControl } from '../../support/emulator-controls';
import { seededAnswers, seededQuestions } from '../../support/seeded-customer';
import { expect, test } from '../test-bed-fixture';

const [firstPet, birthCity] = seededQuestions;

async function customerAnswers(page: Page, pet: string, city: string) {
  const frame = hostedUi(page);
  await frame.getByLabel(firstPet, { exact: true }).fill(pet);
  await frame.getByLabel(birthCity, { exact: true }).fill(city);
  await sendAndAwaitAnswer(frame, () =>
    clickThatMayClose(page, frame.getByRole('button', { name: 'Continue', exact: true })),
  );
}

const recommendation = (page: Page) => page.getByTestId('recommendation');

/** A lock as the agent's pill says it: until a local time. */
const lockedUntil = /^Locked until ([A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d{2}( [AP]M)?$/;

test('lookup of each seeded scenario shows its statuses in words and the path that can succeed', async ({
  testBed,
}) => {
  const { page } = testBed;
  const cases = [
    { userId: 'user-knows-pin', statuses: ['Enabled', 'Enabled', 'Enabled'], answers: ['Yes', 'Yes'], path: 'reset' },
    { userId: 'user-knows-pin', statuses: ['Enabled', 'Enabled', 'Enabled'], answers: ['No', 'Yes'], path: 'recovery' },
    {
      userId: 'user-pin-locked',
      statuses: ['Enabled', lockedUntil, 'Enabled'],
      answers: ['Yes', 'Yes'],
      path: 'recovery',
    },
    { userId: 'user-pin-locked', statuses: ['Enabled', lockedUntil, 'Enabled'], answers: ['Yes', 'No'], path: 'wait' },
    {
      userId: 'user-answers-locked',
      statuses: ['Enabled', 'Enabled', lockedUntil],
      answers: ['No', 'Yes'],
      path: 'wait',
    },
    // No answer changes these: the two questions are not asked.
    { userId: 'user-disabled', statuses: ['Disabled'], answers: null, path: 'not-a-reset-case' },
    { userId: 'user-no-pin', statuses: ['Enabled', 'Not set'], answers: null, path: 'not-a-reset-case' },
  ] as const;
  for (const scenario of cases) {
    await lookUp(page, scenario.userId);
    await expect(page.getByRole('heading', { name: `Customer ${scenario.userId}` })).toBeVisible();
    const [account, pin, questions] = scenario.statuses;
    await expect(page.getByTestId('account-status')).toHaveText(account);
    if (pin) await expect(page.getByTestId('pin-status')).toHaveText(pin);
    if (questions) await expect(page.getByTestId('security-question-status')).toHaveText(questions);
    if (scenario.answers) await answer(page, scenario.answers[0], scenario.answers[1]);
    else await expect(page.locator('fieldset.yes-no')).toHaveCount(0);
    await expect(recommendation(page), scenario.userId).toHaveAttribute('data-path', scenario.path);
  }
  await lookUp(page, 'user-pin-locked');
  // How long, in words, beside the pill; Circle's own words are under Details.
  await expect(page.locator('.lookup-panel')).toContainText(/in \d+ min · 4 wrong tries/);
  await expect(page.locator('.lookup-panel details')).toContainText('LOCKED');
  // An admin lifts the lock by hand: Circle's lastLockOverrideDate shows in the lookup.
  await emulatorControl(testBed.emulator, '/emulator/users/user-pin-locked/unlock', {});
  await lookUp(page, 'user-disabled');
  await lookUp(page, 'user-pin-locked');
  await expect(page.getByTestId('pin-status')).toHaveText('Enabled');
  await expect(page.getByTestId('pin-lock-override')).toBeVisible();
  await lookUp(page, 'user-disabled');
  await expect(page.getByTestId('account-status')).toHaveText('Disabled');
  await expect(recommendation(page)).toContainText('Not a PIN case: the account is disabled');
  await lookUp(page, 'nobody-by-this-id');
  await expect(page.getByRole('alert')).toContainText('Circle has no such user: “nobody-by-this-id”');
});

test('PIN and answers both forgotten: an unmissable warning and no start button', async ({ testBed }) => {
  const { page } = testBed;
  await lookUp(page, 'user-knows-pin');
  await answer(page, 'No', 'No');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be recovered' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start PIN reset' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Start account recovery' })).toBeDisabled();
});

test('recovery by answers completes, and the new PIN works in a following reset', async ({ testBed }) => {
  const { page } = testBed;
  await startRecovery(page, 'user-knows-pin');
  // Circle compares answers without case or surrounding spaces.
  await customerAnswers(page, seededAnswers[0].toUpperCase(), ` ${seededAnswers[1]} `);
  await customerEnters(page, 'New PIN', '205813');
  await customerEnters(page, 'Confirm new PIN', '205813');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('The account is recovered with a new PIN.')).toBeVisible();

  await startReset(page, 'user-knows-pin');
  await customerChangesPin(page, '205813', '390517');
  await expectStatus(page, 'COMPLETE');
});

test('wrong answers until locked: 155115, then 155120 with the lock’s end time', async ({ testBed }) => {
  const { page } = testBed;
  await startRecovery(page, 'user-knows-pin');
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await customerAnswers(page, `pet-${attempt}`, 'nowhere');
    await expect(hostedUi(page).getByRole('alert')).toContainText('155115');
  }
  await customerAnswers(page, 'pet-4', 'nowhere');
  await expect(hostedUi(page).getByRole('alert')).toContainText('155120');
  await expectStatus(page, 'FAILED');
  await customerLeaves(page, 'Close');
  await lookUp(page, 'user-knows-pin');
  await expect(page.getByTestId('security-question-status')).toHaveText(lockedUntil);
  await expect(page.locator('.lookup-panel')).toContainText(/in \d+ min · 4 wrong tries/);
  await answer(page, 'No', 'Yes');
  await expect(recommendation(page)).toHaveAttribute('data-path', 'wait');
  await expect(recommendation(page)).toContainText(/Unlocks ([A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d{2}/);
});

test('Forgot PIN inside a reset moves to recovery without starting over, and recovery completes', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await startReset(page, 'user-knows-pin');
  await clickThatMayClose(page, hostedUi(page).getByRole('link', { name: 'Forgot PIN?' }));
  await expect(page.getByRole('heading', { name: 'Account recovery' })).toBeVisible();
  await customerAnswers(page, ...seededAnswers);
  await customerEnters(page, 'New PIN', '205813');
  await customerEnters(page, 'Confirm new PIN', '205813');
  await expectStatus(page, 'COMPLETE');
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(2);
  const channels = testBed.bridgeTraffic.filter((entry) => entry.direction === 'invoke').map((entry) => entry.channel);
  expect(channels).toContain('recovery:fromForgotPin');
  expect(channels.filter((channel) => channel === 'reset:start')).toHaveLength(1);
});

test('a challenge the customer started in their own app is followed to COMPLETE', async ({ testBed }) => {
  const { page, emulator } = testBed;
  // The customer's wallet app: its own backend makes the challenge, its own hosted UI runs it.
  const { userToken, encryptionKey, challengeId } = await challengeMadeElsewhere(emulator, 'user-knows-pin');

  // The challenge step (which challenge is followed) is a developer's detail.
  await showDeveloperDetails(page, true);
  await lookUp(page, 'user-knows-pin');
  await page.getByRole('button', { name: `Follow challenge ${challengeId}` }).click();
  await expectStatus(page, 'PENDING');
  await expect(page.getByText(`Following the customer’s challenge ${challengeId}`)).toBeVisible();

  const customer = { challengeId, userToken };
  emulator.challengeSteps.open({ ...customer, encryptionKey, appId: emulator.appId });
  await expectStatus(page, 'IN_PROGRESS');
  await emulator.challengeSteps.verifyCurrentPin(customer, seededPin);
  await emulator.challengeSteps.completeWithNewPin(customer, '390517', '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
});
