// English: the source every translation is made from. Written for PIN Desk. Circle's window is not given these texts
// (English is Circle's own language, so its page keeps its own words; apply-customer-language.ts), but the customer
// screen and the agent speak them.
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: 'Continue',
      showPin: 'Show PIN',
      hidePin: 'Hide PIN',
      confirm: 'Confirm',
      sign: 'Sign',
      retry: 'Try again',
    },
    enterPincode: {
      headline: 'Enter your {{pin}}',
      headline2: 'current PIN',
      subhead: 'The 6-digit PIN you use today.',
      forgotPin: 'Forgot PIN?',
    },
    newPincode: {
      headline: 'Choose your {{pin}}',
      headline2: 'new PIN',
      subhead: '6 digits, not repeating (111111) or in a row (123456).',
    },
    confirmNewPincode: {
      headline: 'Confirm your {{pin}}',
      headline2: 'new PIN',
      subhead: 'Enter the same 6 digits again.',
    },
    recoverPincode: {
      headline: 'Recover your PIN {{method}}',
      headline2: 'with your answers',
      subhead: 'Answer your security questions. Answers are not case-sensitive.',
      answerInputHeader: 'Your answer',
      answerInputPlaceholder: 'Type your answer',
    },
    initPincode: {
      headline: 'Create your {{pin}}',
      headline2: 'PIN',
      subhead: '6 digits, not repeating (111111) or in a row (123456).',
    },
    confirmInitPincode: {
      headline: 'Confirm your {{pin}}',
      headline2: 'PIN',
      subhead: 'Enter the same 6 digits again.',
    },
    securityIntros: {
      headline: 'Set up your {{method}} to recover your PIN',
      headline2: 'security questions',
      description: 'If you forget your PIN, your answers are the only way back into your wallet.',
      link: 'Learn more',
    },
    securityQuestions: {
      title: 'Choose your security questions',
      questionHeader: 'Security question',
      questionPlaceholder: 'Choose a question',
      requiredMark: '*',
      answerHeader: 'Answer',
      answerPlaceholder: 'Type your answer',
      answerHintHeader: 'Hint',
      answerHintPlaceholder: 'Optional hint (not the answer)',
    },
    securitySummary: {
      title: 'Check your questions and answers',
      question: 'Question',
    },
    securityConfirm: {
      title: 'Keep your answers safe',
      headline: 'Before you go on, make sure you understand:',
      inputHeadline: 'Type "I agree" to confirm',
      inputPlaceholder: 'I agree',
      inputMatch: 'I agree',
    },
  },
  customerScreen: {
    greeting: 'Welcome.',
    ready: 'Your agent will start when you are ready.',
    preparing: 'Getting your secure PIN window ready…',
    resetNow: 'Enter your current PIN, then choose a new one.',
    recoveryNow: 'Answer your security questions, then choose a new PIN.',
    nobodySees: 'Only you see what you type. Nobody at the desk can see your PIN.',
    pinSet: 'Your new PIN is set.',
    recovered: 'Your account is recovered with a new PIN.',
    useItNow: 'Nobody at the desk has seen it. Use it from now on.',
    expired: 'This attempt ran out of time.',
    newAttempt: 'Your agent will start a new one for you.',
    notFinished: 'This attempt did not finish.',
    agentWillTell: 'Your agent will tell you what happens next.',
    windowClosed: 'The PIN window was closed.',
    reopenWhenReady: 'Your agent can open it again when you are ready.',
    windowGone: 'The PIN window has closed.',
    problem: 'Something went wrong on this screen.',
    agentWillHelp: 'Your agent will help you.',
  },
  circleErrors: {
    wrongPin: 'That PIN is not correct. Please try again.',
    wrongAnswers: 'One or more answers are not correct. Answers are not case-sensitive. Please try again.',
    pinMismatch: 'The two new PINs are different. Please enter the same 6 digits twice.',
    weakPin: 'Please choose a PIN without repeating digits (like 111111) or digits in a row (like 123456).',
  },
};
