// The web SDK's customizations, set through the REAL SDK's setters (setLocalizations, setThemeColor, …) and honoured
// by the emulator's hosted page: every screen of a reset and a recovery in the app's language, the theme's colours
// as the frame computes them, and customizations the SDK's types forbid, which leave the page working.
import type { ConsoleMessage } from '@playwright/test';
import type { SdkCustomizations } from '../../harness/sdk-test-page/sdk-test-page-api';
import { clickThatMayClose, pressThatMayClose } from '../../support/browser/closing-input';
import { sendAndAwaitAnswer } from '../../support/browser/hosted-ui-answer';
import { enter, eventsAfter, expectAlert, expectPinScreen } from '../../support/browser/hosted-ui-steps';
import { seededPin } from '../../support/seeded-customer';
import { expect, type SdkPage, test } from './hosted-ui-fixture';

const spanish: SdkCustomizations = {
  localizations: {
    common: { continue: 'Continuar', confirm: 'Confirmar', showPin: 'Mostrar PIN', hidePin: 'Ocultar PIN' },
    enterPincode: {
      headline: 'Introduce tu {{pin}}',
      headline2: 'PIN actual',
      subhead: 'Las seis cifras que usas hoy.',
      forgotPin: '¿Olvidaste tu PIN?',
    },
    newPincode: { headline: 'Elige un PIN nuevo', subhead: 'Seis cifras, sin repetir ni seguidas.' },
    confirmNewPincode: { headline: 'Repite el PIN nuevo', subhead: 'Para estar seguros.' },
    recoverPincode: {
      headline: 'Recupera tu PIN',
      headline2: 'con tus respuestas',
      subhead: 'Responde a tus preguntas de seguridad.',
      answerInputHeader: 'Tu respuesta',
      answerInputPlaceholder: 'Escribe aquí',
    },
  },
};

/**
 * The PIN input a localized screen names by its headline (the dialog and its form carry the same name, so the input
 * is found by its role): focused, typed into, Enter.
 */
async function enterPin(sdkPage: SdkPage, name: string, value: string): Promise<void> {
  const input = sdkPage.hostedUi.getByRole('textbox', { name, exact: true });
  await expect(input).toBeFocused();
  await sdkPage.page.keyboard.type(value);
  await sendAndAwaitAnswer(sdkPage.hostedUi, () => pressThatMayClose(sdkPage.page, 'Enter'));
}

/** The screen shows this headline (its highlighted part too) and subhead, and its step counter in numbers. */
async function expectScreen(
  sdkPage: SdkPage,
  screen: { title: string; highlight?: string; intro: string; progress: string; button?: string },
): Promise<void> {
  const { hostedUi } = sdkPage;
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText(screen.title);
  if (screen.highlight) await expect(hostedUi.locator('h1 .headline2')).toHaveText(screen.highlight);
  await expect(hostedUi.locator('#screen-intro')).toHaveText(screen.intro);
  await expect(hostedUi.locator('.progress')).toHaveText(screen.progress);
  await expect(hostedUi.getByRole('button', { name: screen.button ?? 'Continuar', exact: true })).toBeVisible();
}

test('a reset and a recovery in the app’s language: every screen’s headline, subhead, link, labels and buttons', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const { hostedUi, page } = sdkPage;

  await sdkPage.run({ ...(await circle.startChallenge(userId, 'change')), customizations: spanish });
  await expectScreen(sdkPage, {
    title: 'Introduce tu PIN actual',
    highlight: 'PIN actual',
    intro: 'Las seis cifras que usas hoy.',
    progress: '1 / 3',
  });
  await expect(hostedUi.getByRole('link', { name: '¿Olvidaste tu PIN?' })).toBeVisible();
  // The one input is named by the headline, as Circle's screen names it; Show PIN shows it, in the app's words.
  const current = hostedUi.getByRole('textbox', { name: 'Introduce tu PIN actual', exact: true });
  await expect(current).toBeFocused();
  await page.keyboard.type(seededPin);
  await hostedUi.getByRole('button', { name: 'Mostrar PIN' }).click();
  await expect(current).toHaveAttribute('type', 'text');
  await expect(hostedUi.getByRole('button', { name: 'Ocultar PIN' })).toHaveAttribute('aria-pressed', 'true');
  await clickThatMayClose(page, hostedUi.getByRole('button', { name: 'Continuar', exact: true }));
  await expectScreen(sdkPage, {
    title: 'Elige un PIN nuevo',
    intro: 'Seis cifras, sin repetir ni seguidas.',
    progress: '2 / 3',
  });
  await enterPin(sdkPage, 'Elige un PIN nuevo', '246810');
  await expectScreen(sdkPage, { title: 'Repite el PIN nuevo', intro: 'Para estar seguros.', progress: '3 / 3' });
  await enterPin(sdkPage, 'Repite el PIN nuevo', '246810');
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
  ]);

  await sdkPage.clearRecords();
  await sdkPage.run({ ...(await circle.startChallenge(userId, 'restore')), customizations: spanish });
  await expectScreen(sdkPage, {
    title: 'Recupera tu PIN con tus respuestas',
    highlight: 'con tus respuestas',
    intro: 'Responde a tus preguntas de seguridad.',
    progress: '1 / 3',
    // Circle's recover screen confirms (common.confirm) where the others continue.
    button: 'Confirmar',
  });
  const answers = hostedUi.locator('.field-answer input');
  await expect(answers).toHaveCount(2);
  await expect(answers.first()).toHaveAttribute('placeholder', 'Escribe aquí');
  await expect(hostedUi.locator('.caption')).toHaveText(['Tu respuesta', 'Tu respuesta']);
  await answers.first().fill('biscuit');
  await answers.last().fill('lisbon');
  await clickThatMayClose(page, hostedUi.getByRole('button', { name: 'Confirmar', exact: true }));
  await expectScreen(sdkPage, {
    title: 'Elige un PIN nuevo',
    intro: 'Seis cifras, sin repetir ni seguidas.',
    progress: '2 / 3',
  });
  await enterPin(sdkPage, 'Elige un PIN nuevo', '390517');
  await enterPin(sdkPage, 'Repite el PIN nuevo', '390517');
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'RESTORE_PIN', status: 'COMPLETE' } },
  ]);
  expect(sdkPage.problems).toEqual([]);
});

/** A computed style of the first element `selector` finds in the hosted page. */
function computed(sdkPage: SdkPage, selector: string, property: string): Promise<string> {
  return sdkPage.hostedUi
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

test('the theme’s colours, as the frame computes them: card, text, buttons, PIN input, backdrop, errors', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-knows-pin');
  const themeColor = {
    backdrop: '#00ff00',
    backdropOpacity: 0.25,
    bg: '#102030',
    textMain: 'rgb(200, 10, 10)',
    textAuxiliary: '#00aa00',
    mainBtnBg: 'rgb(1, 2, 3)',
    mainBtnText: '#fefefe',
    secondBtnText: 'white',
    pinDotActivated: 'rgb(9, 9, 9)',
    error: '#ff00ff',
  };
  await sdkPage.run({ ...(await circle.startChallenge(userId, 'change')), customizations: { themeColor } });
  await expectPinScreen(sdkPage, 'Current PIN');
  expect(await computed(sdkPage, '.card', 'background-color')).toBe('rgb(16, 32, 48)');
  expect(await computed(sdkPage, 'h1', 'color')).toBe('rgb(200, 10, 10)');
  expect(await computed(sdkPage, '.intro', 'color')).toBe('rgb(0, 170, 0)');
  expect(await computed(sdkPage, 'button.primary', 'background-color')).toBe('rgb(1, 2, 3)');
  expect(await computed(sdkPage, 'button.primary', 'color')).toBe('rgb(254, 254, 254)');
  expect(await computed(sdkPage, 'button.secondary', 'color')).toBe('rgb(255, 255, 255)');
  expect(await computed(sdkPage, '.field-pin input', 'color')).toBe('rgb(9, 9, 9)');
  expect(await computed(sdkPage, '.backdrop', 'background-color')).toMatch(/^color\(srgb 0 1 0 \/ 0\.25\)$/);

  await enter(sdkPage, 'Current PIN', '000001');
  await expectAlert(sdkPage, 155112);
  expect(await computed(sdkPage, '.alert', 'color')).toBe('rgb(255, 0, 255)');
  expect(sdkPage.problems).toEqual([]);
});

test('customizations the SDK’s types forbid are left out, said in the frame’s console, and the page still works', async ({
  circle,
  sdkPage,
}) => {
  const warnings: string[] = [];
  sdkPage.page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const userId = await circle.newUser('user-knows-pin');
  const malformed: SdkCustomizations = {
    localizations: {
      enterPincode: 'Introduce tu PIN',
      newPincode: { headline: 42 },
      confirmNewPincode: { subhead: 'Otra vez, por favor.' },
      madeUp: { headline: 'x' },
    },
    securityQuestions: { questions: 'all of them', requiredCount: 'two', securityConfirmItems: { a: 1 } },
    themeColor: { bg: 'url(https://evil.example/x.png)', mainBtnBg: 42, textMain: 'rgb(1, 2, 3)', sparkle: 'red' },
    resources: { errorInfo: 'http://insecure.example/e.png', fontFamily: { name: 42, url: 'javascript:alert(1)' } },
    customLinks: 'https://help.example',
  };
  await sdkPage.run({ ...(await circle.startChallenge(userId, 'change')), customizations: malformed });

  // The page's own words where the app's were malformed; the valid parts honoured.
  await expectPinScreen(sdkPage, 'Current PIN');
  expect(await computed(sdkPage, '.card', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await computed(sdkPage, 'h1', 'color')).toBe('rgb(1, 2, 3)');
  await enter(sdkPage, 'Current PIN', seededPin);
  await expectPinScreen(sdkPage, 'New PIN');
  await enter(sdkPage, 'New PIN', '246810');
  await expect(sdkPage.hostedUi.locator('#screen-intro')).toHaveText('Otra vez, por favor.');
  await enter(sdkPage, 'Confirm new PIN', '246810');
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'CHANGE_PIN', status: 'COMPLETE' } },
  ]);
  // No resource was valid: no reload, one hand-over.
  expect((await sdkPage.messages()).filter((message) => 'onFrameReady' in (message as object))).toHaveLength(1);
  expect(warnings).toEqual(
    expect.arrayContaining([
      'Circle emulator: ignored customizations.localizations.enterPincode: not an object',
      'Circle emulator: ignored customizations.localizations.madeUp: not in Localizations',
      'Circle emulator: ignored customizations.themeColor.bg: not a CSS colour',
      'Circle emulator: ignored customizations.resources.errorInfo: not an https URL',
      'Circle emulator: ignored customizations.resources.fontFamily.url: not an https URL',
      'Circle emulator: ignored customizations.securityQuestions.questions: not a list',
      'Circle emulator: ignored customizations.customLinks: not an object',
    ]),
  );
  expect(sdkPage.problems).toEqual([]);
});
