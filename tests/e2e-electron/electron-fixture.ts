import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { installedElectronPath } from '../../scripts/electron-binary.mjs';

const electronPath = installedElectronPath();
const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Why this suite cannot run here, or null when it can. */
export const electronUnavailable = !electronPath
  ? 'no Electron binary on this machine (node_modules/electron/dist is missing and could not be downloaded)'
  : !display
    ? 'no display for Electron (set DISPLAY, e.g. under xvfb-run)'
    : null;

/** The embedded emulator's controls, as the app announces them on stdout for tests. */
export interface EmulatorControls {
  baseUrl: string;
  apiKey: string;
}

/** How a test launches the app beyond the defaults: switches on its command line (the test launch's only). */
export interface ElectronLaunch {
  /** Extra command-line switches, given the run's user-data folder. */
  switches?: (userDataDir: string) => string[];
  /** Runs in the test, against the launched app, before its window is used. */
  prepare?: (app: ElectronApplication) => Promise<void>;
}

export const test = base.extend<{
  skipWithoutElectron: undefined;
  electronLaunch: ElectronLaunch;
  electronApp: ElectronApplication;
  appWindow: Page;
  emulatorControls: EmulatorControls;
}>({
  // First, before any other fixture (a spec's own may start servers): every test of every spec skips, with why.
  // (A file-level test.skip here would reach only the first spec that imports this module.)
  skipWithoutElectron: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form for fixtures.
    async ({}, use, testInfo) => {
      testInfo.skip(electronUnavailable !== null, electronUnavailable ?? '');
      await use(undefined);
    },
    { auto: true },
  ],
  electronLaunch: [{}, { option: true }],
  electronApp: async ({ electronLaunch }, use) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-electron-'));
    const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const app = await _electron.launch({
      executablePath: electronPath ?? undefined,
      args: ['.', ...(runningAsRoot ? ['--no-sandbox'] : []), ...(electronLaunch.switches?.(userDataDir) ?? [])],
      env: { ...process.env, PIN_DESK_USER_DATA_DIR: userDataDir, PIN_DESK_ANNOUNCE_EMULATOR: '1' } as Record<
        string,
        string
      >,
    });
    await electronLaunch.prepare?.(app);
    await use(app);
    await app.close();
    await rm(userDataDir, { recursive: true, force: true });
  },
  emulatorControls: async ({ electronApp }, use) => {
    const output = electronApp.process().stdout;
    const line = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`no emulator announcement; stdout:\n${seen}`)), 20_000);
      output?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const found = seen.split('\n').find((candidate) => candidate.startsWith('PIN Desk emulator: '));
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
    });
    const [baseUrl = '', apiKey = ''] = line.replace('PIN Desk emulator: ', '').trim().split(' ');
    await use({ baseUrl, apiKey });
  },
  appWindow: async ({ electronApp }, use) => {
    const appWindow = await electronApp.firstWindow();
    await appWindow.waitForLoadState('domcontentloaded');
    await use(appWindow);
  },
});

export { expect } from '@playwright/test';
