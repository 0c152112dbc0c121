// One Chromium and one app-origin server for test beds that run one after another (a Playwright worker's): launching
// and closing Chromium was about a second of every browser test. What a test could leave behind does not live here:
// each test bed opens its own browser context (cookies, storage, cache, service workers, permissions) and closes it,
// and starts its own main with a new user-data folder and a freshly seeded emulator; the server answers with the
// current test bed's handler only.
import { type Browser, chromium } from '@playwright/test';
import { appOriginPort } from '../../src/shared/app-origin';
import { type AppOriginHandler, type AppOriginServer, startAppOriginServer } from './app-origin-server';
import { chromiumLaunchOptions } from './chromium-launch';

export interface SharedChromium {
  browser: Browser;
  /** Reached for http://localhost:47291 through the browser's host rule, whichever test bed is using it. */
  appServer: AppOriginServer;
  /** Taken by a test bed until it closes: two at once would answer each other's app origin. */
  take(handle: AppOriginHandler): { release(): void };
  close(): Promise<void>;
}

// Between test beds, nothing answers for the app origin.
const noTestBed: AppOriginHandler = async () => Response.error();

export async function launchSharedChromium(): Promise<SharedChromium> {
  const appServer = await startAppOriginServer(noTestBed);
  const browser = await chromium
    .launch({
      ...chromiumLaunchOptions([`--host-resolver-rules=MAP localhost:${appOriginPort} 127.0.0.1:${appServer.port}`]),
      headless: true,
    })
    .catch(async (error: unknown) => {
      await appServer.close();
      throw error;
    });
  let taken = false;
  return {
    browser,
    appServer,
    take(handle) {
      if (taken) throw new Error('The shared Chromium is in use by another test bed: close that one first.');
      taken = true;
      appServer.answerWith(handle);
      return {
        release() {
          appServer.answerWith(noTestBed);
          taken = false;
        },
      };
    },
    async close() {
      await browser.close();
      await appServer.close();
    },
  };
}
