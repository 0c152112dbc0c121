// Which Chromium a test bed opens its context in: the worker's shared one, or one launched for the bed alone.
import { type Browser, chromium } from '@playwright/test';
import { hostResolverRules } from '../../src/emulator/circle-hosts/browser-flags';
import { appOriginPort } from '../../src/shared/app-origin';
import { type AppOriginHandler, startAppOriginServer } from './app-origin-server';
import { chromiumLaunchOptions } from './chromium-launch';
import type { SharedChromium } from './shared-chromium';
import type { TestBedOptions } from './test-bed';

type Cleanup = (() => Promise<void> | void)[];

/** The worker's Chromium, its app-origin server answering for this bed until the bed closes. */
export function takeSharedChromium(
  shared: SharedChromium,
  appOriginHandler: AppOriginHandler,
  cleanup: Cleanup,
): Browser {
  const taken = shared.take(appOriginHandler);
  cleanup.push(() => taken.release());
  return shared.browser;
}

/** A Chromium for this bed alone, with its own app-origin server (and Circle's host rules, a debugging port). */
export async function launchOwnChromium(
  options: TestBedOptions,
  appOriginHandler: AppOriginHandler,
  cleanup: Cleanup,
): Promise<Browser> {
  const appServer = await startAppOriginServer(appOriginHandler);
  cleanup.push(() => appServer.close());
  const shaped = options.circleShaped?.emulator;
  const rules = [`MAP localhost:${appOriginPort} 127.0.0.1:${appServer.port}`];
  if (shaped) rules.push(hostResolverRules(shaped.tlsPort));
  const extraArgs = [
    `--host-resolver-rules=${rules.join(', ')}`,
    ...(shaped ? [`--ignore-certificate-errors-spki-list=${shaped.certificate.spkiHash}`] : []),
    ...(options.remoteDebuggingPort ? [`--remote-debugging-port=${options.remoteDebuggingPort}`] : []),
  ];
  const browser = await chromium.launch({ ...chromiumLaunchOptions(extraArgs), headless: options.headless ?? true });
  cleanup.push(() => browser.close());
  return browser;
}
