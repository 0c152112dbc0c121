// The hosted PIN UI from a developer's own browsers, as the README tells them: `npm run emulator -- --circle-hosts`,
// then Chromium started from a shell with exactly the printed `browser flags:` line and the profile switch the
// printed `Shell:` line adds — two of them at once — and a Chromium from Playwright's launch() with exactly the
// printed `Playwright:` args; a plain web app (the SDK test page: the real web SDK) served from an ordinary loopback
// server. No Playwright routing, no interception: the test only drives the pages.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
function launchChromiumWithFlags(
  flagsLine: string,
  tempFolder: string,
): Promise<{ child: ChildProcess; browser: Promise<Browser> }> {
  const machine = [
    '--headless',
    '--remote-debugging-port=0',
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ].join(' ');
  // `mktemp -d` (in the printed profile switch) makes its folder under TMPDIR: the test's own, removed at the end.
  const child = spawn('/bin/sh', ['-c', `exec "$0" ${machine} ${flagsLine} about:blank`, chromiumPath], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
    env: { ...process.env, TMPDIR: tempFolder },
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

/** Stops a Chromium started from a shell (its whole process group), and waits until it is gone. */
async function stopChromium(running: ChildProcess | undefined): Promise<void> {
  if (!running?.pid || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  process.kill(-running.pid, 'SIGTERM');
  await exited;
}

test('Chromium with exactly the printed flags: two from a shell at once, one from Playwright, the real web SDK', async () => {
  let emulator: StandaloneEmulatorProcess | undefined;
  let pageServer: AppOriginServer | undefined;
  const shells: ChildProcess[] = [];
  const browsers: Browser[] = [];
  const tempFolder = await mkdtemp(join(tmpdir(), 'pin-desk-developer-browser-'));
  try {
    emulator = await startStandaloneEmulator(
      ['--port', '0', '--circle-hosts', '--ephemeral'],
      [/^browser flags: /, /^ {2}Playwright: /, /^ {2}Shell: /, /^Web SDK: /],
    );
    const { lines } = emulator.printed;
    expect(lines).toContainEqual(
      expect.stringMatching(/^circle hosts: \d+ api\.circle\.com pw-auth\.circle\.com assets\.circle-emulator\.test$/),
    );
    const flagsLine = lines.find((line) => line.startsWith('browser flags: '))?.slice(15) ?? '';
    // No profile folder among the flags: Chromium honours the SPKI list without one.
    expect(flagsLine).toMatch(
      /^--host-resolver-rules="MAP api\.circle\.com 127\.0\.0\.1:(\d+), MAP pw-auth\.circle\.com 127\.0\.0\.1:\1, MAP assets\.circle-emulator\.test 127\.0\.0\.1:\1" --ignore-certificate-errors-spki-list=[A-Za-z0-9+/]{43}=$/,
    );
    const shellLine = lines.find((line) => line.startsWith('  Shell: ')) ?? '';
    const profileSwitch = /chromium <browser flags> (.+) <your app's URL>/.exec(shellLine)?.[1] ?? '';
    expect(profileSwitch).toBe('--user-data-dir="$(mktemp -d)"');
    const playwrightArgs = JSON.parse(/launch\(\{ args: (\[.*\]) \}\)/.exec(lines.join('\n'))?.[1] ?? '[]');
    expect(lines).toContainEqual(expect.stringMatching(/^Web SDK: .*https:\/\/pw-auth\.circle\.com \(TLS port \d+\)/));

    const served = await serveTestPage(await buildSdkTestPage());
    pageServer = served.server;
    // Two browsers from a shell at once, each on the fresh profile the printed switch makes.
    for (let index = 0; index < 2; index += 1) {
      const launched = await launchChromiumWithFlags(`${flagsLine} ${profileSwitch}`, tempFolder);
      shells.push(launched.child);
      browsers.push(await launched.browser);
    }
    // Each on its own profile, made by mktemp (Chromium also keeps its own temporary files there).
    expect((await readdir(tempFolder)).filter((name) => name.startsWith('tmp.'))).toHaveLength(2);
    // And one from Playwright, the printed args as they are: Playwright makes the profile.
    browsers.push(
      await chromium.launch({
        executablePath: chromiumPath,
        args: [...playwrightArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      }),
    );
    const sdkPages = await Promise.all(
      browsers.map(async (browser) => {
        const context = browser.contexts()[0] ?? (await browser.newContext());
        return sdkPageAt(await context.newPage(), served.origin);
      }),
    );

    // The developer's backend: the official Node SDK at the emulator's plain address.
    const { baseUrl, apiKey, appId } = emulator.printed;
    for (const sdkPage of sdkPages) {
      await sdkPage.run({ appId, ...(await challengeMadeElsewhere(emulator.printed, 'user-knows-pin')) });
      await expectPinScreen(sdkPage, 'Current PIN');
    }
    const [sdkPage] = sdkPages;
    if (!sdkPage) throw new Error('no page');
    const made = await challengeMadeElsewhere(emulator.printed, 'user-knows-pin');
    await sdkPage.clearRecords();
    await sdkPage.run({ appId, ...made });
    await enter(sdkPage, 'Current PIN', seededPin);
    await expectPinScreen(sdkPage, 'New PIN');
    await enter(sdkPage, 'New PIN', '246810');
    await enter(sdkPage, 'Confirm new PIN', '246810');
    expect(await eventsAfter(sdkPage, 1)).toEqual([
      { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
    ]);
    const sdk = initiateUserControlledWalletsClient({ apiKey, baseUrl });
    const challenge = (await sdk.getUserChallenge({ userToken: made.userToken, challengeId: made.challengeId })).data
      ?.challenge;
    expect(challenge).toMatchObject({ type: 'CHANGE_PIN', status: 'COMPLETE' });
    for (const page of sdkPages) expect(page.problems).toEqual([]);
  } finally {
    for (const browser of browsers) await browser.close().catch(() => {});
    for (const shell of shells) await stopChromium(shell);
    await pageServer?.close();
    await emulator?.stop();
    await rm(tempFolder, { recursive: true, force: true });
  }
});
