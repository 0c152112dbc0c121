// Issue 26 §4: on a Circle environment (the Circle-shaped emulator: Circle's host names, TLS, nothing of ours routed
// between Circle's frame and the network), a reset in Spanish makes the same SDK calls with the same values as on the
// emulator — the SDK hands Circle's page the Spanish pack exactly — and every screen shows it.
import { recordHandOvers } from '../../support/browser/app-look-steps';
import { expectStatus, hostedUi, seededPin, startReset } from '../../support/browser/console-steps';
import {
  customerEntersOnScreen,
  languagePack,
  localizationsHandedOver,
  pickCustomerLanguage,
  screenTitle,
} from '../../support/browser/customer-language-steps';
import { chooseEnvironment, saveConnection, switchTo } from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';
import { circleShapedBedPerTest } from './circle-shaped-bed';

const circleShaped = circleShapedBedPerTest();

test('a reset in Spanish on Circle testnet: the SDK hands Circle’s page the Spanish pack, and each screen shows it', async () => {
  const { bed, shaped } = circleShaped();
  const { page } = bed;
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Settings' }).click();
  await chooseEnvironment(page, 'Circle testnet');
  await page.getByLabel('API key').fill(shaped.emulator.apiKey);
  await saveConnection(page);
  await switchTo(page, 'Circle testnet');
  await expect(page.getByTestId('key-status')).toContainText(`App ID ${shaped.emulator.appId}`);
  expect(bed.routing.routed()).toBe(false);

  await views.getByRole('button', { name: 'Customer' }).click();
  await recordHandOvers(bed.context);
  const es = await languagePack('es');
  await pickCustomerLanguage(page, 'Spanish');
  await startReset(page, 'user-knows-pin');
  const frame = hostedUi(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(screenTitle(es, 'enterPincode'));
  expect(await localizationsHandedOver(page)).toEqual([es.circleWindow]);

  await customerEntersOnScreen(page, es, 'enterPincode', seededPin, '1 / 3');
  await customerEntersOnScreen(page, es, 'newPincode', '390517', '2 / 3');
  await customerEntersOnScreen(page, es, 'confirmNewPincode', '390517', '3 / 3');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('Tell the customer (in Spanish): Your new PIN is set.')).toBeVisible();
});
