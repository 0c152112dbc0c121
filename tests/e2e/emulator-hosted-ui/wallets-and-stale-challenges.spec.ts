// Through the REAL web SDK: a CREATE_WALLET challenge confirmed with the PIN on the hosted UI's own screen (a wrong
// PIN counts, the right one makes the wallet), and a stale challenge — one the user's state no longer allows — told to
// the customer and to the SDK's callback instead of overwriting anything.
import { randomUUID } from 'node:crypto';
import type { ChallengeRun } from '../../harness/sdk-test-page/sdk-test-page-api';
import { enter, eventsAfter, expectAlert, expectPinScreen } from '../../support/browser/hosted-ui-steps';
import { seededPin } from '../../support/seeded-customer';
import { type Circle, expect, test } from './hosted-ui-fixture';
import { chooseSecurityQuestions, confirmSecuritySetup, passSecurityIntro } from './security-setup-steps';

async function walletChallenge(circle: Circle, userId: string): Promise<ChallengeRun> {
  const token = (await circle.sdk.createUserToken({ userId })).data;
  if (!token?.encryptionKey) throw new Error('no user token');
  const { userToken, encryptionKey } = token;
  const started = await circle.sdk.createWallet({
    userToken,
    idempotencyKey: randomUUID(),
    blockchains: ['MATIC-AMOY', 'SOL-DEVNET'],
  });
  return { appId: circle.emulator.appId, userToken, encryptionKey, challengeId: started.data?.challengeId ?? '' };
}

test('CREATE_WALLET: the customer confirms with their PIN; a wrong one shows 155112 and counts', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const run = await walletChallenge(circle, userId);
  await sdkPage.run(run);
  await expectPinScreen(sdkPage, 'PIN');
  await expect(sdkPage.hostedUi.getByRole('heading', { name: 'Create your wallet' })).toBeVisible();
  await expect(sdkPage.hostedUi.getByText('create your wallets on MATIC-AMOY, SOL-DEVNET')).toBeVisible();

  await enter(sdkPage, 'PIN', '135790');
  await expectAlert(sdkPage, 155112);
  expect((await circle.user(userId)).failedAttempts).toBe(1);
  expect((await circle.sdk.listWallets({ userToken: run.userToken })).data?.wallets).toEqual([]);

  await enter(sdkPage, 'PIN', seededPin);
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'CREATE_WALLET', status: 'COMPLETE' } },
  ]);
  const wallets = (await circle.sdk.listWallets({ userToken: run.userToken, order: 'ASC' })).data?.wallets ?? [];
  expect(wallets.map((wallet) => wallet.blockchain)).toEqual(['MATIC-AMOY', 'SOL-DEVNET']);
  expect(await circle.challenge(run)).toMatchObject({ status: 'COMPLETE' });
  expect(sdkPage.problems).toEqual([]);
});

test('a SET_PIN whose PIN another challenge set meanwhile: opening it says 155107 and FAILS it', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-no-pin');
  const stale = await circle.startChallenge(userId, 'set');
  const other = await circle.startChallenge(userId, 'set');
  const steps = circle.emulator.challengeSteps;
  steps.open(other);
  const questions = [
    { question: 'What was the name of your first pet?', answer: 'rex' },
    { question: 'In which city were you born?', answer: 'porto' },
  ];
  expect((await steps.completeWithNewPin(other, '246810', '246810', questions)).ok).toBe(true);

  await sdkPage.run(stale);
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: { code: 155107, message: expect.any(String) }, result: undefined },
  ]);
  expect(await circle.challenge(stale)).toMatchObject({ status: 'FAILED', errorCode: 155107 });
});

test('a SET_PIN completed elsewhere while the customer chose questions: the last step says 155107', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-no-pin');
  const run = await circle.startChallenge(userId, 'set');
  await sdkPage.run(run);
  await enter(sdkPage, 'New PIN', '246810');
  await enter(sdkPage, 'Confirm new PIN', '246810');
  await passSecurityIntro(sdkPage);
  await chooseSecurityQuestions(sdkPage, [
    { question: 'What was the name of your first pet?', answer: 'biscuit' },
    { question: 'In which city were you born?', answer: 'lisbon' },
  ]);

  // Meanwhile another challenge (an app's sign-in made a second one) sets the PIN.
  const other = await circle.startChallenge(userId, 'set');
  circle.emulator.challengeSteps.open(other);
  const questions = [
    { question: 'What was the name of your first pet?', answer: 'rex' },
    { question: 'In which city were you born?', answer: 'porto' },
  ];
  expect((await circle.emulator.challengeSteps.completeWithNewPin(other, '390517', '390517', questions)).ok).toBe(true);

  await confirmSecuritySetup(sdkPage);
  await expectAlert(sdkPage, 155107);
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: { code: 155107, message: expect.any(String) }, result: undefined },
  ]);
  expect(await circle.challenge(run)).toMatchObject({ status: 'FAILED', errorCode: 155107 });
  expect(sdkPage.problems).toEqual([]);
});
