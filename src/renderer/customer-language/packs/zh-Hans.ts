// Simplified Chinese (polite 您). Written for PIN Desk from its English texts (en.ts);
// awaits review by a native speaker before it is relied on. Loaded only when chosen (load-language-pack.ts).
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: '继续',
      showPin: '显示 PIN',
      hidePin: '隐藏 PIN',
      confirm: '确认',
      sign: '签名',
      retry: '重试',
    },
    enterPincode: {
      headline: '请输入您的{{pin}}',
      headline2: '当前 PIN',
      subhead: '您现在使用的 6 位 PIN。',
      forgotPin: '忘记 PIN？',
    },
    newPincode: {
      headline: '请设置您的{{pin}}',
      headline2: '新 PIN',
      subhead: '6 位数字，不能重复（111111）或连续（123456）。',
    },
    confirmNewPincode: {
      headline: '请确认您的{{pin}}',
      headline2: '新 PIN',
      subhead: '请再次输入相同的 6 位数字。',
    },
    recoverPincode: {
      headline: '{{method}}找回 PIN',
      headline2: '通过安全问题的答案',
      subhead: '请回答您的安全问题。答案不区分大小写。',
      answerInputHeader: '您的答案',
      answerInputPlaceholder: '输入您的答案',
    },
    initPincode: {
      headline: '请创建您的{{pin}}',
      headline2: 'PIN',
      subhead: '6 位数字，不能重复（111111）或连续（123456）。',
    },
    confirmInitPincode: {
      headline: '请确认您的{{pin}}',
      headline2: 'PIN',
      subhead: '请再次输入相同的 6 位数字。',
    },
    securityIntros: {
      headline: '设置{{method}}，以便找回 PIN',
      headline2: '安全问题',
      description: '如果您忘记了 PIN，这些答案是重新进入钱包的唯一途径。',
      link: '了解更多',
    },
    securityQuestions: {
      title: '请选择您的安全问题',
      questionHeader: '安全问题',
      questionPlaceholder: '选择一个问题',
      requiredMark: '*',
      answerHeader: '答案',
      answerPlaceholder: '输入您的答案',
      answerHintHeader: '提示',
      answerHintPlaceholder: '可选提示（不能是答案本身）',
    },
    securitySummary: {
      title: '请核对您的问题和答案',
      question: '问题',
    },
    securityConfirm: {
      title: '请妥善保管您的答案',
      headline: '继续之前，请确认您已了解：',
      inputHeadline: '请输入“我同意”以确认',
      inputPlaceholder: '我同意',
      inputMatch: '我同意',
    },
  },
  customerScreen: {
    greeting: '欢迎。',
    ready: '您准备好后，工作人员就会开始。',
    preparing: '正在准备安全的 PIN 输入窗口…',
    resetNow: '请输入您当前的 PIN，然后设置新的 PIN。',
    recoveryNow: '请回答您的安全问题，然后设置新的 PIN。',
    nobodySees: '只有您能看到您输入的内容。柜台的任何人都看不到您的 PIN。',
    pinSet: '您的新 PIN 已设置。',
    recovered: '您的账户已通过新 PIN 找回。',
    useItNow: '柜台的任何人都没有看到它。从现在起请使用新 PIN。',
    expired: '本次操作已超时。',
    newAttempt: '工作人员会为您重新开始。',
    notFinished: '本次操作未完成。',
    agentWillTell: '工作人员会告诉您接下来怎么做。',
    windowClosed: 'PIN 窗口已被关闭。',
    reopenWhenReady: '您准备好后，工作人员可以再次打开它。',
    windowGone: 'PIN 窗口已关闭。',
    problem: '此屏幕出现了问题。',
    agentWillHelp: '工作人员会帮助您。',
  },
  circleErrors: {
    wrongPin: 'PIN 不正确，请重试。',
    wrongAnswers: '有一个或多个答案不正确。答案不区分大小写，请重试。',
    pinMismatch: '两次输入的新 PIN 不一致。请输入两次相同的 6 位数字。',
    weakPin: '请选择没有重复数字（如 111111）或连续数字（如 123456）的 PIN。',
  },
};
