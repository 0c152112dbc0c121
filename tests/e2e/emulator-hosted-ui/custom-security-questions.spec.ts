// The app's own security questions (the REAL web SDK's setCustomSecurityQuestions) chosen on an INITIALIZE, through
// Circle's set-up screens in the app's language — intro with its learn-more link, questions (one a DATE), summary,
// the confirmation items and phrase — and what a later RESTORE_PIN shows: the questions the customer chose, from the
// emulator's record of the user, whatever the app sets then.
import { randomUUID } from 'node:crypto';
import type { ChallengeRun, SdkCustomizations } from '../../harness/sdk-test-page/sdk-test-page-api';
import { enter, eventsAfter, expectPinScreen } from '../../support/browser/hosted-ui-steps';
import { type Circle, expect, test } from './hosted-ui-fixture';
import { chooseSecurityQuestions, passSecurityIntro } from './security-setup-steps';

const car = '¿Cuál fue tu primer coche?';
const wedding = '¿Cuándo te casaste?';
const food = '¿Tu comida favorita?';

const appSetUp: SdkCustomizations = {
  securityQuestions: {
    questions: [
      { question: car, type: 'TEXT' },
      { question: wedding, type: 'DATE' },
      { question: food, type: 'TEXT' },
    ],
    requiredCount: 2,
    securityConfirmItems: ['Solo yo conozco mis respuestas.', 'Sin ellas, nadie puede recuperar mi PIN.'],
  },
  customLinks: { learnMoreUrl: 'https://ayuda.example.com/pin' },
  localizations: {
    common: { continue: 'Continuar' },
    initPincode: { headline: 'Crea tu PIN', subhead: 'Seis cifras.' },
    confirmInitPincode: { headline: 'Repite tu PIN' },
    securityIntros: {
      headline: 'Configura tus {{method}} para recuperar tu PIN',
      headline2: 'preguntas de seguridad',
      description: 'Son la única forma de recuperar tu PIN.',
      link: 'Más información',
    },
    securityQuestions: {
      title: 'Tus preguntas',
      questionHeader: 'Pregunta',
      questionPlaceholder: 'Elige una pregunta',
      requiredMark: '*',
      answerHeader: 'Respuesta',
      answerHintHeader: 'Pista',
      answerHintPlaceholder: 'Opcional',
    },
    securitySummary: { title: 'Revisa tus respuestas', question: 'Pregunta' },
    securityConfirm: {
      title: 'Último paso',
      headline: 'Antes de seguir:',
      inputHeadline: 'Escribe «Acepto»',
      inputPlaceholder: 'Acepto',
      inputMatch: 'Acepto',
    },
  },
};
const labels = { continue: 'Continuar', question: 'Pregunta', answer: 'Respuesta', hint: 'Pista' };

async function initializeChallenge(circle: Circle, userId: string): Promise<ChallengeRun> {
  const token = (await circle.sdk.createUserToken({ userId })).data;
  if (!token?.encryptionKey) throw new Error('no user token');
  const started = await circle.sdk.createUserPinWithWallets({
    userToken: token.userToken,
    idempotencyKey: randomUUID(),
    blockchains: ['MATIC-AMOY'],
  });
  const challengeId = started.data?.challengeId;
  if (!challengeId) throw new Error('no challenge');
  return { appId: circle.emulator.appId, userToken: token.userToken, encryptionKey: token.encryptionKey, challengeId };
}

test('questions the app set at INITIALIZE (one a DATE) are what a later RESTORE_PIN asks, with the hints given', async ({
  circle,
  sdkPage,
}) => {
  const userId = await circle.newUser('user-no-pin');
  const { hostedUi } = sdkPage;
  await sdkPage.run({ ...(await initializeChallenge(circle, userId)), customizations: appSetUp });
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText('Crea tu PIN');
  await expect(hostedUi.locator('.progress')).toHaveText('1 / 6');
  await hostedUi.getByRole('textbox', { name: 'Crea tu PIN', exact: true }).fill('246810');
  await hostedUi.getByRole('button', { name: 'Continuar', exact: true }).click();
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText('Repite tu PIN');
  await hostedUi.getByRole('textbox', { name: 'Repite tu PIN', exact: true }).fill('246810');
  await hostedUi.getByRole('button', { name: 'Continuar', exact: true }).click();

  // securityIntros: the headline with headline2 in its placeholder, the description, the app's learn-more link.
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText(
    'Configura tus preguntas de seguridad para recuperar tu PIN',
  );
  await expect(hostedUi.locator('#screen-intro')).toHaveText('Son la única forma de recuperar tu PIN.');
  const learnMore = hostedUi.getByRole('link', { name: 'Más información' });
  await expect(learnMore).toHaveAttribute('href', 'https://ayuda.example.com/pin');
  await expect(learnMore).toHaveAttribute('target', '_blank');
  await passSecurityIntro(sdkPage, labels);

  // securityQuestions: exactly the app's questions; choosing the DATE one makes its answer a date.
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText('Tus preguntas');
  const first = hostedUi.getByLabel('Pregunta 1');
  await expect(first.locator('option')).toHaveText(['Elige una pregunta', car, wedding, food]);
  await hostedUi.getByLabel('Pregunta 2').selectOption(wedding);
  await expect(hostedUi.getByLabel('Respuesta 2')).toHaveAttribute('type', 'date');
  await expect(hostedUi.getByLabel('Pista 1')).toHaveAttribute('placeholder', 'Opcional');
  await chooseSecurityQuestions(
    sdkPage,
    [
      { question: car, answer: 'Seat 600', hint: 'era rojo' },
      { question: wedding, answer: '2001-06-30' },
    ],
    labels,
  );

  // securitySummary, then securityConfirm with the app's items and phrase.
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText('Revisa tus respuestas');
  await expect(hostedUi.locator('.summary h2')).toHaveText(['Pregunta 1', 'Pregunta 2']);
  await expect(hostedUi.locator('.summary').last()).toContainText('2001-06-30');
  await hostedUi.getByRole('button', { name: 'Continuar', exact: true }).click();
  await expect(hostedUi.getByRole('heading', { level: 1 })).toHaveText('Último paso');
  await expect(hostedUi.locator('.items li')).toHaveText([
    'Solo yo conozco mis respuestas.',
    'Sin ellas, nadie puede recuperar mi PIN.',
  ]);
  await expect(hostedUi.getByLabel('Escribe «Acepto»')).toHaveAttribute('placeholder', 'Acepto');
  await hostedUi.getByLabel('Escribe «Acepto»').fill('acepto');
  await hostedUi.getByRole('button', { name: 'Continuar', exact: true }).click();
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'INITIALIZE', status: 'COMPLETE' } },
  ]);

  // Later, an app that sets nothing (or other questions) recovers: the customer's own questions, types and hints.
  await sdkPage.clearRecords();
  const otherQuestions: SdkCustomizations = {
    securityQuestions: {
      questions: [
        { question: food, type: 'TEXT' },
        { question: 'Otra?', type: 'TEXT' },
      ],
    },
  };
  await sdkPage.run({ ...(await circle.startChallenge(userId, 'restore')), customizations: otherQuestions });
  await expect(hostedUi.getByLabel(car, { exact: true })).toBeFocused();
  await expect(hostedUi.getByLabel(wedding, { exact: true })).toHaveAttribute('type', 'date');
  await expect(hostedUi.locator('#answer-1-hint')).toHaveText('Hint era rojo');
  await expect(hostedUi.getByLabel(food)).toHaveCount(0);
  await hostedUi.getByLabel(car, { exact: true }).fill(' seat 600 ');
  await hostedUi.getByLabel(wedding, { exact: true }).fill('2001-06-30');
  await hostedUi.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectPinScreen(sdkPage, 'New PIN');
  await enter(sdkPage, 'New PIN', '390517');
  await enter(sdkPage, 'Confirm new PIN', '390517');
  expect(await eventsAfter(sdkPage, 1)).toEqual([
    { kind: 'complete', error: undefined, result: { type: 'RESTORE_PIN', status: 'COMPLETE' } },
  ]);
  expect(sdkPage.problems).toEqual([]);
});
