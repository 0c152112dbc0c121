// The hosted PIN UI's screens: one per step of the challenge's plan, each checking in the page what it can (six
// digits, every answer given) and asking the emulator for the rest, then the screen that ends the challenge — done
// (the SDK's callback gets the result) or failed (it gets the error). An error the customer can retry (wrong PIN or
// answers, weak PIN, mismatch) keeps the screen; with `reportsRetriedErrors` the SDK's callback hears it too.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type { HostedPinApiClient } from './hosted-pin-api-client';
import type {
  ChallengeType,
  Field,
  Problem,
  Reply,
  Screen,
  SecurityQuestionSettings,
  TellSdk,
} from './hosted-pin-browser-types';
import type { CircleErrorBody, OpenReply, StepReply } from './hosted-ui-protocol';

export function createHostedPinScreens(
  render: (screen: Screen) => void,
  api: HostedPinApiClient,
  tell: TellSdk,
  reportsRetriedErrors: boolean,
) {
  type Step = 'current-pin' | 'security-answers' | 'new-pin' | 'confirm-pin' | 'choose-questions' | 'confirm-wallets';

  // Customer-facing wording for the codes this UI shows most; Circle's own message for every other code.
  const wording: Record<number, string> = {
    155112: 'That PIN is not correct. Try again.',
    155115: 'One or more answers are not correct. Try again.',
    155119:
      'Too many incorrect PINs: your PIN is locked for now. Try again later, or recover it with your security questions.',
    155120: 'Too many incorrect answers: your security questions are locked for now. Try again later.',
    155122: 'This challenge can no longer be finished (your PIN may have been changed since it began). Start again.',
    155703: "The PINs don't match. Choose your new PIN again.",
    155704: "Your PIN can't have repeating (000000) or consecutive (123456) digits.",
    155706: 'Network error. Check the connection and try again.',
  };
  const titles: Record<ChallengeType, string> = {
    CHANGE_PIN: 'Change your PIN',
    RESTORE_PIN: 'Recover your PIN',
    SET_PIN: 'Set up your PIN',
    INITIALIZE: 'Set up your PIN',
    CREATE_WALLET: 'Create your wallet',
  };
  const plans: Record<ChallengeType, Step[]> = {
    CHANGE_PIN: ['current-pin', 'new-pin', 'confirm-pin'],
    RESTORE_PIN: ['security-answers', 'new-pin', 'confirm-pin'],
    SET_PIN: ['new-pin', 'confirm-pin', 'choose-questions'],
    INITIALIZE: ['new-pin', 'confirm-pin', 'choose-questions'],
    CREATE_WALLET: ['confirm-wallets'],
  };

  // The challenge being run: set by start(), before its first screen shows.
  let type: ChallengeType = 'CHANGE_PIN';
  let userQuestions: string[] = [];
  let walletBlockchains: string[] = [];
  let questionSettings: SecurityQuestionSettings = { choices: [], count: 0 };
  // The new PIN as entered, then as confirmed, kept until the step that sends them.
  let newPin = '';
  let confirmedPin = '';

  function isSixDigits(pin: string): boolean {
    return /^[0-9]{6}$/.test(pin);
  }

  function circleProblem(error: CircleErrorBody): Problem {
    return { code: error.code, message: wording[error.code] ?? error.message };
  }

  /** The challenge is over with an error: say so, and tell the SDK (its callback gets `(error, undefined)`). */
  function fail(error: CircleErrorBody): void {
    const locked = error.code === 155119 || error.code === 155120;
    render({
      title: locked ? 'Locked' : 'Something went wrong',
      intro: locked ? 'This challenge has ended.' : 'This challenge cannot continue.',
      fields: [],
      problem: circleProblem(error),
      closing: true,
    });
    tell({ onError: true, error: { code: error.code, message: error.message } });
  }

  function complete(challenge: { type: ChallengeType; status: string }): void {
    const wallets = challenge.type === 'CREATE_WALLET';
    const several = walletBlockchains.length > 1;
    render({
      title: wallets
        ? several
          ? 'Wallets created'
          : 'Wallet created'
        : challenge.type === 'CHANGE_PIN' || challenge.type === 'RESTORE_PIN'
          ? 'PIN changed'
          : 'PIN set',
      intro: wallets
        ? `Your new ${several ? 'wallets are' : 'wallet is'} ready to use.`
        : 'Your new PIN is ready to use.',
      fields: [],
      closing: true,
    });
    tell({ onComplete: true, result: { type: challenge.type, status: challenge.status } });
  }

  /** An error the customer retries in this window: on its screen, and to the SDK's callback when reporting. */
  function retry(step: Step, error: CircleErrorBody): void {
    if (reportsRetriedErrors) tell({ onError: true, error: { code: error.code, message: error.message } });
    show(step, circleProblem(error));
  }

  /** A step's answer: next screen, the same screen with the error, or the end of the challenge. */
  function follow(
    reply: Reply<StepReply>,
    onSuccess: (challenge: { type: ChallengeType; status: string }) => void,
    onProblem: (error: CircleErrorBody) => void,
  ): void {
    if (!reply.ok) fail(reply.error);
    else if (reply.value.ok) onSuccess(reply.value.challenge);
    else if (reply.value.challengeFailed) fail(reply.value.error);
    else onProblem(reply.value.error);
  }

  function progress(step: Step): string {
    const plan = plans[type];
    return `Step ${plan.indexOf(step) + 1} of ${plan.length}`;
  }

  function show(step: Step, problem: Problem | null = null): void {
    const base = { title: titles[type], progress: progress(step), problem };
    switch (step) {
      case 'current-pin':
        render({
          ...base,
          intro: 'Enter the 6-digit PIN you use today.',
          fields: [{ id: 'current-pin', label: 'Current PIN', kind: 'pin' }],
          forgotPin: true,
          onContinue: async (values) => {
            const pin = values['current-pin'] ?? '';
            if (!isSixDigits(pin)) return show('current-pin', { message: 'Enter all 6 digits of your PIN.' });
            follow(
              await api.verifyCurrentPin(pin),
              () => show('new-pin'),
              (error) => retry('current-pin', error),
            );
          },
        });
        return;
      case 'security-answers':
        render({
          ...base,
          intro: 'Answer your security questions. Answers are not case-sensitive.',
          fields: userQuestions.map((question, index) => ({
            id: `answer-${index + 1}`,
            label: question,
            kind: 'answer',
          })),
          onContinue: async (values) => {
            const answers = userQuestions.map((_question, index) => values[`answer-${index + 1}`] ?? '');
            if (answers.some((answer) => answer.trim() === '')) {
              return show('security-answers', { message: 'Answer every question.' });
            }
            follow(
              await api.verifyAnswers(answers),
              () => show('new-pin'),
              (error) => retry('security-answers', error),
            );
          },
        });
        return;
      case 'new-pin':
        render({
          ...base,
          intro: 'Choose a new 6-digit PIN. Avoid repeating (000000) or consecutive (123456) digits.',
          fields: [{ id: 'new-pin', label: 'New PIN', kind: 'pin' }],
          onContinue: async (values) => {
            const pin = values['new-pin'] ?? '';
            if (!isSixDigits(pin)) return show('new-pin', { message: 'Enter 6 digits.' });
            const reply = await api.checkNewPin(pin);
            if (!reply.ok) return fail(reply.error);
            if (!reply.value.ok) return retry('new-pin', reply.value.error);
            newPin = pin;
            show('confirm-pin');
          },
        });
        return;
      case 'confirm-pin':
        render({
          ...base,
          intro: 'Enter the new PIN again.',
          fields: [{ id: 'confirm-pin', label: 'Confirm new PIN', kind: 'pin' }],
          onContinue: async (values) => {
            const confirmation = values['confirm-pin'] ?? '';
            const backToNewPin = (error: CircleErrorBody) => {
              newPin = '';
              retry('new-pin', error);
            };
            if (type === 'SET_PIN' || type === 'INITIALIZE') {
              const reply = await api.checkNewPin(newPin, confirmation);
              if (!reply.ok) return fail(reply.error);
              if (!reply.value.ok) return backToNewPin(reply.value.error);
              confirmedPin = confirmation;
              return show('choose-questions');
            }
            follow(await api.completeWithNewPin(newPin, confirmation), complete, backToNewPin);
          },
        });
        return;
      case 'confirm-wallets':
        render({
          ...base,
          intro: `Enter your 6-digit PIN to create your ${walletBlockchains.length > 1 ? 'wallets' : 'wallet'} on ${walletBlockchains.join(', ')}.`,
          fields: [{ id: 'confirm-wallets-pin', label: 'PIN', kind: 'pin' }],
          forgotPin: true,
          onContinue: async (values) => {
            const pin = values['confirm-wallets-pin'] ?? '';
            if (!isSixDigits(pin)) return show('confirm-wallets', { message: 'Enter all 6 digits of your PIN.' });
            follow(await api.confirmWithPin(pin), complete, (error) => show('confirm-wallets', circleProblem(error)));
          },
        });
        return;
      case 'choose-questions': {
        const { choices, count } = questionSettings;
        const fields: Field[] = [];
        for (let index = 1; index <= count; index += 1) {
          fields.push({
            id: `question-${index}`,
            label: `Security question ${index}`,
            kind: 'question',
            options: choices,
          });
          fields.push({ id: `answer-${index}`, label: `Answer ${index}`, kind: 'answer' });
        }
        render({
          ...base,
          intro: `Choose ${count} different questions and answer them. You will need the answers if you forget your PIN.`,
          fields,
          onContinue: async (values) => {
            const chosen: { question: string; answer: string }[] = [];
            for (let index = 1; index <= count; index += 1) {
              chosen.push({ question: values[`question-${index}`] ?? '', answer: values[`answer-${index}`] ?? '' });
            }
            const questions = chosen.map((entry) => entry.question);
            if (questions.some((question) => question === '') || new Set(questions).size !== questions.length) {
              return show('choose-questions', { message: `Choose ${count} different questions.` });
            }
            if (chosen.some((entry) => entry.answer.trim() === '')) {
              return show('choose-questions', { message: 'Answer every question.' });
            }
            follow(await api.completeWithNewPin(newPin, confirmedPin, chosen), complete, (error) => {
              newPin = '';
              retry('new-pin', error);
            });
          },
        });
        return;
      }
    }
  }

  return {
    /** Whether there are screens for a challenge of this type (api/open only names Circle's four). */
    canRun(challengeType: string): boolean {
      return challengeType in plans;
    },
    /** The hand-over was refused before any PIN screen: the error, on a screen that only closes. */
    showOpenError(error: CircleErrorBody): void {
      render({
        title: 'Cannot open this challenge',
        intro: '',
        fields: [],
        problem: circleProblem(error),
        closing: true,
      });
    },
    start(opened: OpenReply, settings: SecurityQuestionSettings): void {
      type = opened.challenge.type;
      userQuestions = opened.securityQuestions;
      walletBlockchains = opened.blockchains ?? [];
      questionSettings = settings;
      // Always from the first screen, even when a cancelled run of this challenge got further: whoever runs it again
      // (the agent, at a shared desk) must know the current PIN or the answers too.
      show(plans[type][0] ?? 'new-pin');
    },
  };
}
