// Issue 26 §4 on a Circle environment: "Circle testnet" against the Circle-shaped emulator (Circle's host names, TLS,
// nothing of ours between the frame and the network). The app look saved for Circle testnet reaches Circle's page
// through the same web SDK calls, with the same values, as on the local emulator; an image from a host that is not
// Circle's nor allowed is refused in Settings, naming the host, and the allow list shows in Diagnostics.
import {
  addColour,
  handOversReceived,
  lookForm,
  pasteQuestions,
  questionsForm,
  recordHandOvers,
  saveLook,
} from '../../support/browser/app-look-steps';
import { hostedUi, startReset } from '../../support/browser/console-steps';
import { chooseEnvironment, openSettings, saveConnection, switchTo } from '../../support/browser/settings-steps';
import { expect, test } from '../test-bed-fixture';
import { circleShapedBedPerTest } from './circle-shaped-bed';

const circleShaped = circleShapedBedPerTest();

const questions = [
  { question: 'Your first car?', type: 'TEXT' },
  { question: 'When did you marry?', type: 'DATE' },
];

test('on Circle testnet the SDK is handed the environment’s questions, colours and images, as saved', async () => {
  const { bed, shaped } = circleShaped();
  const { page } = bed;
  await openSettings(page);
  await chooseEnvironment(page, 'Circle testnet');
  await page.getByLabel('API key').fill(shaped.emulator.apiKey);
  await saveConnection(page);
  await expect(page.getByTestId('key-status')).toContainText('Key ending');
  await switchTo(page, 'Circle testnet');
  // With Circle's own window in use there is no emulator page to preview on, and the settings say so.
  await expect(page.getByText(/^The preview runs on the emulator’s Circle window/)).toBeVisible();

  await pasteQuestions(page, questions);
  await expect(questionsForm(page).getByText('Saved: your app’s questions.')).toBeVisible();
  await addColour(page, 'mainBtnBg', '#0a6e3c');
  const form = lookForm(page);
  await form.getByRole('button', { name: 'Add image' }).click();
  await form.getByLabel('Image 1').selectOption('errorInfo');
  const image = form.getByLabel('errorInfo URL');
  await image.fill('https://cdn.customer.test/error.png');
  await form.getByRole('button', { name: 'Save Circle’s window' }).click();
  await expect(image).toHaveAccessibleDescription(
    /cdn\.customer\.test is not one of Circle’s hosts nor on this environment’s allow list/,
  );
  await expect(form.getByLabel('mainBtnBg', { exact: true })).toHaveValue('#0a6e3c');
  const hosts = page.getByRole('form', { name: 'Hosts for fonts and images' });
  await hosts.getByLabel('Hosts for fonts and images').fill('cdn.customer.test');
  await hosts.getByRole('button', { name: 'Save hosts' }).click();
  await expect(hosts.getByText('Saved.')).toBeVisible();
  await saveLook(page);
  // Diagnostics names the hosts the app's fonts and images may come from on the environment in use.
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Hosts allowed for the app’s fonts and images' })).toHaveText(
    'cdn.customer.test',
  );

  await recordHandOvers(page.context());
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Customer' }).click();
  await startReset(page, 'user-knows-pin');
  await expect(hostedUi(page).getByLabel('Current PIN', { exact: true })).toBeVisible();
  expect(bed.routing.routed()).toBe(false);
  const handOvers = await handOversReceived(page);
  expect(handOvers.at(-1)).toEqual({
    securityQuestions: { questions, requiredCount: 2 },
    themeColor: { mainBtnBg: '#0a6e3c' },
    resources: { errorInfo: 'https://cdn.customer.test/error.png' },
    // An English customer: no texts of ours, Circle's own words (the customer's language, issue 26 §1).
    localizations: {},
  });
  await expect(hostedUi(page).getByRole('button', { name: 'Continue', exact: true })).toHaveCSS(
    'background-color',
    'rgb(10, 110, 60)',
  );
});
