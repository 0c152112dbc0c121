// `npm run dist:check` (and the end of `npm run dist`): the packaged app as built — its fuses read back from the
// binary, the files in app.asar, and one launch to see its window. Skips with one line where there is no packaged
// app or no display. Playwright's `_electron` cannot attach once the inspect fuse is off, so the window is reached
// over Chromium's remote debugging port instead (a Chromium switch, not Node's inspector).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asar from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { chromium } from '@playwright/test';
import { electronFuses } from '../electron-builder.config.mjs';
import { forbiddenShippedFiles, fuseMismatches, packagedAppLocation } from './packaged-app-checks.mjs';

const appEntryUrl = 'https://app.pin-desk.invalid/index.html';
const location = packagedAppLocation('dist', process.platform, process.arch);
if (!existsSync(location.executable)) {
  console.log(`packaged app check skipped: no packaged app at ${location.executable} (npm run dist makes one).`);
  process.exit(0);
}

const problems = [];
const wire = await getCurrentFuseWire(location.app);
problems.push(...fuseMismatches(electronFuses, wire));
console.log(`fuses read back from ${location.app}: ${problems.length === 0 ? 'as configured' : 'NOT as configured'}`);
problems.push(
  ...forbiddenShippedFiles(asar.listPackage(location.asar, { isPack: false })).map((file) => `shipped ${file}`),
);

const launch = await launchOnce(location.executable);
console.log(launch.line);
if (launch.failed) problems.push(launch.line);

for (const problem of problems) console.error(`packaged app: ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);

/** Starts the packaged app with a throwaway home, waits for its window to show the console, then stops it. */
async function launchOnce(executable) {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { line: 'launch skipped: no display (run under xvfb-run, or where a desktop is).' };
  }
  const home = await mkdtemp(join(tmpdir(), 'pin-desk-packaged-home-'));
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const child = spawn(executable, ['--remote-debugging-port=0', ...(runningAsRoot ? ['--no-sandbox'] : [])], {
    // A home of its own: the check never touches the agent's settings or case log.
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, APPDATA: home, LOCALAPPDATA: home },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const endpoint = await new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error('no remote debugging endpoint within 60 s')), 60_000);
      child.stderr.on('data', (chunk) => {
        output += chunk;
        const found = /DevTools listening on (ws:\/\/\S+)/.exec(output)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.on('exit', (code) => reject(new Error(`the app exited with ${code} before showing a window`)));
    });
    const browser = await chromium.connectOverCDP(endpoint);
    try {
      const page = await waitForPage(browser);
      await page.getByRole('heading', { name: 'PIN Desk', level: 1 }).waitFor({ timeout: 30_000 });
      return { line: `launch: the packaged app's window shows the console at ${page.url()}` };
    } finally {
      await browser.close();
    }
  } catch (error) {
    return { failed: true, line: `launch failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    child.kill();
    await rm(home, { recursive: true, force: true });
  }
}

async function waitForPage(browser) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const page = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url() === appEntryUrl);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no window at ${appEntryUrl} within 30 s`);
}
