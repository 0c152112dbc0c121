// Issue 26 §1 and §4: the customer's language on the embedded emulator, with the real web SDK. Circle's window shows
// every screen of a reset in the language's own texts (read from its pack), what the SDK handed Circle's page is that
// pack exactly, the errors Circle draws stay in its English while the agent gets the line to say, the customer
// screen speaks the language, and the case log records it — never a PIN.
import type { Page } from '@playwright/test';
import { customerLanguages } from '../../../src/shared/customer-language/customer-languages';
import type { TestBed } from '../../harness/test-bed';
import { recordHandOvers } from '../../support/browser/app-look-steps';
import { clickThatMayClose } from '../../support/browser/closing-input';
import { expectStatus, hostedUi, seededPin, startRecovery, startReset } from '../../support/browser/console-steps';
import {
  customerEntersOnScreen,
  languagePack,
  localizationsHandedOver,
  pickCustomerLanguage,
  screenTitle,
} from '../../support/browser/customer-language-steps';
import { chooseCustomerScreen } from '../../support/browser/customer-screen-steps';
import { sendAndAwaitAnswer } from '../../support/browser/hosted-ui-answer';
import { seededAnswers, seededQuestions } from '../../support/seeded-customer';
import { axeScan, findingLines } from '../axe-scan';
import { expect, test } from '../test-bed-fixture';

/** Every entry of the user's latest case, as main's case log holds it. */
async function latestCaseEntries(bed: TestBed, userId: string) {
  const listed = await bed.services.handlers['caseLog:list']({ userId });
  const latest = listed.cases[0];
  if (!latest) throw new Error(`no case for ${userId}`);
  return (await bed.services.handlers['caseLog:open']({ caseId: latest.caseId })).entries;
}

/** Everything axe finds in the customer page (Circle's frame is another origin, with tests of its own). */
async function axeFindings(page: Page): Promise<string[]> {
  return findingLines((await axeScan(page)).violations);
}

test('a reset in Spanish: each screen from the translation, Circle’s own error in English with the line to say in Spanish, es in the case log', async ({
  testBed,
}) => {
  const { page } = testBed;
  await recordHandOvers(testBed.context);
  const es = await languagePack('es');
  await pickCustomerLanguage(page, 'Spanish');
  await startReset(page, 'user-knows-pin');

  const frame = hostedUi(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(screenTitle(es, 'enterPincode'));
  await expect(frame.getByRole('link', { name: es.circleWindow.enterPincode?.forgotPin ?? '' })).toBeVisible();
  await expect(frame.getByRole('button', { name: es.circleWindow.common?.showPin ?? '' })).toBeVisible();
  // The SDK handed Circle's page the Spanish pack, every key of it, exactly.
  expect(await localizationsHandedOver(page)).toEqual([es.circleWindow]);

  // A wrong PIN: Circle's page says so in its own English; the agent gets the line to say in Spanish.
  await customerEntersOnScreen(page, es, 'enterPincode', '111112', '1 / 3');
  await expect(frame.getByRole('alert')).toContainText('That PIN is not correct.');
  const guidance = page.getByRole('region', { name: 'What to tell the customer' });
  await expect(guidance).toContainText('Tell the customer (in Spanish):');
  const line = page.getByTestId('say-in-customer-language');
  await expect(line).toContainText('Circle’s window says this in English. Say in Spanish:');
  await expect(line.locator('q[lang="es"]')).toHaveText(es.circleErrors.wrongPin ?? '');

  await customerEntersOnScreen(page, es, 'enterPincode', seededPin, '1 / 3');
  await customerEntersOnScreen(page, es, 'newPincode', '390517', '2 / 3');
  await customerEntersOnScreen(page, es, 'confirmNewPincode', '390517', '3 / 3');
  await expectStatus(page, 'COMPLETE');
  await expect(guidance).toContainText('Tell the customer (in Spanish): Your new PIN is set.');
  // The language stays with the case while it is on screen.
  await expect(page.getByRole('combobox', { name: 'Customer’s language' })).toBeDisabled();

  const entries = await latestCaseEntries(testBed, 'user-knows-pin');
  expect(entries.filter((entry) => entry.type === 'customer-language')).toEqual([
    expect.objectContaining({ language: 'es' }),
  ]);
  const written = JSON.stringify(entries);
  for (const pin of [seededPin, '111112', '390517']) expect(written).not.toContain(pin);

  // The next customer starts from the default again, and Circle's window (one SDK per page, which keeps what it was
  // last given) is back to Circle's own English.
  await page.getByRole('button', { name: 'Close case' }).click();
  await expect(page.getByRole('combobox', { name: 'Customer’s language' })).toHaveValue('en');
  await startReset(page, 'user-knows-pin');
  await expect(frame.getByLabel('Current PIN', { exact: true })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  expect(await localizationsHandedOver(page)).toEqual([{}]);
  await expect(page.getByText(/Tell the customer \(in /)).toHaveCount(0);
});

test('a reset in Japanese on the customer screen: Circle’s window and the screen’s own words in Japanese, axe-clean light and dark', async ({
  testBed,
}) => {
  const { page } = testBed;
  const ja = await languagePack('ja');
  await chooseCustomerScreen(page, 'Display 2, 1920×1080');
  const customer = await testBed.customerWindow.opened();
  await recordHandOvers(testBed.context);
  await pickCustomerLanguage(page, 'Japanese');
  await startReset(page, 'user-knows-pin');

  await expect(customer.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(customer.getByRole('heading', { level: 1 })).toHaveText(ja.customerScreen.greeting ?? '');
  await expect(customer.getByRole('status')).toHaveText(ja.customerScreen.resetNow ?? '');
  await expect(hostedUi(customer).getByRole('heading', { level: 1 })).toHaveText(screenTitle(ja, 'enterPincode'));
  expect(await localizationsHandedOver(customer)).toEqual([ja.circleWindow]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await customer.emulateMedia({ colorScheme });
    expect(await axeFindings(customer), colorScheme).toEqual([]);
  }
  // The agent's words stay English, the customer's language named beside them.
  await expect(page.getByText('Tell the customer (in Japanese):')).toBeVisible();

  await customerEntersOnScreen(customer, ja, 'enterPincode', seededPin, '1 / 3');
  await customerEntersOnScreen(customer, ja, 'newPincode', '390517', '2 / 3');
  await customerEntersOnScreen(customer, ja, 'confirmNewPincode', '390517', '3 / 3');
  await expectStatus(page, 'COMPLETE');
  await expect(customer.getByRole('status')).toHaveText(ja.customerScreen.pinSet ?? '');

  const entries = await latestCaseEntries(testBed, 'user-knows-pin');
  expect(entries).toContainEqual(expect.objectContaining({ type: 'customer-language', language: 'ja' }));
  for (const pin of [seededPin, '390517']) expect(JSON.stringify(entries)).not.toContain(pin);
});

test('a recovery in German: the security-answers screen and the new PIN from the translation', async ({ testBed }) => {
  const { page } = testBed;
  const de = await languagePack('de');
  await pickCustomerLanguage(page, 'German');
  await startRecovery(page, 'user-knows-pin');
  const frame = hostedUi(page);
  const recover = de.circleWindow.recoverPincode ?? {};
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(screenTitle(de, 'recoverPincode'));
  await expect(frame.locator('#screen-intro')).toHaveText(recover.subhead ?? '');
  await expect(frame.locator('.caption')).toHaveText([
    recover.answerInputHeader ?? '',
    recover.answerInputHeader ?? '',
  ]);
  const answers = frame.getByRole('textbox', { name: seededQuestions[0], exact: true });
  await expect(answers).toHaveAttribute('placeholder', recover.answerInputPlaceholder ?? '');
  await answers.fill(seededAnswers[0]);
  await frame.getByRole('textbox', { name: seededQuestions[1], exact: true }).fill(seededAnswers[1]);
  // Circle's recover screen confirms where the others continue.
  const confirm = frame.getByRole('button', { name: de.circleWindow.common?.confirm ?? '', exact: true });
  await sendAndAwaitAnswer(frame, () => clickThatMayClose(page, confirm));
  await customerEntersOnScreen(page, de, 'newPincode', '390517', '2 / 3');
  await customerEntersOnScreen(page, de, 'confirmNewPincode', '390517', '3 / 3');
  await expectStatus(page, 'COMPLETE');
  await expect(page.getByText('Tell the customer (in German):')).toBeVisible();
  const entries = await latestCaseEntries(testBed, 'user-knows-pin');
  expect(entries).toContainEqual(expect.objectContaining({ type: 'customer-language', language: 'de' }));
  for (const secret of [...seededAnswers, '390517']) expect(JSON.stringify(entries)).not.toContain(secret);
});

// Every language, one test each, each on its own test bed: they share no state, so they may run on any worker at once.
test.describe('the customer screen in each language', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const language of customerLanguages) {
    test(`the customer screen in ${language}, light and dark: its words and lang, and nothing axe finds`, async ({
      testBed,
    }) => {
      const { page } = testBed;
      await chooseCustomerScreen(page, 'Same display');
      const customer = await testBed.customerWindow.opened();
      const views = page.getByRole('navigation', { name: 'Views' });
      await views.getByRole('button', { name: 'Settings' }).click();
      const setting = page.getByRole('combobox', { name: 'Default customer language' });
      const pack = await languagePack(language);
      await setting.selectOption(language);
      await expect(setting.locator('xpath=following-sibling::*[contains(@class, "row-message")]')).toHaveText('Saved.');
      // The idle screen follows the default: the greeting (Settings keeps the default one) and "ready".
      await expect(customer.locator('html')).toHaveAttribute('lang', language);
      await expect(customer.getByRole('heading', { level: 1 })).toHaveText(pack.customerScreen.greeting ?? '');
      await expect(customer.getByRole('status')).toHaveText(pack.customerScreen.ready ?? '');
      for (const colorScheme of ['light', 'dark'] as const) {
        await customer.emulateMedia({ colorScheme });
        expect(await axeFindings(customer), `${language}, ${colorScheme}`).toEqual([]);
      }
      // The Customer view starts the next customer in the saved default.
      await views.getByRole('button', { name: 'Customer' }).click();
      await expect(page.getByRole('combobox', { name: 'Customer’s language' })).toHaveValue(language);
    });
  }
});
