// The hosted PIN UI in the browser. It speaks the W3S web SDK's postMessage protocol with the page that embeds it
// (the SDK's `messageHandler`), and walks the customer through the challenge's screens, asking the emulator's
// /pw-auth/api/ for every check. The protocol, as the SDK reads it:
//   frame → SDK  {onFrameReady: true}
//   SDK → frame  {w3s: {appSettings: {appId}, auth: {userToken, encryptionKey}, challenge: {challengeId}, customizations, …}}
//   frame → SDK  {showUi: true}                      (the SDK unhides its iframe)
//   frame → SDK  {onComplete: true, result: {type, status}}   (SDK removes the iframe, calls back (undefined, result))
//                {onError: true, error: {code, message}}       (SDK calls back (error, undefined); iframe stays)
//                {onClose: true}                               (SDK removes the iframe; no callback)
//                {onForgotPin: true}                           (SDK calls its onForgotPin)
// Every message goes to the `?origin=` the SDK put in the URL, never '*'; messages from any other origin, or from
// anything but the embedding window, are ignored.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes. Browser APIs are typed by ./browser-dom (the Node project has no DOM lib).
import type { BrowserGlobals, DomElement, DomForm, DomMessageEvent } from './browser-dom';
import type {
  CircleErrorBody,
  HostedPinUiConfig,
  HostedUiEndpoint,
  NewPinCheckReply,
  OpenBody,
  OpenReply,
  StepReply,
} from './hosted-ui-protocol';

export function runHostedPinUi(config: HostedPinUiConfig): void {
  const { window, document } = globalThis as unknown as BrowserGlobals;
  type ChallengeType = OpenReply['challenge']['type'];
  type Step = 'current-pin' | 'security-answers' | 'new-pin' | 'confirm-pin' | 'choose-questions';
  type Reply<T> = { ok: true; value: T } | { ok: false; error: CircleErrorBody };
  /** What the alert shows: a Circle error (with its code), or a plain form hint. */
  type Problem = { code?: number; message: string };
  interface Field {
    id: string;
    label: string;
    kind: 'pin' | 'answer' | 'question';
    options?: string[];
  }
  interface Screen {
    title: string;
    progress?: string;
    intro: string;
    fields: Field[];
    forgotPin?: boolean;
    problem?: Problem | null;
    /** A screen that ends the session: one "Close" button (posts onClose) instead of Continue / Cancel. */
    closing?: boolean;
    onContinue?: (values: Record<string, string>) => Promise<void>;
  }

  const networkError: CircleErrorBody = { code: 155706, message: 'Network error' };
  // Customer-facing wording for the codes this UI shows most; Circle's own message for every other code.
  const wording: Record<number, string> = {
    155112: 'That PIN is not correct. Try again.',
    155115: 'One or more answers are not correct. Try again.',
    155119:
      'Too many incorrect PINs: your PIN is locked for now. Try again later, or recover it with your security questions.',
    155120: 'Too many incorrect answers: your security questions are locked for now. Try again later.',
    155703: "The PINs don't match. Choose your new PIN again.",
    155704: "Your PIN can't have repeating (000000) or consecutive (123456) digits.",
    155706: 'Network error. Check the connection and try again.',
  };
  const titles: Record<ChallengeType, string> = {
    CHANGE_PIN: 'Change your PIN',
    RESTORE_PIN: 'Recover your PIN',
    SET_PIN: 'Set up your PIN',
    INITIALIZE: 'Set up your PIN',
  };
  const plans: Record<ChallengeType, Step[]> = {
    CHANGE_PIN: ['current-pin', 'new-pin', 'confirm-pin'],
    RESTORE_PIN: ['security-answers', 'new-pin', 'confirm-pin'],
    SET_PIN: ['new-pin', 'confirm-pin', 'choose-questions'],
    INITIALIZE: ['new-pin', 'confirm-pin', 'choose-questions'],
  };

  const root = document.getElementById('root') ?? document.body;
  const parentOrigin = claimedOrigin();
  let session: OpenBody | null = null;
  let type: ChallengeType = 'CHANGE_PIN';
  let userQuestions: string[] = [];
  let questionChoices = config.defaultSecurityQuestions;
  let questionCount = config.minimumSecurityQuestions;
  let newPin = '';
  let confirmedPin = '';
  let busy = false;
  let finished = false;

  function claimedOrigin(): string | null {
    const value = new URLSearchParams(window.location.search).get('origin');
    if (!value) return null;
    try {
      return new URL(value).origin === value ? value : null;
    } catch {
      return null;
    }
  }

  function tell(message: Record<string, unknown>): void {
    if (parentOrigin) window.parent.postMessage(message, parentOrigin);
  }

  function asRecord(value: unknown): Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  }

  function asText(value: unknown): string {
    return typeof value === 'string' ? value : '';
  }

  function isSixDigits(pin: string): boolean {
    return /^[0-9]{6}$/.test(pin);
  }

  function el(tag: string, attributes: Record<string, string> = {}, ...children: (DomElement | string)[]): DomElement {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  }

  /** Focuses once the frame is rendered: the SDK keeps its iframe hidden until it reads {showUi: true}. */
  function focusWhenShown(target: DomElement, framesLeft = 120): void {
    target.focus();
    if (document.activeElement === target || framesLeft === 0 || !target.isConnected) return;
    window.requestAnimationFrame(() => focusWhenShown(target, framesLeft - 1));
  }

  function fieldControl(field: Field, described: string): DomElement {
    if (field.kind === 'question') {
      const select = el('select', { id: field.id, name: field.id, 'aria-describedby': described });
      select.append(el('option', { value: '' }, 'Choose a question'));
      for (const option of field.options ?? []) select.append(el('option', { value: option }, option));
      return select;
    }
    const common = { id: field.id, name: field.id, autocomplete: 'off', 'aria-describedby': described };
    if (field.kind === 'answer') {
      return el('input', { ...common, type: 'text', maxlength: '200', spellcheck: 'false', autocapitalize: 'off' });
    }
    return el('input', {
      ...common,
      type: 'password',
      inputmode: 'numeric',
      pattern: '[0-9]*',
      maxlength: '6',
      enterkeyhint: 'next',
    });
  }

  function render(screen: Screen): void {
    const problem = screen.problem ?? null;
    const alert = el('p', { role: 'alert', id: 'screen-alert', class: 'alert' });
    if (problem) {
      if (problem.code !== undefined) alert.append(el('strong', { class: 'code' }, `Error ${problem.code}`), ' ');
      alert.append(problem.message);
    } else {
      alert.hidden = true;
    }
    const described = problem ? 'screen-intro screen-alert' : 'screen-intro';
    const form = el('form', { class: 'screen', novalidate: '', 'aria-labelledby': 'screen-title' }) as DomForm;
    form.append(
      el('p', { class: 'badge' }, 'Circle emulator · hosted PIN UI'),
      el('h1', { id: 'screen-title' }, screen.title),
    );
    if (screen.progress) form.append(el('p', { class: 'progress' }, screen.progress));
    form.append(el('p', { id: 'screen-intro', class: 'intro' }, screen.intro));

    const controls: DomElement[] = [];
    for (const field of screen.fields) {
      const control = fieldControl(field, described);
      if (problem) control.setAttribute('aria-invalid', 'true');
      controls.push(control);
      form.append(
        el('div', { class: `field field-${field.kind}` }, el('label', { for: field.id }, field.label), control),
      );
    }
    if (screen.forgotPin) {
      const link = el('a', { href: '#forgot-pin', class: 'link' }, 'Forgot PIN?');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        tell({ onForgotPin: true });
      });
      form.append(el('p', { class: 'forgot' }, link));
    }
    form.append(alert);

    const actions = el('div', { class: 'actions' });
    let defaultButton: DomElement | null = null;
    if (screen.closing) {
      defaultButton = el('button', { type: 'submit', class: 'primary' }, 'Close');
      actions.append(defaultButton);
    } else if (screen.onContinue) {
      const cancel = el('button', { type: 'button', class: 'secondary' }, 'Cancel');
      cancel.addEventListener('click', () => tell({ onClose: true }));
      defaultButton = el('button', { type: 'submit', class: 'primary' }, 'Continue');
      actions.append(cancel, defaultButton);
    }
    form.append(actions);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (screen.closing) {
        tell({ onClose: true });
        return;
      }
      if (busy || finished || !screen.onContinue) return;
      const values: Record<string, string> = {};
      for (const field of screen.fields) {
        values[field.id] = asText(asRecord(form.elements.namedItem(field.id)).value);
      }
      busy = true;
      form.setAttribute('aria-busy', 'true');
      defaultButton?.classList.add('busy');
      void screen.onContinue(values).finally(() => {
        busy = false;
        form.removeAttribute('aria-busy');
        defaultButton?.classList.remove('busy');
      });
    });

    root.replaceChildren(
      el('section', { class: 'card', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'screen-title' }, form),
    );
    const first = controls[0] ?? defaultButton;
    if (first) focusWhenShown(first);
  }

  function circleProblem(error: CircleErrorBody): Problem {
    return { code: error.code, message: wording[error.code] ?? error.message };
  }

  async function call<T>(endpoint: HostedUiEndpoint, body: Record<string, unknown>): Promise<Reply<T>> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
      });
    } catch {
      return { ok: false, error: networkError };
    }
    let parsed: unknown = null;
    try {
      parsed = await response.json();
    } catch {
      parsed = null;
    }
    if (response.ok && parsed !== null) return { ok: true, value: parsed as T };
    const envelope = asRecord(parsed);
    if (typeof envelope.code === 'number' && typeof envelope.message === 'string') {
      return { ok: false, error: { code: envelope.code, message: envelope.message } };
    }
    return { ok: false, error: networkError };
  }

  function sessionBody(): Record<string, unknown> {
    return { userToken: session?.userToken ?? '', challengeId: session?.challengeId ?? '' };
  }

  /** The challenge is over with an error: say so, and tell the SDK (its callback gets `(error, undefined)`). */
  function fail(error: CircleErrorBody): void {
    finished = true;
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
    finished = true;
    render({
      title: challenge.type === 'CHANGE_PIN' || challenge.type === 'RESTORE_PIN' ? 'PIN changed' : 'PIN set',
      intro: 'Your new PIN is ready to use.',
      fields: [],
      closing: true,
    });
    tell({ onComplete: true, result: { type: challenge.type, status: challenge.status } });
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
            const reply = await call<StepReply>('api/current-pin', { ...sessionBody(), pin });
            follow(
              reply,
              () => show('new-pin'),
              (error) => show('current-pin', circleProblem(error)),
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
            const reply = await call<StepReply>('api/security-answers', { ...sessionBody(), answers });
            follow(
              reply,
              () => show('new-pin'),
              (error) => show('security-answers', circleProblem(error)),
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
            const reply = await call<NewPinCheckReply>('api/new-pin-check', { pin });
            if (!reply.ok) return fail(reply.error);
            if (!reply.value.ok) return show('new-pin', circleProblem(reply.value.error));
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
              show('new-pin', circleProblem(error));
            };
            if (type === 'SET_PIN' || type === 'INITIALIZE') {
              const reply = await call<NewPinCheckReply>('api/new-pin-check', { pin: newPin, confirmation });
              if (!reply.ok) return fail(reply.error);
              if (!reply.value.ok) return backToNewPin(reply.value.error);
              confirmedPin = confirmation;
              return show('choose-questions');
            }
            const reply = await call<StepReply>('api/new-pin', { ...sessionBody(), pin: newPin, confirmation });
            follow(reply, complete, backToNewPin);
          },
        });
        return;
      case 'choose-questions': {
        const fields: Field[] = [];
        for (let index = 1; index <= questionCount; index += 1) {
          fields.push({
            id: `question-${index}`,
            label: `Security question ${index}`,
            kind: 'question',
            options: questionChoices,
          });
          fields.push({ id: `answer-${index}`, label: `Answer ${index}`, kind: 'answer' });
        }
        render({
          ...base,
          intro: `Choose ${questionCount} different questions and answer them. You will need the answers if you forget your PIN.`,
          fields,
          onContinue: async (values) => {
            const chosen: { question: string; answer: string }[] = [];
            for (let index = 1; index <= questionCount; index += 1) {
              chosen.push({ question: values[`question-${index}`] ?? '', answer: values[`answer-${index}`] ?? '' });
            }
            const questions = chosen.map((entry) => entry.question);
            if (questions.some((question) => question === '') || new Set(questions).size !== questions.length) {
              return show('choose-questions', { message: `Choose ${questionCount} different questions.` });
            }
            if (chosen.some((entry) => entry.answer.trim() === '')) {
              return show('choose-questions', { message: 'Answer every question.' });
            }
            const reply = await call<StepReply>('api/new-pin', {
              ...sessionBody(),
              pin: newPin,
              confirmation: confirmedPin,
              securityQuestions: chosen,
            });
            follow(reply, complete, (error) => {
              newPin = '';
              show('new-pin', circleProblem(error));
            });
          },
        });
        return;
      }
    }
  }

  function readCustomizations(customizations: Record<string, unknown>): void {
    const settings = asRecord(customizations.securityQuestions);
    const custom = Array.isArray(settings.questions)
      ? settings.questions.map((entry) => asText(asRecord(entry).question)).filter((question) => question !== '')
      : [];
    if (custom.length >= config.minimumSecurityQuestions) questionChoices = [...new Set(custom)];
    const required = typeof settings.requiredCount === 'number' ? Math.floor(settings.requiredCount) : 0;
    questionCount = Math.min(Math.max(required, config.minimumSecurityQuestions), questionChoices.length);
  }

  /** The SDK's hand-over: check everything before any PIN screen, then show the challenge's first screen. */
  async function open(w3s: Record<string, unknown>): Promise<void> {
    const appSettings = asRecord(w3s.appSettings);
    const auth = asRecord(w3s.auth);
    const challenge = asRecord(w3s.challenge);
    session = {
      appId: asText(appSettings.appId),
      userToken: asText(auth.userToken),
      encryptionKey: asText(auth.encryptionKey),
      challengeId: asText(challenge.challengeId),
    };
    readCustomizations(asRecord(w3s.customizations));
    const reply = await call<OpenReply>('api/open', { ...session });
    if (!reply.ok || !(reply.value.challenge.type in plans)) {
      // No PIN screen, and the frame was never shown: report the error, then let the SDK remove its iframe.
      const error = reply.ok ? { code: 155122, message: 'The provided challengeId is invalid' } : reply.error;
      finished = true;
      render({
        title: 'Cannot open this challenge',
        intro: '',
        fields: [],
        problem: circleProblem(error),
        closing: true,
      });
      tell({ onError: true, error });
      tell({ onClose: true });
      return;
    }
    type = reply.value.challenge.type;
    userQuestions = reply.value.securityQuestions;
    // Always from the first screen, even when a cancelled run of this challenge got further: whoever runs it again
    // (the agent, at a shared desk) must know the current PIN or the answers too.
    show(plans[type][0] ?? 'new-pin');
    tell({ showUi: true });
  }

  if (!parentOrigin || window.parent === window) {
    render({
      title: 'Circle emulator · hosted PIN UI',
      intro:
        'The W3S web SDK opens this page in a frame, as https://pw-auth.circle.com/?origin=<your app origin>. ' +
        'Opened on its own, or without a valid origin, it has nobody to talk to.',
      fields: [],
    });
    return;
  }

  let handedOver = false;
  window.addEventListener('message', (event: DomMessageEvent) => {
    if (event.origin !== parentOrigin || event.source !== window.parent || handedOver) return;
    const w3s = asRecord(event.data).w3s;
    if (typeof w3s !== 'object' || w3s === null) return;
    handedOver = true;
    void open(asRecord(w3s));
  });
  tell({ onFrameReady: true });
}
