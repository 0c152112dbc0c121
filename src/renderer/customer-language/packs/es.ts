// Spanish (neutral, informal "tú"). Written for PIN Desk from its English texts (en.ts);
// awaits review by a native speaker before it is relied on. Loaded only when chosen (load-language-pack.ts).
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: 'Continuar',
      showPin: 'Mostrar PIN',
      hidePin: 'Ocultar PIN',
      confirm: 'Confirmar',
      sign: 'Firmar',
      retry: 'Reintentar',
    },
    enterPincode: {
      headline: 'Introduce tu {{pin}}',
      headline2: 'PIN actual',
      subhead: 'El PIN de 6 dígitos que usas hoy.',
      forgotPin: '¿Olvidaste tu PIN?',
    },
    newPincode: {
      headline: 'Elige tu {{pin}}',
      headline2: 'PIN nuevo',
      subhead: '6 dígitos, sin repetir (111111) ni seguidos (123456).',
    },
    confirmNewPincode: {
      headline: 'Confirma tu {{pin}}',
      headline2: 'PIN nuevo',
      subhead: 'Introduce los mismos 6 dígitos otra vez.',
    },
    recoverPincode: {
      headline: 'Recupera tu PIN {{method}}',
      headline2: 'con tus respuestas',
      subhead: 'Responde a tus preguntas de seguridad. No importan las mayúsculas ni las minúsculas.',
      answerInputHeader: 'Tu respuesta',
      answerInputPlaceholder: 'Escribe tu respuesta',
    },
    initPincode: {
      headline: 'Crea tu {{pin}}',
      headline2: 'PIN',
      subhead: '6 dígitos, sin repetir (111111) ni seguidos (123456).',
    },
    confirmInitPincode: {
      headline: 'Confirma tu {{pin}}',
      headline2: 'PIN',
      subhead: 'Introduce los mismos 6 dígitos otra vez.',
    },
    securityIntros: {
      headline: 'Configura tus {{method}} para recuperar tu PIN',
      headline2: 'preguntas de seguridad',
      description: 'Si olvidas tu PIN, tus respuestas son la única forma de volver a entrar en tu billetera.',
      link: 'Más información',
    },
    securityQuestions: {
      title: 'Elige tus preguntas de seguridad',
      questionHeader: 'Pregunta de seguridad',
      questionPlaceholder: 'Elige una pregunta',
      requiredMark: '*',
      answerHeader: 'Respuesta',
      answerPlaceholder: 'Escribe tu respuesta',
      answerHintHeader: 'Pista',
      answerHintPlaceholder: 'Pista opcional (no la respuesta)',
    },
    securitySummary: {
      title: 'Revisa tus preguntas y respuestas',
      question: 'Pregunta',
    },
    securityConfirm: {
      title: 'Guarda bien tus respuestas',
      headline: 'Antes de continuar, asegúrate de entender lo siguiente:',
      inputHeadline: 'Escribe «Acepto» para confirmar',
      inputPlaceholder: 'Acepto',
      inputMatch: 'Acepto',
    },
  },
  customerScreen: {
    greeting: 'Te damos la bienvenida.',
    ready: 'Tu agente empezará cuando quieras.',
    preparing: 'Preparando tu ventana segura para el PIN…',
    resetNow: 'Introduce tu PIN actual y después elige uno nuevo.',
    recoveryNow: 'Responde a tus preguntas de seguridad y después elige un PIN nuevo.',
    nobodySees: 'Solo tú ves lo que escribes. Nadie en el mostrador puede ver tu PIN.',
    pinSet: 'Tu PIN nuevo está listo.',
    recovered: 'Tu cuenta se ha recuperado con un PIN nuevo.',
    useItNow: 'Nadie en el mostrador lo ha visto. Úsalo a partir de ahora.',
    expired: 'Este intento se quedó sin tiempo.',
    newAttempt: 'Tu agente iniciará uno nuevo.',
    notFinished: 'Este intento no se completó.',
    agentWillTell: 'Tu agente te dirá qué sigue.',
    windowClosed: 'La ventana del PIN se cerró.',
    reopenWhenReady: 'Tu agente puede volver a abrirla cuando quieras.',
    windowGone: 'La ventana del PIN se ha cerrado.',
    problem: 'Algo salió mal en esta pantalla.',
    agentWillHelp: 'Tu agente te ayudará.',
  },
  circleErrors: {
    wrongPin: 'Ese PIN no es correcto. Inténtalo de nuevo.',
    wrongAnswers:
      'Una o más respuestas no son correctas. No importan las mayúsculas ni las minúsculas. Inténtalo de nuevo.',
    pinMismatch: 'Los dos PIN nuevos son distintos. Introduce los mismos 6 dígitos dos veces.',
    weakPin: 'Elige un PIN sin dígitos repetidos (como 111111) ni seguidos (como 123456).',
  },
};
