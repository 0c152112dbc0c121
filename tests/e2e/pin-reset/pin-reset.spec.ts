import { circleHostedUiOrigin } from '../../../src/shared/app-origin';
import {
  challengesOf,
  customerChangesPin,
  customerEnters,
  customerLeaves,
  expectStatus,
  hostedUi,
  seededPin,
  showDeveloperDetails,
  startReset,
} from '../../support/browser/console-steps';
import { injectFault, setEmulatorBehaviour } from '../../support/emulator-controls';
import { expect, test } from '../test-bed-fixture';

test('happy path: the customer changes their PIN, the status reaches COMPLETE, and the old PIN stops working', async ({
  testBed,
  pageProblems,
}) => {
  const { page, emulator } = testBed;
  // The token's request and expiry are a developer's details.
  await showDeveloperDetails(page, true);
  await startReset(page, 'user-knows-pin');
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  await expectStatus(page, 'IN_PROGRESS');
  await expect(page.getByText(/token valid until/)).toBeVisible();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('The PIN was changed.')).toBeVisible();
  await expect(page.locator('#sdkIframe')).toHaveCount(0);

  // A second reset with the old PIN now fails with 155112.
  await startReset(page, 'user-knows-pin');
  await customerEnters(page, 'Current PIN', seededPin);
  await expect(hostedUi(page).getByRole('alert')).toContainText('155112');
  await expect(page.getByText(/Wrong PIN entered 1 time/)).toBeVisible();
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(2);
  expect(pageProblems.errors).toEqual([]);
});

test('one wrong current PIN, then the right one: COMPLETE, with the attempt shown', async ({ testBed }) => {
  const { page } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerEnters(page, 'Current PIN', '111112');
  await expect(hostedUi(page).getByRole('alert')).toContainText('155112');
  await expect(page.getByText(/Wrong PIN entered 1 time; 3 tries left/)).toBeVisible();
  await expectStatus(page, 'IN_PROGRESS');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
});

test('four wrong PINs lock the PIN: FAILED with 155119, the unlock time shown, no further challenge', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await startReset(page, 'user-knows-pin');
  for (const wrong of ['111112', '111113', '111114', '111115']) await customerEnters(page, 'Current PIN', wrong);
  await expect(hostedUi(page).getByRole('alert')).toContainText('155119');
  await expectStatus(page, 'FAILED');
  // Circle's window stays up to tell the customer why, until they close it.
  await customerLeaves(page, 'Close');
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
  await expect(page.getByText(/PIN is locked after too many wrong tries/).first()).toBeVisible();

  await startReset(page, 'user-knows-pin');
  const alert = page.getByRole('alert').filter({ hasText: 'locked' });
  // Local time with a relative form, never a raw ISO string.
  await expect(alert).toContainText(/until ([A-Z][a-z]{2} \d{1,2}, )?\d{1,2}:\d{2}( [AP]M)?, in \d+ min/);
  await expect(alert).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(1);
});

test('the customer cancels: the console notices, offers resume or restart, and a restart completes', async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
  await expect(page.getByText('The customer closed the PIN window before finishing.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeVisible();

  await page.getByRole('button', { name: 'Reopen PIN window' }).click();
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  await customerLeaves(page, 'Cancel');

  await page.getByRole('button', { name: 'Start a fresh challenge' }).click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(2);
});

test('a 500 on PUT /user/pin gives a clear error; Retry completes with exactly one challenge', async ({ testBed }) => {
  const { page, emulator } = testBed;
  await injectFault(emulator, { method: 'PUT', path: '/v1/w3s/user/pin', status: 500, times: 1 });
  // Circle's code and HTTP status beside the message are a developer's details.
  await showDeveloperDetails(page, true);
  await startReset(page, 'user-knows-pin');
  await expect(page.getByRole('alert')).toContainText('Circle had a problem on its side while creating the challenge.');
  await expect(page.getByRole('alert')).toContainText('HTTP 500');
  await page.getByRole('button', { name: 'Retry' }).click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(1);
});

/** `heldFrameLimitMs` in src/renderer/circle-window/circle-window.ts (renderer code, not importable here). */
const heldFrameLimitMs = 8_000;

test("Circle's window waits for main at most 8 s: a slower PUT /user/pin gets the window loaded afresh", async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  // The 8 s are the page's own timer: its clock is moved on, while main's PUT is held 5 s of real time.
  await page.clock.install();
  await page.reload();
  const hostedPageLoads: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${circleHostedUiOrigin}/?`)) hostedPageLoads.push(request.url());
  });
  await injectFault(emulator, { method: 'PUT', path: '/v1/w3s/user/pin', delayMs: 5000 });
  await startReset(page, 'user-knows-pin');
  await expect(page.locator('#sdkIframe')).toBeAttached();
  // Its timer started at the click, a moment before the frame showed here: 2 s short of the limit it is still held…
  await page.clock.fastForward(heldFrameLimitMs - 2000);
  await expect(page.locator('#sdkIframe')).toBeAttached();
  // …a second past it, it is dropped before main has the session…
  await page.clock.fastForward(3000);
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
  expect(hostedPageLoads).toHaveLength(1);
  // …and a fresh one runs the challenge when it arrives.
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible({ timeout: 15_000 });
  expect(hostedPageLoads).toHaveLength(2);
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(1);
});

test("Circle's window loads while main is still creating the challenge, then runs that challenge (twice)", async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  const started = () =>
    testBed.bridgeTraffic.filter((entry) => entry.channel === 'reset:start' && entry.direction === 'result');
  // A slow PUT /user/pin: the hosted page is ready long before main has a challenge to give it.
  await injectFault(emulator, { method: 'PUT', path: '/v1/w3s/user/pin', delayMs: 1500, times: 2 });
  for (const [current, next] of [
    [seededPin, '390517'],
    ['390517', '620481'],
  ] as const) {
    const before = started().length;
    await startReset(page, 'user-knows-pin');
    await expect(page.locator('#sdkIframe')).toBeAttached();
    expect(started()).toHaveLength(before);
    await customerChangesPin(page, current, next);
    await expectStatus(page, 'COMPLETE');
  }
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(2);
});

test("Circle's page never loads: 155706 and a way back, on the SDK's first use (its timeout) and after (the console's)", async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  // The hosted page's connection drops, so the SDK never hears from it. On the singleton's first use the SDK's own
  // 10 s timeout answers; after that only the console's watchdog does. Circle's code is a developer's detail.
  // Both are the page's timers: its clock is moved on a second at a time, at most the 15 s this test once waited.
  await page.clock.install();
  await page.reload();
  await showDeveloperDetails(page, true);
  for (const [current, next] of [
    [seededPin, '390517'],
    ['390517', '620481'],
  ] as const) {
    await injectFault(emulator, { method: 'GET', path: '/pw-auth/', drop: true, times: 1 });
    await startReset(page, 'user-knows-pin');
    await expect(page.locator('#sdkIframe')).toBeAttached();
    const answered = page.getByText('Circle code 155706');
    for (let second = 0; second < 15 && !(await answered.isVisible()); second += 1) {
      await page.clock.fastForward(1000);
      await answered.waitFor({ timeout: 200 }).catch(() => {});
    }
    await expect(answered).toBeVisible({ timeout: 1000 });
    await expect(page.getByText(/could not reach Circle/)).toBeVisible();
    await expect(page.locator('#sdkIframe')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reopen PIN window' }).click();
    await customerChangesPin(page, current, next);
    await expectStatus(page, 'COMPLETE');
  }
  expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(2);
  const outcomes = testBed.bridgeTraffic
    .filter((entry) => entry.channel === 'liveCase:reportOutcome' && entry.direction === 'invoke')
    .map((entry) => (entry.data as [{ outcome: { kind: string; code?: number } }])[0].outcome);
  expect(outcomes.filter((outcome) => outcome.kind !== 'complete')).toEqual([
    expect.objectContaining({ kind: 'error', code: 155706 }),
    { kind: 'no-handshake' },
  ]);
});

test('a start main refuses leaves no Circle window behind (it began loading at the click) and no page errors', async ({
  testBed,
  pageProblems,
}) => {
  const { page } = testBed;
  await startReset(page, 'user-disabled');
  await expect(page.getByRole('alert')).toContainText('disabled');
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
  await startReset(page, 'user-knows-pin');
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  expect(pageProblems.errors).toEqual([]);
});

test('a look at Cases mid-case loses nothing: back on Customer the case waits, and Reopen completes it', async ({
  testBed,
}) => {
  const { page } = testBed;
  const views = page.getByRole('navigation', { name: 'Views' });
  await startReset(page, 'user-knows-pin');
  await customerLeaves(page, 'Cancel');
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeVisible();

  await views.getByRole('button', { name: 'Cases' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'user-knows-pin' })).toContainText('Open');
  await expect(page.getByRole('button', { name: 'Reopen PIN window' })).toBeHidden();
  await views.getByRole('button', { name: 'Customer' }).click();

  await expect(page.getByLabel('User ID', { exact: true })).toHaveValue('user-knows-pin');
  await page.getByRole('button', { name: 'Reopen PIN window' }).click();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
});

test('a bad user ID gets an inline error and no request', async ({ testBed }) => {
  const { page } = testBed;
  await startReset(page, 'abc');
  await expect(page.getByText('A user ID has at least 5 characters.')).toBeVisible();
  await expect(page.getByLabel('User ID', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(testBed.bridgeTraffic.filter((entry) => entry.channel === 'reset:start')).toEqual([]);
});

test.describe('with challenges that outlive tokens', () => {
  test.use({ testBedOptions: { challengeLifetimeSeconds: 2 * 60 * 60 } });

  test('the token expires mid-flow (clock +61 min): a new one is acquired, nothing re-typed', async ({ testBed }) => {
    const { page, emulator } = testBed;
    await startReset(page, 'user-knows-pin');
    await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
    const tokenOf = (channel: string) =>
      (
        testBed.bridgeTraffic.find((entry) => entry.direction === 'result' && entry.channel === channel)?.data as {
          value?: { userToken?: string };
        }
      )?.value?.userToken;
    emulator.clock.advance(61 * 60);
    await customerEnters(page, 'Current PIN', seededPin);
    // Circle's window reports 155104; the console resumes the same challenge with a fresh token by itself.
    await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
    const resumes = testBed.bridgeTraffic.filter(
      (entry) => entry.channel === 'liveCase:resume' && entry.direction === 'result',
    );
    expect(resumes).toHaveLength(1);
    expect(tokenOf('liveCase:resume')).toBeTruthy();
    expect(tokenOf('liveCase:resume')).not.toBe(tokenOf('reset:start'));
    await customerChangesPin(page, seededPin, '390517');
    await expectStatus(page, 'COMPLETE');
    expect(challengesOf(emulator, 'user-knows-pin')).toHaveLength(1);
  });
});

// Circle reports an expired challenge as FAILED with 155121 (the emulator's default profile); the detailed profile
// says EXPIRED. The console reads both as the challenge running out of time.
for (const [profile, status] of [
  ['circle', 'FAILED'],
  ['detailed', 'EXPIRED'],
] as const) {
  test(`token and challenge both expire (clock +61 min, 10-minute challenges; ${profile}: ${status}): a fresh challenge, nothing re-typed`, async ({
    testBed,
  }) => {
    const { page, emulator } = testBed;
    await setEmulatorBehaviour(emulator, { profile });
    await startReset(page, 'user-knows-pin');
    await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
    emulator.clock.advance(61 * 60);
    // The expired challenge leaves the customer nothing to do: the console takes Circle's window away by itself.
    await expectStatus(page, status);
    await expect(page.locator('#sdkIframe')).toHaveCount(0);
    await expect(page.getByText(/challenge expired/i).first()).toBeVisible();
    await page.getByRole('button', { name: 'Start a fresh challenge' }).click();
    await customerChangesPin(page, seededPin, '390517');
    await expectStatus(page, 'COMPLETE');
    expect(challengesOf(emulator, 'user-knows-pin').map((challenge) => challenge.id)).toHaveLength(2);
  });
}
