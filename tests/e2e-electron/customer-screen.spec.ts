// The customer screen on the real Electron shell (run wherever an Electron binary exists): two windows, the customer
// typing only in their own, the agent watching progress in the console.
import type { ElectronApplication, Page } from '@playwright/test';
import {
  customerChangesPin,
  customerEnters,
  expectStatus,
  hostedUi,
  seededPin,
  startReset,
} from '../support/browser/console-steps';
import { chooseCustomerScreen, watchForCircleWindow } from '../support/browser/customer-screen-steps';
import { expect, test } from './electron-fixture';

/** The customer window, once main has opened it (its page is on the customer window's own entry). */
async function customerWindowOf(app: ElectronApplication): Promise<Page> {
  const find = () => app.windows().find((window) => window.url().endsWith('/customer.html'));
  await expect.poll(() => Boolean(find())).toBe(true);
  const found = find();
  if (!found) throw new Error('no customer window');
  await found.waitForLoadState('domcontentloaded');
  return found;
}

test('a reset with two windows: Circle’s window only in the customer’s, the agent watching it live', async ({
  electronApp,
  appWindow,
}) => {
  const agentSaw = watchForCircleWindow(appWindow);
  await chooseCustomerScreen(appWindow, 'Same display');
  const customer = await customerWindowOf(electronApp);
  await expect(customer).toHaveTitle('PIN Desk — Customer');
  await expect(customer.getByRole('status')).toHaveText('Your agent will start when you are ready.');

  await startReset(appWindow, 'user-knows-pin');
  await expect(hostedUi(customer).getByLabel('Current PIN', { exact: true })).toBeVisible();
  await customerEnters(customer, 'Current PIN', '111112');
  await expect(appWindow.getByText(/Wrong PIN entered 1 time; 3 tries left/)).toBeVisible();
  await customerChangesPin(customer, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
  await expect(customer.getByRole('status')).toHaveText('Your new PIN is set.');
  expect(agentSaw).toEqual({ frames: [], requests: [] });
  // The customer window has no menu: the console's shortcuts do nothing from it.
  await customer.keyboard.press('ControlOrMeta+2');
  await customer.keyboard.press('ControlOrMeta+Shift+N');
  const views = appWindow.getByRole('navigation', { name: 'Views' });
  await expect(views.getByRole('button', { name: 'Customer' })).toHaveAttribute('aria-current', 'page');
  await expect(appWindow.getByLabel('User ID', { exact: true })).toHaveValue('user-knows-pin');
});

test('closing the customer window mid-case offers Reopen on the customer screen, and Reopen completes', async ({
  electronApp,
  appWindow,
}) => {
  await chooseCustomerScreen(appWindow, 'Same display');
  const first = await customerWindowOf(electronApp);
  await startReset(appWindow, 'user-knows-pin');
  await expect(hostedUi(first).getByLabel('Current PIN', { exact: true })).toBeVisible();
  // As the customer would, with the window's close button.
  await electronApp.evaluate(({ BrowserWindow }) => {
    for (const window of BrowserWindow.getAllWindows()) if (window.getTitle() === 'PIN Desk — Customer') window.close();
  });
  await expect(appWindow.getByText('The customer closed the PIN window before finishing.').first()).toBeVisible();
  await appWindow.getByRole('button', { name: 'Reopen on the customer screen' }).click();
  const reopened = await customerWindowOf(electronApp);
  await customerChangesPin(reopened, seededPin, '390517');
  await expectStatus(appWindow, 'COMPLETE');
});
