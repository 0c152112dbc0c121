import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

/**
 * Debian's Chromium when the machine has it (Playwright's own download cannot be fetched everywhere), otherwise
 * Playwright's browser. Background networking is off: on a closed network Chromium's own calls home only add noise.
 */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
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
