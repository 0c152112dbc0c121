// The hosted PIN UI's view: each screen as a dialog holding one form (title, fields, alert, buttons), the SDK messages
// its links and buttons stand for (Forgot PIN?, Cancel, Close), and focus on its first control once the SDK shows the
// frame. A screen's Continue runs its step; the view only makes sure one step runs at a time.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes. Browser APIs are typed by ./browser-dom (the Node project has no DOM lib).
import type { DomDocument, DomElement, DomForm, DomWindow } from './browser-dom';
import type { Field, Screen, TellSdk } from './hosted-pin-browser-types';

export function createHostedPinView(
  window: DomWindow,
  document: DomDocument,
  tell: TellSdk,
): { render: (screen: Screen) => void } {
  const root = document.getElementById('root') ?? document.body;
  // A step's call is in flight: another submit would run the step twice.
  let busy = false;
  // A closing screen was shown: the challenge is over, so no step may run again.
  let finished = false;

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
    if (screen.closing) finished = true;
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
        const value = form.elements.namedItem(field.id)?.value;
        values[field.id] = typeof value === 'string' ? value : '';
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

  return { render };
}
