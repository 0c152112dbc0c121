// The hosted PIN UI's screens: one per step of the challenge's plan, each checking in the page what it can (six
// digits, every answer given) and asking the emulator for the rest, then the screen that ends the challenge — done
// (the SDK's callback gets the result) or failed (it gets the error). An error the customer can retry (wrong PIN or
// answers, weak PIN, mismatch) keeps the screen; with `reportsRetriedErrors` the SDK's callback hears it too. Each
// screen is Circle's (the web SDK's `Localizations` keys): enterPincode, recoverPincode, initPincode / newPincode,
// confirmInitPincode / confirmNewPincode here; the security questions' set-up screens in hosted-pin-setup-screens.ts.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type { HostedPinApiClient } from './hosted-pin-api-client';
import type {
  ChallengeType,
  HostedPinCustomizations,
  Problem,
  Reply,
  Screen,
  TellSdk,
} from './hosted-pin-browser-types';
import type { createHostedPinSetupScreens, SetupStep } from './hosted-pin-setup-screens';
import type { createHostedPinWording, HostedPinWording } from './hosted-pin-wording';
import type { CircleErrorBody, OpenReply, StepReply } from './hosted-ui-protocol';

export function createHostedPinScreens(
  render: (screen: Screen) => void,
  api: HostedPinApiClient,
  tell: TellSdk,
  reportsRetriedErrors: boolean,
  makers: { wording: typeof createHostedPinWording; setup: typeof createHostedPinSetupScreens },
) {
  type Step = 'current-pin' | 'security-answers' | 'new-pin' | 'confirm-pin' | 'confirm-wallets' | SetupStep;

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
    SET_PIN: ['new-pin', 'confirm-pin', 'security-intro', 'choose-questions', 'security-summary', 'security-confirm'],
    INITIALIZE: [
      'new-pin',
      'confirm-pin',
      'security-intro',
      'choose-questions',
      'security-summary',
      'security-confirm',
    ],
    CREATE_WALLET: ['confirm-wallets'],
  };

  // The challenge being run: set by start(), before its first screen shows.
  let type: ChallengeType = 'CHANGE_PIN';
  let userQuestions: OpenReply['securityQuestions'] = [];
  let walletBlockchains: string[] = [];
  let words: HostedPinWording = makers.wording({});
  let setup: ReturnType<typeof createHostedPinSetupScreens> | null = null;
  // The new PIN as entered, then as confirmed, kept until the step that sends them.
  let newPin = '';
  let confirmedPin = '';

  const isSixDigits = (pin: string) => /^[0-9]{6}$/.test(pin);

  /** The challenge is over with an error: say so, and tell the SDK (its callback gets `(error, undefined)`). */
  function fail(error: CircleErrorBody): void {
    const locked = error.code === 155119 || error.code === 155120;
    render({
      title: locked ? 'Locked' : 'Something went wrong',
      intro: locked ? 'This challenge has ended.' : 'This challenge cannot continue.',
      fields: [],
      problem: words.problem(error),
      closing: true,
    });
    tell({ onError: true, error: { code: error.code, message: error.message } });
  }

  function complete(challenge: { type: ChallengeType; status: string }): void {
    const wallets = challenge.type === 'CREATE_WALLET';
    const several = walletBlockchains.length > 1;
    const pinTitle = challenge.type === 'CHANGE_PIN' || challenge.type === 'RESTORE_PIN' ? 'PIN changed' : 'PIN set';
    render({
      title: wallets ? (several ? 'Wallets created' : 'Wallet created') : pinTitle,
      intro: wallets
        ? `Your new ${several ? 'wallets are' : 'wallet is'} ready to use.`
        : 'Your new PIN is ready to use.',
      fields: [],
      closing: true,
      success: true,
    });
    tell({ onComplete: true, result: { type: challenge.type, status: challenge.status } });
  }

  /** An error the customer retries in this window: on its screen, and to the SDK's callback when reporting. */
  function retry(step: Step, error: CircleErrorBody): void {
    if (reportsRetriedErrors) tell({ onError: true, error: { code: error.code, message: error.message } });
    show(step, words.problem(error));
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
    return words.progress(plan.indexOf(step) + 1, plan.length);
  }

  /** A PIN screen of Circle's: its headline (naming the input when the app localized it), subhead and one input. */
  function pinScreen(
    screen: 'enterPincode' | 'initPincode' | 'newPincode' | 'confirmInitPincode' | 'confirmNewPincode',
    step: Step,
    defaults: { label: string; intro: string; title?: string },
    problem: Problem | null,
  ): Screen {
    const title = words.headline(screen, defaults.title ?? titles[type]);
    const localized = words.hasHeadline(screen);
    return {
      title,
      progress: progress(step),
      problem,
      intro: words.text(screen, 'subhead', defaults.intro),
      fields: [
        { id: step, label: localized ? words.plain(title) : defaults.label, labelHidden: localized, kind: 'pin' },
      ],
      continueLabel: words.continueLabel(),
    };
  }

  const setsQuestions = () => type === 'SET_PIN' || type === 'INITIALIZE';

  function backToNewPin(error: CircleErrorBody): void {
    newPin = '';
    retry('new-pin', error);
  }

  function show(step: Step, problem: Problem | null = null): void {
    switch (step) {
      case 'current-pin':
        render({
          ...pinScreen(
            'enterPincode',
            step,
            { label: 'Current PIN', intro: 'Enter the 6-digit PIN you use today.' },
            problem,
          ),
          forgotPin: words.text('enterPincode', 'forgotPin', 'Forgot PIN?'),
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
      case 'security-answers': {
        const hintTag = words.text('securityQuestions', 'answerHintHeader', 'Hint');
        const caption = words.text('recoverPincode', 'answerInputHeader', '');
        const placeholder = words.text('recoverPincode', 'answerInputPlaceholder', '');
        render({
          title: words.headline('recoverPincode', titles[type]),
          progress: progress(step),
          problem,
          intro: words.text(
            'recoverPincode',
            'subhead',
            'Answer your security questions. Answers are not case-sensitive.',
          ),
          fields: userQuestions.map((entry, index) => ({
            id: `answer-${index + 1}`,
            label: entry.question,
            kind: entry.type === 'DATE' ? 'date' : 'answer',
            ...(caption ? { caption } : {}),
            ...(placeholder ? { placeholder } : {}),
            ...(entry.hint ? { hint: { tag: hintTag, text: entry.hint } } : {}),
          })),
          continueLabel: words.continueLabel(true),
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
      }
      case 'new-pin': {
        const intro = 'Choose a new 6-digit PIN. Avoid repeating (000000) or consecutive (123456) digits.';
        render({
          ...pinScreen(setsQuestions() ? 'initPincode' : 'newPincode', step, { label: 'New PIN', intro }, problem),
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
      }
      case 'confirm-pin': {
        const screen = setsQuestions() ? 'confirmInitPincode' : 'confirmNewPincode';
        render({
          ...pinScreen(screen, step, { label: 'Confirm new PIN', intro: 'Enter the new PIN again.' }, problem),
          onContinue: async (values) => {
            const confirmation = values['confirm-pin'] ?? '';
            if (setsQuestions()) {
              const reply = await api.checkNewPin(newPin, confirmation);
              if (!reply.ok) return fail(reply.error);
              if (!reply.value.ok) return backToNewPin(reply.value.error);
              confirmedPin = confirmation;
              return show('security-intro');
            }
            follow(await api.completeWithNewPin(newPin, confirmation), complete, backToNewPin);
          },
        });
        return;
      }
      case 'confirm-wallets': {
        const on = `${walletBlockchains.length > 1 ? 'wallets' : 'wallet'} on ${walletBlockchains.join(', ')}`;
        const intro = `Enter your 6-digit PIN to create your ${on}.`;
        render({
          ...pinScreen('enterPincode', step, { label: 'PIN', intro }, problem),
          forgotPin: words.text('enterPincode', 'forgotPin', 'Forgot PIN?'),
          onContinue: async (values) => {
            const pin = values['confirm-wallets'] ?? '';
            if (!isSixDigits(pin)) return show('confirm-wallets', { message: 'Enter all 6 digits of your PIN.' });
            follow(await api.confirmWithPin(pin), complete, (error) => show('confirm-wallets', words.problem(error)));
          },
        });
        return;
      }
      default:
        setup?.show(step, problem);
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
        problem: words.problem(error),
        closing: true,
      });
    },
    start(opened: OpenReply, look: HostedPinCustomizations): void {
      type = opened.challenge.type;
      userQuestions = opened.securityQuestions;
      walletBlockchains = opened.blockchains ?? [];
      words = makers.wording(look.texts);
      setup = makers.setup({
        render,
        words,
        look,
        progress,
        retry,
        follow,
        complete,
        backToNewPin,
        finish: (questions) => api.completeWithNewPin(newPin, confirmedPin, questions),
      });
      // Always from the first screen, even when a cancelled run of this challenge got further: whoever runs it again
      // (the agent, at a shared desk) must know the current PIN or the answers too.
      show(plans[type][0] ?? 'new-pin');
    },
  };
}
