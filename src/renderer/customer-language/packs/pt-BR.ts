// Brazilian Portuguese ("você"). Written for PIN Desk from its English texts (en.ts);
// awaits review by a native speaker before it is relied on. Loaded only when chosen (load-language-pack.ts).
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: 'Continuar',
      showPin: 'Mostrar PIN',
      hidePin: 'Ocultar PIN',
      confirm: 'Confirmar',
      sign: 'Assinar',
      retry: 'Tentar novamente',
    },
    enterPincode: {
      headline: 'Digite seu {{pin}}',
      headline2: 'PIN atual',
      subhead: 'O PIN de 6 dígitos que você usa hoje.',
      forgotPin: 'Esqueceu o PIN?',
    },
    newPincode: {
      headline: 'Escolha seu {{pin}}',
      headline2: 'novo PIN',
      subhead: '6 dígitos, sem repetir (111111) nem em sequência (123456).',
    },
    confirmNewPincode: {
      headline: 'Confirme seu {{pin}}',
      headline2: 'novo PIN',
      subhead: 'Digite os mesmos 6 dígitos de novo.',
    },
    recoverPincode: {
      headline: 'Recupere seu PIN {{method}}',
      headline2: 'com suas respostas',
      subhead: 'Responda às suas perguntas de segurança. Maiúsculas e minúsculas não fazem diferença.',
      answerInputHeader: 'Sua resposta',
      answerInputPlaceholder: 'Digite sua resposta',
    },
    initPincode: {
      headline: 'Crie seu {{pin}}',
      headline2: 'PIN',
      subhead: '6 dígitos, sem repetir (111111) nem em sequência (123456).',
    },
    confirmInitPincode: {
      headline: 'Confirme seu {{pin}}',
      headline2: 'PIN',
      subhead: 'Digite os mesmos 6 dígitos de novo.',
    },
    securityIntros: {
      headline: 'Configure suas {{method}} para recuperar seu PIN',
      headline2: 'perguntas de segurança',
      description: 'Se você esquecer o PIN, suas respostas são a única forma de voltar à sua carteira.',
      link: 'Saiba mais',
    },
    securityQuestions: {
      title: 'Escolha suas perguntas de segurança',
      questionHeader: 'Pergunta de segurança',
      questionPlaceholder: 'Escolha uma pergunta',
      requiredMark: '*',
      answerHeader: 'Resposta',
      answerPlaceholder: 'Digite sua resposta',
      answerHintHeader: 'Dica',
      answerHintPlaceholder: 'Dica opcional (não a resposta)',
    },
    securitySummary: {
      title: 'Confira suas perguntas e respostas',
      question: 'Pergunta',
    },
    securityConfirm: {
      title: 'Guarde suas respostas com segurança',
      headline: 'Antes de continuar, confirme que você entendeu:',
      inputHeadline: 'Digite “Eu concordo” para confirmar',
      inputPlaceholder: 'Eu concordo',
      inputMatch: 'Eu concordo',
    },
  },
  customerScreen: {
    greeting: 'Boas-vindas.',
    ready: 'Seu atendente vai começar quando você quiser.',
    preparing: 'Preparando sua janela segura de PIN…',
    resetNow: 'Digite seu PIN atual e depois escolha um novo.',
    recoveryNow: 'Responda às suas perguntas de segurança e depois escolha um novo PIN.',
    nobodySees: 'Só você vê o que digita. Ninguém no balcão pode ver seu PIN.',
    pinSet: 'Seu novo PIN está definido.',
    recovered: 'Sua conta foi recuperada com um novo PIN.',
    useItNow: 'Ninguém no balcão o viu. Use-o a partir de agora.',
    expired: 'O tempo desta tentativa acabou.',
    newAttempt: 'Seu atendente vai iniciar uma nova para você.',
    notFinished: 'Esta tentativa não foi concluída.',
    agentWillTell: 'Seu atendente vai explicar o que acontece agora.',
    windowClosed: 'A janela do PIN foi fechada.',
    reopenWhenReady: 'Seu atendente pode abri-la de novo quando você quiser.',
    windowGone: 'A janela do PIN se fechou.',
    problem: 'Algo deu errado nesta tela.',
    agentWillHelp: 'Seu atendente vai ajudar você.',
  },
  circleErrors: {
    wrongPin: 'Esse PIN não está correto. Tente novamente.',
    wrongAnswers:
      'Uma ou mais respostas não estão corretas. Maiúsculas e minúsculas não fazem diferença. Tente novamente.',
    pinMismatch: 'Os dois novos PINs são diferentes. Digite os mesmos 6 dígitos duas vezes.',
    weakPin: 'Escolha um PIN sem dígitos repetidos (como 111111) nem em sequência (como 123456).',
  },
};
