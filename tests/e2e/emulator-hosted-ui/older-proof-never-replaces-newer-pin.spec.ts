// Through the REAL web SDK: a CHANGE_PIN whose current PIN the customer entered, or a RESTORE_PIN whose answers they
// gave, while a newer CHANGE_PIN completed elsewhere. Finishing the older one must not replace the newer PIN: the
// window shows 155122, the SDK's callback gets it, the challenge reads FAILED and its notification goes out — under
// both behaviour profiles.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { behaviourProfiles } from '../../../src/emulator/behaviour/emulator-behaviour';
import type { ChallengeRun } from '../../harness/sdk-test-page/sdk-test-page-api';
import { enter, eventsAfter, expectAlert, expectPinScreen, quickly } from '../../support/browser/hosted-ui-steps';
import { seededAnswers, seededPin, seededQuestions } from '../../support/seeded-customer';
import { type Circle, expect, type SdkPage, test } from './hosted-ui-fixture';

interface Notified {
  notification: { id: string; status: string; errorCode?: number };
}

let receiver: Server;
let subscriptionId = '';
const notified: Notified[] = [];

test.beforeAll(async ({ circle }) => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST') notified.push(JSON.parse(Buffer.concat(chunks).toString()));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  subscriptionId = (await circle.sdk.createSubscription({ endpoint })).data?.id ?? '';
});

test.afterAll(async ({ circle }) => {
  // The emulator outlives this file (one per worker): nothing of this file's may keep receiving.
  await circle.sdk.deleteSubscription(subscriptionId);
  await new Promise((resolve) => receiver.close(resolve));
});

/** Another CHANGE_PIN for the same customer (another device, an agent), run to the end by the hosted UI's steps. */
async function newerChangeCompletes(circle: Circle, userId: string, pin: string): Promise<void> {
  const newer = await circle.startChallenge(userId, 'change');
  const steps = circle.emulator.challengeSteps;
  steps.open(newer);
  expect((await steps.verifyCurrentPin(newer, seededPin)).ok).toBe(true);
  expect((await steps.completeWithNewPin(newer, pin, pin)).ok).toBe(true);
}

/** Whether `pin` is the customer's PIN now, asked as the hosted UI asks it. */
async function pinIs(circle: Circle, userId: string, pin: string): Promise<boolean> {
  const check = await circle.startChallenge(userId, 'change');
  circle.emulator.challengeSteps.open(check);
  return (await circle.emulator.challengeSteps.verifyCurrentPin(check, pin)).ok;
}

async function answerSeededQuestions(sdkPage: SdkPage): Promise<void> {
  await expect(sdkPage.hostedUi.getByLabel(seededQuestions[0], { exact: true })).toBeFocused();
  await sdkPage.page.keyboard.type(seededAnswers[0]);
  await sdkPage.page.keyboard.press('Tab');
  await enter(sdkPage, seededQuestions[1], seededAnswers[1]);
}

/** The new PIN typed twice in the older challenge's window: it must end there, with 155122 told to the SDK. */
async function finishEndsWith155122(sdkPage: SdkPage, circle: Circle, older: ChallengeRun): Promise<void> {
  await enter(sdkPage, 'New PIN', '602841');
  await enter(sdkPage, 'Confirm new PIN', '602841');
  await expectAlert(sdkPage, 155122);
  await expect(sdkPage.hostedUi.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: { code: 155122, message: 'The provided challengeId is invalid' }, result: undefined },
  ]);
  expect(await circle.challenge(older)).toMatchObject({ status: 'FAILED', errorCode: 155122 });
}

async function notificationsOf(challengeId: string) {
  const of = () => notified.filter((delivery) => delivery.notification.id === challengeId);
  await expect.poll(() => of().some((delivery) => delivery.notification.status === 'FAILED'), quickly).toBe(true);
  return of().map(({ notification }) => [notification.status, notification.errorCode]);
}

for (const profile of behaviourProfiles) {
  test.describe(`under the ${profile} profile`, () => {
    test.beforeEach(({ circle }) => {
      circle.emulator.changeBehaviour({ profile });
    });
    test.afterEach(({ circle }) => {
      circle.emulator.changeBehaviour({ profile: 'circle' });
    });
    const expectedNotifications = profile === 'detailed' ? [['IN_PROGRESS', undefined]] : [];

    test('CHANGE_PIN: current PIN entered, a newer change completes, then the new PIN: FAILED 155122, newer PIN kept', async ({
      circle,
      sdkPage,
    }) => {
      const userId = await circle.newUser('user-knows-pin');
      const older = await circle.startChallenge(userId, 'change');
      await sdkPage.run(older);
      await enter(sdkPage, 'Current PIN', seededPin);
      await expectPinScreen(sdkPage, 'New PIN');

      await newerChangeCompletes(circle, userId, '390517');
      await finishEndsWith155122(sdkPage, circle, older);

      expect(await notificationsOf(older.challengeId)).toEqual([...expectedNotifications, ['FAILED', 155122]]);
      expect(await pinIs(circle, userId, '390517')).toBe(true);
      expect(await pinIs(circle, userId, '602841')).toBe(false);
      expect(sdkPage.problems).toEqual([]);
    });

    test('RESTORE_PIN: answers given, a newer change completes, then the new PIN: FAILED 155122, newer PIN kept', async ({
      circle,
      sdkPage,
    }) => {
      const userId = await circle.newUser('user-knows-pin');
      const older = await circle.startChallenge(userId, 'restore');
      await sdkPage.run(older);
      await answerSeededQuestions(sdkPage);
      await expectPinScreen(sdkPage, 'New PIN');

      await newerChangeCompletes(circle, userId, '390517');
      await finishEndsWith155122(sdkPage, circle, older);

      expect(await notificationsOf(older.challengeId)).toEqual([...expectedNotifications, ['FAILED', 155122]]);
      expect(await pinIs(circle, userId, '390517')).toBe(true);
      expect(await pinIs(circle, userId, '602841')).toBe(false);
      expect(sdkPage.problems).toEqual([]);
    });
  });
}
