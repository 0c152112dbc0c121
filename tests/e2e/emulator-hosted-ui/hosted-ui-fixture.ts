// The bed for the hosted PIN UI tests: per worker, one emulator (cheap hashing), the official Node SDK pointed at it,
// a headless Chromium and the SDK test page (the real web SDK, bundled once); per test, a fresh browser context routed
// as the console's session is on an emulator environment — the test page's origin is the "app", and
// https://pw-auth.circle.com/<rest> is forwarded to <emulator>/pw-auth/<rest>, by the session's own functions.
import { randomUUID } from 'node:crypto';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { type Browser, test as base, chromium, type FrameLocator, type Page } from '@playwright/test';
import { testScryptCost } from '../../../src/emulator/auth/secret-hash';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator';
import { chromiumLaunchOptions } from '../../harness/chromium-launch';
import { routeLikeTheSession } from '../../harness/policy-routing';
import { buildSdkTestPage, sdkTestPageOrigin } from '../../harness/sdk-test-page/build-sdk-test-page';
import type { ChallengeRun, SdkEvent } from '../../harness/sdk-test-page/sdk-test-page-api';

export type CircleClient = ReturnType<typeof initiateUserControlledWalletsClient>;
export type ChallengeKind = 'change' | 'restore' | 'set';

export interface Circle {
  emulator: Emulator;
  sdk: CircleClient;
  /** A new user in a seeded scenario's state (the seeded PIN and answers), with a unique id. */
  newUser(scenario: 'user-knows-pin' | 'user-no-pin'): Promise<string>;
  /** A user token and a challenge of that kind, made with the official Node SDK: everything the web SDK needs. */
  startChallenge(userId: string, kind: ChallengeKind): Promise<ChallengeRun>;
  challenge(run: ChallengeRun): Promise<{ status: string; type: string; errorCode?: number }>;
  user(userId: string): Promise<{ pinStatus?: string; securityQuestionStatus?: string; failedAttempts?: number }>;
}

export interface SdkPage {
  page: Page;
  /** The SDK's iframe (#sdkIframe): the hosted PIN UI as the customer sees it. */
  hostedUi: FrameLocator;
  /** Console errors and uncaught exceptions from the page and its frames (CSP violations among them). */
  problems: string[];
  run(run: ChallengeRun): Promise<void>;
  events(): Promise<SdkEvent[]>;
  /** What the hosted UI posted to the page, in order. */
  messages(): Promise<unknown[]>;
  sdkFramePresent(): Promise<boolean>;
  clearRecords(): Promise<void>;
}

/**
 * A new browser context on the SDK test page, every request through the console's router: the test page's origin is
 * the app, https://pw-auth.circle.com/<rest> goes to <hostedUiBaseUrl><rest>, anything else is refused (and fails
 * the test at close).
 */
/** The SDK test page served at `origin`, opened in `page`, with its console errors and page errors collected. */
export async function sdkPageAt(page: Page, origin: string): Promise<SdkPage> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => window.sdkTestPage !== undefined);
  return {
    page,
    hostedUi: page.frameLocator('#sdkIframe'),
    problems,
    run: (run) => page.evaluate((args) => window.sdkTestPage.runChallenge(args), run),
    events: () => page.evaluate(() => window.sdkTestPage.events()),
    messages: () => page.evaluate(() => window.sdkTestPage.messages()),
    sdkFramePresent: () => page.evaluate(() => window.sdkTestPage.sdkFramePresent()),
    clearRecords: () => page.evaluate(() => window.sdkTestPage.clearRecords()),
  };
}

export async function openSdkPage(
  browser: Browser,
  pageRoot: string,
  hostedUiBaseUrl: string,
): Promise<{ sdkPage: SdkPage; close(): Promise<void> }> {
  const context = await browser.newContext();
  const refused: string[] = [];
  const routing = routeLikeTheSession(context, {
    appOrigin: sdkTestPageOrigin,
    appRoot: pageRoot,
    onRefused: (url) => refused.push(url),
  });
  await routing.applyHostedUi({ kind: 'forward', baseUrl: hostedUiBaseUrl });
  const sdkPage = await sdkPageAt(await context.newPage(), sdkTestPageOrigin);
  return {
    sdkPage,
    async close() {
      await context.close();
      if (refused.length > 0) throw new Error(`The network policy refused: ${refused.join(', ')}`);
    },
  };
}

export const test = base.extend<
  { sdkPage: SdkPage },
  { circle: Circle; chromiumBrowser: Browser; sdkPageRoot: string }
>({
  circle: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form for fixtures.
    async ({}, use) => {
      const emulator = await createEmulator({ secretHashCost: testScryptCost });
      const sdk = initiateUserControlledWalletsClient({ apiKey: emulator.apiKey, baseUrl: emulator.baseUrl });
      const circle: Circle = {
        emulator,
        sdk,
        async newUser(scenario) {
          const userId = `hosted-ui-${randomUUID().slice(0, 8)}`;
          const response = await fetch(`${emulator.baseUrl}/emulator/users`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${emulator.apiKey}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ userId, scenario }),
          });
          if (response.status !== 201) throw new Error(`POST /emulator/users: ${response.status}`);
          return userId;
        },
        async startChallenge(userId, kind) {
          const token = (await sdk.createUserToken({ userId })).data;
          if (!token?.encryptionKey) throw new Error('no user token');
          const { userToken, encryptionKey } = token;
          const request = { userToken, idempotencyKey: randomUUID() };
          const started =
            kind === 'change'
              ? await sdk.updateUserPin(request)
              : kind === 'restore'
                ? await sdk.restoreUserPin(request)
                : await sdk.createUserPin(request);
          const challengeId = started.data?.challengeId;
          if (!challengeId) throw new Error('no challenge');
          return { appId: emulator.appId, userToken, encryptionKey, challengeId };
        },
        async challenge(run) {
          const { data } = await sdk.getUserChallenge({ userToken: run.userToken, challengeId: run.challengeId });
          if (!data) throw new Error('no challenge');
          return data.challenge as { status: string; type: string; errorCode?: number };
        },
        async user(userId) {
          const { data } = await sdk.getUser({ userId });
          const user = data?.user as
            | { pinStatus?: string; securityQuestionStatus?: string; pinDetails?: { failedAttempts?: number } }
            | undefined;
          return { ...user, failedAttempts: user?.pinDetails?.failedAttempts };
        },
      };
      await use(circle);
      await emulator.close();
    },
    { scope: 'worker' },
  ],
  chromiumBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form for fixtures.
    async ({}, use) => {
      const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  sdkPageRoot: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form for fixtures.
    async ({}, use) => {
      await use(await buildSdkTestPage());
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  sdkPage: async ({ circle, chromiumBrowser, sdkPageRoot }, use) => {
    const opened = await openSdkPage(chromiumBrowser, sdkPageRoot, `${circle.emulator.baseUrl}/pw-auth/`);
    await use(opened.sdkPage);
    await opened.close();
  },
});

export { expect } from '@playwright/test';
