// "Circle testnet" against the Circle-shaped emulator: configured exactly as a user configures Circle (default base
// URL https://api.circle.com, a TEST_API_KEY key), Circle's window loaded by Chromium itself under Circle's host
// names — no Playwright route installed, nothing of ours between the frame and the network.
import type { Request } from '@playwright/test';
import { hostedPageSessionCookie } from '../../../src/emulator/circle-hosts/hosted-page-sessions';
import type { TestBed } from '../../harness/test-bed';
import { customerChangesPin, expectStatus, hostedUi, seededPin, startReset } from '../../support/browser/console-steps';
import { chooseEnvironment, saveConnection, switchTo } from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';
import { circleShapedBedPerTest } from './circle-shaped-bed';

const circleShaped = circleShapedBedPerTest();

/** What Chromium sent to and got from Circle's hosts, read from its network events (observing, never routing). */
function watchCircleHosts(bed: TestBed) {
  const seen: { request: Request; status: Promise<number | null>; headers: Promise<Record<string, string>> }[] = [];
  bed.page.on('request', (request) => {
    if (!/^https:\/\/[^/]*\.(circle\.com|circle-emulator\.test)\//.test(request.url())) return;
    seen.push({
      request,
      status: request.response().then((response) => response?.status() ?? null),
      headers: request.allHeaders(),
    });
  });
  return seen;
}

test('a PIN reset of user-knows-pin completes with Circle’s window loaded natively: cookie, second host, CORS call', async () => {
  const { bed, shaped } = circleShaped();
  const { page } = bed;
  const circleTraffic = watchCircleHosts(bed);
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Settings' }).click();
  await chooseEnvironment(page, 'Circle testnet');
  await expect(page.getByLabel('Base URL')).toHaveValue('https://api.circle.com');
  await page.getByLabel('API key').fill(shaped.emulator.apiKey);
  await saveConnection(page);
  await expect(page.getByTestId('key-status')).toContainText('Key ending');
  // Saving a key never switches environment by itself (issue 15): the agent switches as a step of its own.
  await switchTo(page, 'Circle testnet');
  await expect(page.getByTestId('key-status')).toContainText(`App ID ${shaped.emulator.appId}`);
  // No Playwright route on a Circle environment: it would pause every request and answer CORS preflights itself.
  expect(bed.routing.routed()).toBe(false);

  await views.getByRole('button', { name: 'Customer' }).click();
  await startReset(page, 'user-knows-pin');
  const frame = hostedUi(page);
  // The stylesheet from the asset host applied (the page has no styles of its own under Circle's host names).
  await expect(frame.locator('#root')).toHaveCSS('display', 'grid');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');

  const traffic = await Promise.all(
    circleTraffic.map(async (entry) => ({
      url: entry.request.url(),
      method: entry.request.method(),
      status: await entry.status,
      headers: await entry.headers,
    })),
  );
  const documentCall = traffic.find((entry) => entry.url.startsWith('https://pw-auth.circle.com/?origin='));
  expect(documentCall?.status).toBe(200);
  expect(documentCall?.url).toBe('https://pw-auth.circle.com/?origin=http://localhost:47291');
  const pageApiCalls = traffic.filter((entry) => entry.url.startsWith('https://pw-auth.circle.com/api/'));
  expect(pageApiCalls.map((entry) => entry.url.replace('https://pw-auth.circle.com/', ''))).toEqual(
    expect.arrayContaining(['api/open', 'api/current-pin', 'api/new-pin-check', 'api/new-pin']),
  );
  // The hosted page saw its cookie on every one of its API calls, and none was refused.
  for (const call of pageApiCalls) {
    expect(call.headers.cookie, call.url).toMatch(new RegExp(`(^|; )${hostedPageSessionCookie}=[\\w-]{32}($|;)`));
    expect(call.status, call.url).toBe(200);
  }
  const stylesheet = traffic.find((entry) => entry.url === 'https://assets.circle-emulator.test/hosted-pin.css');
  expect(stylesheet?.status).toBe(200);
  const sessionCheck = traffic.find(
    (entry) => entry.url === 'https://api.circle.com/v1/w3s/hosted-pin/session' && entry.method === 'GET',
  );
  expect(sessionCheck?.status).toBe(200);
  expect(sessionCheck?.headers.origin).toBe('https://pw-auth.circle.com');
  expect(sessionCheck?.headers.cookie).toBeUndefined();
  expect(sessionCheck?.headers['x-user-token']).toMatch(/^ey/);

  // Settings → Diagnostics lists the hosts Circle's window loaded, and copies them through main.
  await views.getByRole('button', { name: 'Settings' }).click();
  const hosts = page.getByRole('list', { name: 'Hosts Circle’s window loaded' });
  for (const host of ['pw-auth.circle.com', 'assets.circle-emulator.test', 'api.circle.com']) {
    await expect(hosts).toContainText(host);
  }
  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(bed.clipboard.at(-1)).toMatch(/Environment: Circle testnet[\s\S]*- pw-auth\.circle\.com \(\d+ requests\)/);
});
