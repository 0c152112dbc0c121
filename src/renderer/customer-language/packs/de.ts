// German (formal "Sie"). Written for PIN Desk from its English texts (en.ts);
// awaits review by a native speaker before it is relied on. Loaded only when chosen (load-language-pack.ts).
import type { LanguagePack } from '../language-pack';

export const pack: LanguagePack = {
  circleWindow: {
    common: {
      continue: 'Weiter',
      showPin: 'PIN anzeigen',
      hidePin: 'PIN verbergen',
      confirm: 'Bestätigen',
      sign: 'Signieren',
      retry: 'Erneut versuchen',
    },
    enterPincode: {
      headline: 'Geben Sie Ihre {{pin}} ein',
      headline2: 'aktuelle PIN',
      subhead: 'Die 6-stellige PIN, die Sie heute verwenden.',
      forgotPin: 'PIN vergessen?',
    },
    newPincode: {
      headline: 'Wählen Sie Ihre {{pin}}',
      headline2: 'neue PIN',
      subhead: '6 Ziffern, keine Wiederholungen (111111) und keine Folgen (123456).',
    },
    confirmNewPincode: {
      headline: 'Bestätigen Sie Ihre {{pin}}',
      headline2: 'neue PIN',
      subhead: 'Geben Sie dieselben 6 Ziffern noch einmal ein.',
    },
    recoverPincode: {
      headline: 'Stellen Sie Ihre PIN {{method}} wieder her',
      headline2: 'mit Ihren Antworten',
      subhead: 'Beantworten Sie Ihre Sicherheitsfragen. Groß- und Kleinschreibung spielt keine Rolle.',
      answerInputHeader: 'Ihre Antwort',
      answerInputPlaceholder: 'Antwort eingeben',
    },
    initPincode: {
      headline: 'Erstellen Sie Ihre {{pin}}',
      headline2: 'PIN',
      subhead: '6 Ziffern, keine Wiederholungen (111111) und keine Folgen (123456).',
    },
    confirmInitPincode: {
      headline: 'Bestätigen Sie Ihre {{pin}}',
      headline2: 'PIN',
      subhead: 'Geben Sie dieselben 6 Ziffern noch einmal ein.',
    },
    securityIntros: {
      headline: 'Richten Sie Ihre {{method}} ein, um Ihre PIN wiederherstellen zu können',
      headline2: 'Sicherheitsfragen',
      description: 'Wenn Sie Ihre PIN vergessen, sind Ihre Antworten der einzige Weg zurück in Ihre Wallet.',
      link: 'Mehr erfahren',
    },
    securityQuestions: {
      title: 'Wählen Sie Ihre Sicherheitsfragen',
      questionHeader: 'Sicherheitsfrage',
      questionPlaceholder: 'Frage auswählen',
      requiredMark: '*',
      answerHeader: 'Antwort',
      answerPlaceholder: 'Antwort eingeben',
      answerHintHeader: 'Hinweis',
      answerHintPlaceholder: 'Optionaler Hinweis (nicht die Antwort)',
    },
    securitySummary: {
      title: 'Prüfen Sie Ihre Fragen und Antworten',
      question: 'Frage',
    },
    securityConfirm: {
      title: 'Bewahren Sie Ihre Antworten sicher auf',
      headline: 'Bevor Sie fortfahren, vergewissern Sie sich, dass Sie Folgendes verstehen:',
      inputHeadline: 'Geben Sie „Ich stimme zu“ ein, um zu bestätigen',
      inputPlaceholder: 'Ich stimme zu',
      inputMatch: 'Ich stimme zu',
    },
  },
  customerScreen: {
    greeting: 'Willkommen.',
    ready: 'Wir beginnen, sobald Sie bereit sind.',
    preparing: 'Ihr sicheres PIN-Fenster wird vorbereitet…',
    resetNow: 'Geben Sie Ihre aktuelle PIN ein und wählen Sie dann eine neue.',
    recoveryNow: 'Beantworten Sie Ihre Sicherheitsfragen und wählen Sie dann eine neue PIN.',
    nobodySees: 'Nur Sie sehen, was Sie eingeben. Niemand am Schalter kann Ihre PIN sehen.',
    pinSet: 'Ihre neue PIN ist festgelegt.',
    recovered: 'Ihr Konto ist mit einer neuen PIN wiederhergestellt.',
    useItNow: 'Niemand am Schalter hat sie gesehen. Verwenden Sie sie ab jetzt.',
    expired: 'Die Zeit für diesen Versuch ist abgelaufen.',
    newAttempt: 'Wir starten einen neuen Versuch für Sie.',
    notFinished: 'Dieser Versuch wurde nicht abgeschlossen.',
    agentWillTell: 'Wir sagen Ihnen, wie es weitergeht.',
    windowClosed: 'Das PIN-Fenster wurde geschlossen.',
    reopenWhenReady: 'Wir können es wieder öffnen, sobald Sie bereit sind.',
    windowGone: 'Das PIN-Fenster hat sich geschlossen.',
    problem: 'Auf diesem Bildschirm ist etwas schiefgelaufen.',
    agentWillHelp: 'Wir helfen Ihnen weiter.',
  },
  circleErrors: {
    wrongPin: 'Diese PIN ist nicht korrekt. Bitte versuchen Sie es noch einmal.',
    wrongAnswers:
      'Eine oder mehrere Antworten sind nicht korrekt. Groß- und Kleinschreibung spielt keine Rolle. Bitte versuchen Sie es noch einmal.',
    pinMismatch: 'Die beiden neuen PINs sind verschieden. Bitte geben Sie zweimal dieselben 6 Ziffern ein.',
    weakPin: 'Bitte wählen Sie eine PIN ohne wiederholte Ziffern (wie 111111) und ohne Ziffernfolgen (wie 123456).',
  },
};
