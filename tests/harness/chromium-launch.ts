import type { LaunchOptions } from '@playwright/test';
import { headlessChromium, installedChromium } from '../../scripts/test-browser.mjs';

/**
 * The browser `npm test` chose (scripts/test-browser.mjs): the system's Chromium when the machine has one
 * (Playwright's own download cannot be fetched everywhere), otherwise Playwright's; headless, the system's headless
 * shell where there is one. Background networking is off: on a closed network Chromium's own calls home only add
 * noise.
 */
export function chromiumLaunchOptions(
  extraArgs: readonly string[] = [],
  { headless = true }: { headless?: boolean } = {},
): LaunchOptions {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: (headless ? headlessChromium() : installedChromium())?.path,
    headless,
    args: [
      ...(runningAsRoot ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...extraArgs,
    ],
  };
}
