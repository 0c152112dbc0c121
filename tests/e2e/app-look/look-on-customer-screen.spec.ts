// The app's look wherever Circle's window runs: with the customer screen on, the customer window gets it with its
// session from main, and Circle's window there wears the app's colours.
import { addColour, saveLook } from '../../support/browser/app-look-steps';
import { hostedUi, startReset } from '../../support/browser/console-steps';
import { chooseCustomerScreen } from '../../support/browser/customer-screen-steps';
import { openSettings } from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';

test('on the customer screen, Circle’s window wears the environment’s colours', async ({ testBed }) => {
  const { page } = testBed;
  await openSettings(page);
  await addColour(page, 'mainBtnBg', 'hsl(150, 80%, 25%)');
  await saveLook(page);
  await chooseCustomerScreen(page, 'Display 2, 1920×1080');
  const customer = await testBed.customerWindow.opened();
  await startReset(page, 'user-knows-pin');
  const frame = hostedUi(customer);
  await expect(frame.getByLabel('Current PIN', { exact: true })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toHaveCSS(
    'background-color',
    'rgb(13, 115, 64)',
  );
});
