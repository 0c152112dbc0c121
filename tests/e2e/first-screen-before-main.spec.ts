// The window opens while main's services are still starting (the embedded emulator seeding): the console's first
// screen must not wait for main's answers. Here every channel waits as it does in the app at that moment — main's
// own waiting handlers (handlersAwaitingStart) put in front of the test bed's services — until the test lets them in.
import { handlersAwaitingStart } from '../../src/main/ipc/handlers-awaiting-start';
import { expect, test } from './test-bed-fixture';

test('User ID shows and takes typing before main answers anything; a lookup sent meanwhile is answered once it can be', async ({
  testBed,
}) => {
  const { page, services } = testBed;
  const started = { ...services.handlers };
  const awaiting = handlersAwaitingStart();
  // Registration reads the handler map at each call: from here on, every call waits.
  Object.assign(services.handlers, awaiting.handlers);
  const reloadedAt = performance.now();
  await page.reload();

  const userId = page.getByLabel('User ID', { exact: true });
  await expect(userId).toBeEditable();
  await userId.fill('user-knows-pin');
  await expect(userId).toHaveValue('user-knows-pin');
  await page.getByRole('button', { name: 'Look up', exact: true }).click();

  // Nothing was answered yet: the first screen did not wait for app:info or environment:status.
  const sinceReload = testBed.bridgeTraffic.filter((entry) => entry.at >= reloadedAt);
  const asked = sinceReload.filter((entry) => entry.direction === 'invoke').map((entry) => entry.channel);
  expect(asked).toEqual(expect.arrayContaining(['app:info', 'environment:status', 'customer:lookup']));
  expect(sinceReload.filter((entry) => entry.direction === 'result')).toEqual([]);
  await expect(page.getByTestId('account-status')).toHaveCount(0);

  awaiting.open(Promise.resolve(started));
  await expect(page.getByRole('heading', { name: 'Customer user-knows-pin' })).toBeVisible();
  await expect(page.getByTestId('account-status')).toHaveText('Enabled');
  await expect(page.getByTestId('app-environment')).toHaveText('Local emulator');
});
