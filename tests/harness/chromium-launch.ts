import type { LaunchOptions } from '@playwright/test';
import { installedChromium } from '../../scripts/test-browser.mjs';

/**
 * The browser `npm test` chose (scripts/test-browser.mjs): the system's Chromium when the machine has one
 * (Playwright's own download cannot be fetched everywhere), otherwise Playwright's. Background networking is off: on
 * a closed network Chromium's own calls home only add noise.
 */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: installedChromium()?.path,
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
