// The hosted PIN UI from a developer's own browser, as the README tells them: `npm run emulator -- --circle-hosts`,
// then Chromium started from a shell with exactly the printed `browser flags:` line, and a plain web app (the SDK test
// page: the real web SDK) served from an ordinary loopback server. No Playwright routing, no interception: the test
// only drives the page over CDP.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { initiateUserControlledWalletsClient } from '@circle-fin/user-controlled-wallets';
import { type Browser, chromium } from '@playwright/test';
import { readAppFile } from '../../../src/main/session/app-files';
import { type AppOriginServer, startAppOriginServer } from '../../harness/app-origin-server';
import { buildSdkTestPage } from '../../harness/sdk-test-page/build-sdk-test-page';
import { enter, eventsAfter, expectPinScreen } from '../../support/browser/hosted-ui-steps';
import { challengeMadeElsewhere } from '../../support/challenge-made-elsewhere';
import { seededPin } from '../../support/seeded-customer';
import { type StandaloneEmulatorProcess, startStandaloneEmulator } from '../../support/standalone-emulator-process';
import { expect, sdkPageAt, test } from './hosted-ui-fixture';

const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();

/** A plain static server for the test page on a free loopback port (no CSP, nothing of the console's). */
async function serveTestPage(root: string): Promise<{ server: AppOriginServer; origin: string }> {
  const server = await startAppOriginServer(async (request) => {
    const { pathname } = new URL(request.url);
    // No icon, and no 404 for one in the page's console.
    if (pathname === '/favicon.ico') return new Response(null, { status: 204 });
    const file = await readAppFile(root, pathname);
    if (!file.found) return new Response('Not found', { status: 404 });
    return new Response(file.body, { headers: { 'content-type': file.contentType } });
  });
  return { server, origin: `http://localhost:${server.port}` };
}

/**
 * Chromium from a shell, the printed flags pasted verbatim into the command line (a developer adds nothing but what
 * their machine needs: here headless, the DevTools port this test drives it through, and --no-sandbox as root).
 */
function launchChromiumWithFlags(flagsLine: string): Promise<{ child: ChildProcess; browser: Promise<Browser> }> {
  const machine = [
    '--headless',
    '--remote-debugging-port=0',
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ].join(' ');
  const child = spawn('/bin/sh', ['-c', `exec "$0" ${machine} ${flagsLine} about:blank`, chromiumPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools URL:\n${stderr}`)), 20_000);
    const read = (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /DevTools listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stderr?.off('data', read);
      resolve({ child, browser: chromium.connectOverCDP(url) });
    };
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${stderr}`)));
  });
}

test('Chromium with exactly the printed browser flags runs a CHANGE_PIN in a plain page with the real web SDK', async () => {
  let emulator: StandaloneEmulatorProcess | undefined;
  let pageServer: AppOriginServer | undefined;
  let chromiumProcess: ChildProcess | undefined;
  try {
    emulator = await startStandaloneEmulator(['--port', '0', '--circle-hosts'], [/^browser flags: /]);
    expect(emulator.printed.lines).toContainEqual(
      expect.stringMatching(/^circle hosts: \d+ api\.circle\.com pw-auth\.circle\.com assets\.circle-emulator\.test$/),
    );
    const flagsLine = emulator.printed.lines.find((line) => line.startsWith('browser flags: '))?.slice(15) ?? '';
    expect(flagsLine).toMatch(
      /^--host-resolver-rules="MAP api\.circle\.com 127\.0\.0\.1:(\d+), MAP pw-auth\.circle\.com 127\.0\.0\.1:\1, MAP assets\.circle-emulator\.test 127\.0\.0\.1:\1" --ignore-certificate-errors-spki-list=[A-Za-z0-9+/]{43}= --user-data-dir=\S+$/,
    );
    const served = await serveTestPage(await buildSdkTestPage());
    pageServer = served.server;
    const launched = await launchChromiumWithFlags(flagsLine);
    chromiumProcess = launched.child;
    const browser = await launched.browser;
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    const sdkPage = await sdkPageAt(await context.newPage(), served.origin);

    // The developer's backend: the official Node SDK at the emulator's plain address.
    const made = await challengeMadeElsewhere(emulator.printed, 'user-knows-pin');

    await sdkPage.run({ appId: emulator.printed.appId, ...made });
    await expectPinScreen(sdkPage, 'Current PIN');
    await enter(sdkPage, 'Current PIN', seededPin);
    await expectPinScreen(sdkPage, 'New PIN');
    await enter(sdkPage, 'New PIN', '246810');
    await enter(sdkPage, 'Confirm new PIN', '246810');
    expect(await eventsAfter(sdkPage, 1)).toEqual([
      { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
    ]);
    const { baseUrl, apiKey } = emulator.printed;
    const sdk = initiateUserControlledWalletsClient({ apiKey, baseUrl });
    const challenge = (await sdk.getUserChallenge({ userToken: made.userToken, challengeId: made.challengeId })).data
      ?.challenge;
    expect(challenge).toMatchObject({ type: 'CHANGE_PIN', status: 'COMPLETE' });
    expect(sdkPage.problems).toEqual([]);
    await browser.close();
  } finally {
    const running = chromiumProcess;
    if (running?.pid && running.exitCode === null) {
      // Chromium first: the emulator removes the user-data folder Chromium writes to when it stops.
      const exited = new Promise((resolve) => running.once('exit', resolve));
      process.kill(-running.pid, 'SIGTERM');
      await exited;
    }
    await pageServer?.close();
    await emulator?.stop();
  }
});
