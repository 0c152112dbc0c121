// French (formal "vous"). Written for PIN Desk from its English texts (en.ts);
// awaits review by a native speaker before it is relied on. Loaded only when chosen (load-language-pack.ts).
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: 'Continuer',
      showPin: 'Afficher le code PIN',
      hidePin: 'Masquer le code PIN',
      confirm: 'Confirmer',
      sign: 'Signer',
      retry: 'Réessayer',
    },
    enterPincode: {
      headline: 'Saisissez votre {{pin}}',
      headline2: 'code PIN actuel',
      subhead: 'Le code PIN à 6 chiffres que vous utilisez aujourd’hui.',
      forgotPin: 'Code PIN oublié ?',
    },
    newPincode: {
      headline: 'Choisissez votre {{pin}}',
      headline2: 'nouveau code PIN',
      subhead: '6 chiffres, sans répétition (111111) ni suite (123456).',
    },
    confirmNewPincode: {
      headline: 'Confirmez votre {{pin}}',
      headline2: 'nouveau code PIN',
      subhead: 'Saisissez à nouveau les mêmes 6 chiffres.',
    },
    recoverPincode: {
      headline: 'Récupérez votre code PIN {{method}}',
      headline2: 'grâce à vos réponses',
      subhead: 'Répondez à vos questions de sécurité. Les majuscules et minuscules ne comptent pas.',
      answerInputHeader: 'Votre réponse',
      answerInputPlaceholder: 'Saisissez votre réponse',
    },
    initPincode: {
      headline: 'Créez votre {{pin}}',
      headline2: 'code PIN',
      subhead: '6 chiffres, sans répétition (111111) ni suite (123456).',
    },
    confirmInitPincode: {
      headline: 'Confirmez votre {{pin}}',
      headline2: 'code PIN',
      subhead: 'Saisissez à nouveau les mêmes 6 chiffres.',
    },
    securityIntros: {
      headline: 'Configurez vos {{method}} pour pouvoir récupérer votre code PIN',
      headline2: 'questions de sécurité',
      description:
        'Si vous oubliez votre code PIN, vos réponses sont le seul moyen d’accéder à nouveau à votre portefeuille.',
      link: 'En savoir plus',
    },
    securityQuestions: {
      title: 'Choisissez vos questions de sécurité',
      questionHeader: 'Question de sécurité',
      questionPlaceholder: 'Choisissez une question',
      requiredMark: '*',
      answerHeader: 'Réponse',
      answerPlaceholder: 'Saisissez votre réponse',
      answerHintHeader: 'Indice',
      answerHintPlaceholder: 'Indice facultatif (pas la réponse)',
    },
    securitySummary: {
      title: 'Vérifiez vos questions et réponses',
      question: 'Question',
    },
    securityConfirm: {
      title: 'Conservez vos réponses en lieu sûr',
      headline: 'Avant de continuer, assurez-vous de bien comprendre :',
      // No apostrophe to type: a keyboard's straight one would not match a typographic one.
      inputHeadline: 'Saisissez « Je confirme » pour continuer',
      inputPlaceholder: 'Je confirme',
      inputMatch: 'Je confirme',
    },
  },
  customerScreen: {
    greeting: 'Bienvenue.',
    ready: 'Votre conseiller commencera quand vous le souhaiterez.',
    preparing: 'Préparation de votre fenêtre sécurisée pour le code PIN…',
    resetNow: 'Saisissez votre code PIN actuel, puis choisissez-en un nouveau.',
    recoveryNow: 'Répondez à vos questions de sécurité, puis choisissez un nouveau code PIN.',
    nobodySees:
      'Vous êtes la seule personne à voir ce que vous saisissez. Personne au guichet ne peut voir votre code PIN.',
    pinSet: 'Votre nouveau code PIN est enregistré.',
    recovered: 'Votre compte est récupéré avec un nouveau code PIN.',
    useItNow: 'Personne au guichet ne l’a vu. Utilisez-le désormais.',
    expired: 'Le temps prévu pour cette tentative est écoulé.',
    newAttempt: 'Votre conseiller va en lancer une nouvelle.',
    notFinished: 'Cette tentative n’a pas abouti.',
    agentWillTell: 'Votre conseiller vous dira quelle est la suite.',
    windowClosed: 'La fenêtre du code PIN a été fermée.',
    reopenWhenReady: 'Votre conseiller peut la rouvrir quand vous le souhaiterez.',
    windowGone: 'La fenêtre du code PIN s’est fermée.',
    problem: 'Un problème est survenu sur cet écran.',
    agentWillHelp: 'Votre conseiller va vous aider.',
  },
  circleErrors: {
    wrongPin: 'Ce code PIN est incorrect. Veuillez réessayer.',
    wrongAnswers:
      'Une ou plusieurs réponses sont incorrectes. Les majuscules et minuscules ne comptent pas. Veuillez réessayer.',
    pinMismatch: 'Les deux nouveaux codes PIN sont différents. Saisissez deux fois les mêmes 6 chiffres.',
    weakPin: 'Choisissez un code PIN sans chiffres répétés (comme 111111) ni à la suite (comme 123456).',
  },
};
