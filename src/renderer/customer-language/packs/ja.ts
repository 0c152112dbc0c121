// Japanese (polite form). Written for PIN Desk from its English texts (en.ts);
// awaits review by a native speaker before it is relied on. Loaded only when chosen (load-language-pack.ts).
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: '次へ',
      showPin: 'PINを表示',
      hidePin: 'PINを隠す',
      confirm: '確認',
      sign: '署名',
      retry: '再試行',
    },
    enterPincode: {
      headline: '{{pin}}を入力してください',
      headline2: '現在のPIN',
      subhead: '現在お使いの6桁のPINです。',
      forgotPin: 'PINをお忘れですか？',
    },
    newPincode: {
      headline: '{{pin}}を設定してください',
      headline2: '新しいPIN',
      subhead: '同じ数字の繰り返し（111111）や連続した数字（123456）は使えません。',
    },
    confirmNewPincode: {
      headline: '{{pin}}をもう一度入力してください',
      headline2: '新しいPIN',
      subhead: '確認のため、同じ6桁を入力してください。',
    },
    recoverPincode: {
      headline: '{{method}}PINを復元します',
      headline2: '秘密の質問の回答で',
      subhead: '秘密の質問に答えてください。大文字と小文字は区別されません。',
      answerInputHeader: '回答',
      answerInputPlaceholder: '回答を入力',
    },
    initPincode: {
      headline: '{{pin}}を作成してください',
      headline2: 'PIN',
      subhead: '同じ数字の繰り返し（111111）や連続した数字（123456）は使えません。',
    },
    confirmInitPincode: {
      headline: '{{pin}}をもう一度入力してください',
      headline2: 'PIN',
      subhead: '確認のため、同じ6桁を入力してください。',
    },
    securityIntros: {
      headline: 'PINを復元できるように{{method}}を設定しましょう',
      headline2: '秘密の質問',
      description: 'PINを忘れた場合、回答がウォレットに戻る唯一の方法です。',
      link: '詳しく見る',
    },
    securityQuestions: {
      title: '秘密の質問を選んでください',
      questionHeader: '秘密の質問',
      questionPlaceholder: '質問を選択',
      requiredMark: '*',
      answerHeader: '回答',
      answerPlaceholder: '回答を入力',
      answerHintHeader: 'ヒント',
      answerHintPlaceholder: 'ヒント（任意・回答そのものは不可）',
    },
    securitySummary: {
      title: '質問と回答を確認してください',
      question: '質問',
    },
    securityConfirm: {
      title: '回答を大切に保管してください',
      headline: '続ける前に、次の点をご確認ください：',
      inputHeadline: '確認のため「同意します」と入力してください',
      inputPlaceholder: '同意します',
      inputMatch: '同意します',
    },
  },
  customerScreen: {
    greeting: 'ようこそ。',
    ready: '準備ができましたら、担当者が始めます。',
    preparing: '安全なPIN入力画面を準備しています…',
    resetNow: '現在のPINを入力してから、新しいPINを設定してください。',
    recoveryNow: '秘密の質問に答えてから、新しいPINを設定してください。',
    nobodySees: '入力内容はお客様にしか見えません。窓口の担当者がPINを見ることはできません。',
    pinSet: '新しいPINが設定されました。',
    recovered: '新しいPINでアカウントが復元されました。',
    useItNow: '窓口の担当者は誰も見ていません。今後はこのPINをお使いください。',
    expired: 'この手続きは時間切れになりました。',
    newAttempt: '担当者が新しい手続きを始めます。',
    notFinished: 'この手続きは完了しませんでした。',
    agentWillTell: '次の手順は担当者がご説明します。',
    windowClosed: 'PIN入力画面が閉じられました。',
    reopenWhenReady: '準備ができましたら、担当者がもう一度開きます。',
    windowGone: 'PIN入力画面が閉じました。',
    problem: 'この画面で問題が発生しました。',
    agentWillHelp: '担当者がお手伝いします。',
  },
  circleErrors: {
    wrongPin: 'PINが正しくありません。もう一度お試しください。',
    wrongAnswers: '正しくない回答があります。大文字と小文字は区別されません。もう一度お試しください。',
    pinMismatch: '2回入力した新しいPINが一致しません。同じ6桁を2回入力してください。',
    weakPin: '同じ数字の繰り返し（111111など）や連続した数字（123456など）のないPINを選んでください。',
  },
};
