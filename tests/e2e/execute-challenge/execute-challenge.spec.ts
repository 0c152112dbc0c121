// Circle's PIN reset guide, step 4, in PIN Desk: a challenge the developer's own backend made (the official Node SDK
// against the embedded emulator) executed from the Customer view's "Execute a challenge" section.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestBed } from '../../harness/test-bed';
import {
  customerChangesPin,
  customerEnters,
  expectStatus,
  hostedUi,
  seededPin,
  showDeveloperDetails,
} from '../../support/browser/console-steps';
import { executeChallenge, executeSection, pasteNewToken } from '../../support/browser/execute-steps';
import { challengeMadeElsewhere, type PastedPair, tokenMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { seriousViolations } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

/** Every file under a folder, as text (the case log on disk, the exports). */
async function filesUnder(root: string): Promise<string> {
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    files.filter((file) => file.isFile()).map((file) => readFile(join(file.parentPath, file.name), 'utf8')),
  );
  return texts.join('\n');
}

// Executing a challenge made elsewhere is a developer's tool: shown with developer details, which are off by default.
test.beforeEach(async ({ testBed }) => {
  await showDeveloperDetails(testBed.page, true);
});

const executeCalls = (bridgeTraffic: { channel: string; direction: string }[]) =>
  bridgeTraffic.filter((entry) => entry.channel === 'liveCase:execute' && entry.direction === 'invoke');

test('a challenge made outside the console is executed to COMPLETE, and its token and key are written nowhere', async ({
  testBed,
  pageProblems,
}) => {
  const { page, emulator, userDataDir } = testBed;
  const made = await challengeMadeElsewhere(emulator, 'user-knows-pin');
  const section = executeSection(page);
  await expect(section.getByTestId('execute-app-id')).toHaveText(emulator.appId);

  await executeChallenge(page, made);
  // The secrets leave the form with Execute; the challenge ID stays, as the developer typed it.
  await expect(section.getByLabel('User token', { exact: true })).toHaveValue('');
  await expect(section.getByLabel('Encryption key', { exact: true })).toHaveValue('');
  await expect(section.getByLabel('Challenge ID', { exact: true })).toHaveValue(made.challengeId);

  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  await expectStatus(page, 'IN_PROGRESS');
  await expect(page.getByText(`Made by your backend → challenge ${made.challengeId} (CHANGE_PIN)`)).toBeVisible();
  await expect(page.getByText(/Pasted user token for user-knows-pin → valid until/)).toBeVisible();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('The PIN was changed.')).toBeVisible();
  await expect(page.locator('#sdkIframe')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('combobox', { name: 'Flow' }).selectOption('executed');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('user-knows-pin');
  await expect(rows.nth(1)).toContainText('Complete');
  await rows
    .nth(1)
    .getByRole('button', { name: /^Open case for user-knows-pin/ })
    .click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Case opened: executed');
  await expect(timeline).toContainText('User token pasted by the developer');
  await expect(timeline).toContainText('Case closed: COMPLETE');
  for (const format of ['Markdown', 'JSON']) {
    await page.getByRole('button', { name: `Export ${format}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved to` })).toContainText(
      format === 'JSON' ? '.json' : '.md',
    );
  }

  const caseLog = await filesUnder(join(userDataDir, 'case-log'));
  const exports = await filesUnder(join(userDataDir, 'exports'));
  expect(caseLog).toContain(made.challengeId);
  expect(exports).toContain('User token pasted by the developer');
  for (const written of [caseLog, exports, testBed.mainLog.join('\n')]) {
    expect(written).not.toContain(made.userToken);
    expect(written).not.toContain(made.encryptionKey);
  }
  expect(pageProblems.errors).toEqual([]);
});

test('a wrong PIN, then the right one: the attempt shows, and the challenge completes', async ({ testBed }) => {
  const { page, emulator } = testBed;
  await executeChallenge(page, await challengeMadeElsewhere(emulator, 'user-knows-pin'));
  await customerEnters(page, 'Current PIN', '111112');
  await expect(hostedUi(page).getByRole('alert')).toContainText('155112');
  await expect(page.getByText(/Wrong PIN entered 1 time; 3 tries left/)).toBeVisible();
  await expectStatus(page, 'IN_PROGRESS');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
});

/** After Circle refused the pasted token: the console's prompt, then a new pair pasted, then the reset completes. */
async function pasteNewPairAndComplete(testBed: TestBed, made: PastedPair): Promise<void> {
  const { page, emulator } = testBed;
  const prompt = page.getByRole('form', { name: 'The user token expired' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('Circle code 155104');
  await expect(prompt).toContainText('PIN Desk cannot make a new one');
  // Circle's window can do nothing with a dead token: it goes, so the prompt is not covered.
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
  // Nothing renewed behind the developer's back: the console cannot make a token for this user.
  expect(testBed.bridgeTraffic.filter((entry) => entry.channel === 'liveCase:resume')).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  const fresh = await tokenMadeElsewhere(emulator, 'user-knows-pin');
  await pasteNewToken(page, fresh);
  await expect(prompt).toBeHidden();
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  const replaced = testBed.bridgeTraffic.filter(
    (entry) => entry.channel === 'liveCase:replaceToken' && entry.direction === 'invoke',
  );
  expect(replaced).toHaveLength(1);
  const caseLog = await filesUnder(join(testBed.userDataDir, 'case-log'));
  for (const secret of [made.userToken, made.encryptionKey, fresh.userToken, fresh.encryptionKey]) {
    expect(caseLog).not.toContain(secret);
  }
}

test.describe('with challenges that outlive tokens', () => {
  test.use({ testBedOptions: { challengeLifetimeSeconds: 2 * 60 * 60 } });

  test('the pasted token expires while the window is open: main notices, the console says so, a new token completes', async ({
    testBed,
  }) => {
    const { page, emulator } = testBed;
    const made = await challengeMadeElsewhere(emulator, 'user-knows-pin');
    await executeChallenge(page, made);
    await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
    emulator.clock.advance(61 * 60);
    // The customer does nothing: main's next status read meets 155104.
    await pasteNewPairAndComplete(testBed, made);
  });
});

test.describe('with challenges that outlive tokens, and main polling rarely', () => {
  test.use({
    testBedOptions: {
      challengeLifetimeSeconds: 2 * 60 * 60,
      watchIntervals: { firstMs: 120_000, maxMs: 120_000, factor: 1 },
    },
  });

  test('the customer types after the pasted token expired: Circle’s window reports 155104, and the console asks for a new token', async ({
    testBed,
  }) => {
    const { page, emulator } = testBed;
    const made = await challengeMadeElsewhere(emulator, 'user-knows-pin');
    await executeChallenge(page, made);
    await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
    emulator.clock.advance(61 * 60);
    await customerEnters(page, 'Current PIN', seededPin);
    await expect(page.getByRole('form', { name: 'The user token expired' })).toBeVisible();
    const reported = testBed.bridgeTraffic
      .filter((entry) => entry.channel === 'liveCase:reportOutcome' && entry.direction === 'invoke')
      .map((entry) => (entry.data as [{ outcome: { kind: string; code?: number } }])[0].outcome);
    expect(reported).toContainEqual(expect.objectContaining({ kind: 'error', code: 155104 }));
    await pasteNewPairAndComplete(testBed, made);
  });
});

const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const expiredToken = `${jwtPart({ alg: 'HS256', typ: 'JWT' })}.${jwtPart({
  sub: 'user-knows-pin',
  exp: Math.floor(Date.now() / 1000) - 60,
})}.c2lnbmF0dXJl`;

test('each malformed field gets its own message before any call, in the page and in main', async ({ testBed }) => {
  const { page, emulator } = testBed;
  const made = await challengeMadeElsewhere(emulator, 'user-knows-pin');
  const section = executeSection(page);
  const cases = [
    ['User token', { userToken: 'not-a-jwt' }, /Circle’s user tokens are JWTs/],
    ['User token', { userToken: expiredToken }, /This user token expired at/],
    ['Encryption key', { encryptionKey: 'not base64!' }, /not an encryption key/],
    ['Encryption key', { encryptionKey: Buffer.alloc(16, 1).toString('base64') }, /decodes to 16 bytes/],
    ['Challenge ID', { challengeId: 'challenge-42' }, /A challenge ID is a UUID/],
  ] as const;
  for (const [label, change, message] of cases) {
    await executeChallenge(page, { ...made, ...change });
    const field = section.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(section.getByText(message)).toBeVisible();
    // Nothing is lost: a refused field keeps what was pasted, so it can be fixed.
    await expect(field).toHaveValue(Object.values(change)[0] ?? '');
  }
  expect(executeCalls(testBed.bridgeTraffic)).toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }

  // Main applies the same rules itself: a renderer that skipped them is refused with the same words.
  for (const [, change, message] of cases) {
    const answer = await page.evaluate((input) => window.pinDesk.liveCase.execute(input), { ...made, ...change });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(message) },
    });
  }
  expect(emulator.exportState().challenges.filter((challenge) => challenge.status !== 'PENDING')).toEqual([]);
});

test("a challenge of another user is refused in Circle's words, with the code, before any window opens", async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  const made = await challengeMadeElsewhere(emulator, 'user-knows-pin');
  const other = await tokenMadeElsewhere(emulator, 'user-answers-locked');
  await executeChallenge(page, { ...other, challengeId: made.challengeId });
  const alert = page.getByRole('alert').filter({ hasText: '155116' });
  await expect(alert).toContainText("“The challenge ID doesn't exist in the system.”");
  await expect(alert).toContainText('Circle code 155116 (HTTP 404)');
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
});

test("a key that is not this token's: Circle's window refuses it, and the console says so in Circle's words", async ({
  testBed,
}) => {
  const { page, emulator } = testBed;
  const made = await challengeMadeElsewhere(emulator, 'user-knows-pin');
  const another = await tokenMadeElsewhere(emulator, 'user-knows-pin');
  await executeChallenge(page, { ...made, encryptionKey: another.encryptionKey });
  const guidance = page.getByRole('region', { name: 'What to tell the customer' });
  await expect(guidance).toContainText('Encryption key does not match with the user');
  await expect(guidance).toContainText('Circle code 155118');
  await expect(guidance).toContainText('the encryption key that came with this user token');
  await expect(page.locator('#sdkIframe')).toHaveCount(0);
});
