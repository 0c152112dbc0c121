// The test bed's browser side: its context in the worker's shared Chromium or one launched for the bed alone, the
// preloads and the bridge binding in place, and the agent's page.
import { readFile } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { hostResolverRules } from '../../src/emulator/circle-hosts/browser-flags';
import type { InvokeEventLike } from '../../src/main/ipc/register-contract-handlers';
import { appOriginPort } from '../../src/shared/app-origin';
import type { WindowRole } from '../../src/shared/contract/window-channels';
import { type AppOriginHandler, startAppOriginServer } from './app-origin-server';
import { chromiumLaunchOptions } from './chromium-launch';
import { invokeBindingName, preloadInitScript } from './electron-shim';
import type { SharedChromium } from './shared-chromium';
import { builtCustomerPreloadPath, builtPreloadPath, type TestBed, type TestBedOptions } from './test-bed';

type Cleanup = (() => Promise<void> | void)[];

/** The worker's Chromium, its app-origin server answering for this bed until the bed closes. */
function takeSharedChromium(shared: SharedChromium, appOriginHandler: AppOriginHandler, cleanup: Cleanup): Browser {
  const taken = shared.take(appOriginHandler);
  cleanup.push(() => taken.release());
  return shared.browser;
}

/** A Chromium for this bed alone, with its own app-origin server (and Circle's host rules, a debugging port). */
async function launchOwnChromium(
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
  const browser = await chromium.launch(chromiumLaunchOptions(extraArgs, { headless: options.headless ?? true }));
  cleanup.push(() => browser.close());
  return browser;
}

/** The real built preloads, run in every new document of the context as Electron runs them (electron-shim.ts). */
export async function addBuiltPreloads(
  context: BrowserContext,
  options: { compromisedCustomerWindow?: boolean } = {},
): Promise<void> {
  const preloads = {
    agent: await readFile(builtPreloadPath, 'utf8'),
    customer: await readFile(builtCustomerPreloadPath, 'utf8'),
  };
  await context.addInitScript({ content: preloadInitScript(preloads, options) });
}

export interface BedBridge {
  /** Main's handlers by channel, as registerContractHandlers fills them (possibly after the context opens). */
  listeners: Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>;
  windowOf(sender: unknown): WindowRole | null;
  bridgeTraffic: TestBed['bridgeTraffic'];
}

/**
 * The bed's browser context, its preloads and bridge binding in place, and the agent's page, still blank, its
 * console errors recorded from the start. What it opened goes on `cleanup` (closed last-in first-out).
 */
export async function openBedContext(
  options: TestBedOptions,
  appOriginHandler: AppOriginHandler,
  bridge: BedBridge,
  cleanup: Cleanup,
): Promise<{ browser: Browser; context: BrowserContext; page: Page; pageErrors: string[] }> {
  const shared = options.sharedChromium;
  const browser = shared
    ? takeSharedChromium(shared, appOriginHandler, cleanup)
    : await launchOwnChromium(options, appOriginHandler, cleanup);
  const context = await browser.newContext(options.timeZone ? { timezoneId: options.timeZone } : {});
  cleanup.push(() => context.close());
  await context.exposeBinding(invokeBindingName, async (source, channel: unknown, args: unknown) => {
    const listener = typeof channel === 'string' ? bridge.listeners.get(channel) : undefined;
    if (!listener) throw new Error(`No handler registered for ${String(channel)}`);
    const frame = source.frame;
    const event: InvokeEventLike = {
      senderFrame: { url: frame.url(), parent: frame.parentFrame() },
      sender: source.page,
    };
    const window = bridge.windowOf(source.page);
    const traffic = bridge.bridgeTraffic;
    traffic.push({ direction: 'invoke', channel: String(channel), data: args, at: performance.now(), window });
    const result = await listener(event, ...(Array.isArray(args) ? args : []));
    traffic.push({ direction: 'result', channel: String(channel), data: result, at: performance.now(), window });
    return result;
  });
  await addBuiltPreloads(context, { compromisedCustomerWindow: options.compromisedCustomerWindow ?? false });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { browser, context, page, pageErrors };
}
