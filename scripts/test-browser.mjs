// Which Chromium the browser tests drive, found before any test runs: the system's (Debian's, Ubuntu's, Chrome),
// else Playwright's own, fetched when it is missing and the machine can reach Playwright's download host. Where none
// can be had, one line says what to install. PIN_DESK_CHROMIUM names another browser; headless, tests drive the
// system's headless shell where there is one (installedHeadlessShell).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumPathVariable = 'PIN_DESK_CHROMIUM';

/** System browsers Playwright can drive, in order of preference (Debian's first: CI installs it). */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Chromium's headless shell, which headless tests drive where the system has one (Debian: chromium-headless-shell):
 * without the full browser's UI it took about a quarter less CPU over the same browser tests (62 CPU-s instead of 83
 * for the 26 PIN reset tests), and `npm test` is CPU-bound on a 2-core machine. A headed browser is always the full one.
 */
export const systemHeadlessShellPaths = ['/usr/bin/chromium-headless-shell'];

export const missingBrowserLine =
  'The browser tests need Chromium: install your system’s (Debian/Ubuntu: sudo apt-get install chromium) or Playwright’s (npx playwright install chromium), then run npm test again.';

/**
 * The browser already on this machine: PIN_DESK_CHROMIUM when it names one, a system Chromium, or Playwright's.
 * `machine` replaces where to look (the unit test's machine with nothing on it).
 */
export function installedChromium(env = process.env, machine = {}) {
  const { candidates = systemChromiumPaths, playwrightPath = chromium.executablePath() } = machine;
  const chosen = env[chromiumPathVariable];
  if (chosen && existsSync(chosen)) return { path: chosen, source: chromiumPathVariable };
  const system = candidates.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };
  return existsSync(playwrightPath) ? { path: playwrightPath, source: 'Playwright' } : null;
}

/**
 * The headless shell headless tests drive instead of `installedChromium`'s browser: none when PIN_DESK_CHROMIUM names
 * a browser (that choice stands), else the first system headless shell present.
 */
export function installedHeadlessShell(env = process.env, machine = {}) {
  const { shellCandidates = systemHeadlessShellPaths } = machine;
  const chosen = env[chromiumPathVariable];
  if (chosen && existsSync(chosen)) return null;
  const shell = shellCandidates.find((path) => existsSync(path));
  return shell ? { path: shell, source: 'system headless shell' } : null;
}

/** The browser a headless test drives: the headless shell where there is one, else `installedChromium`'s. */
export function headlessChromium(env = process.env, machine = {}) {
  return installedHeadlessShell(env, machine) ?? installedChromium(env, machine);
}

/** Playwright's installer, bounded in time (an unreachable download host must not hang the run). */
function installPlaywrightChromium(timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** { path, source } of the browser to use, fetching Playwright's if need be; { error } with one line otherwise. */
export async function findOrFetchChromium({
  timeoutMs = 300_000,
  env = process.env,
  machine = {},
  install = installPlaywrightChromium,
} = {}) {
  const found = installedChromium(env, machine);
  if (found) return found;
  console.log('No Chromium on this machine: fetching Playwright’s (npx playwright install chromium)…');
  await install(timeoutMs);
  return installedChromium(env, machine) ?? { error: missingBrowserLine };
}
