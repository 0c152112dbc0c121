// The hosted PIN UI's view: each screen as a dialog holding one form (image, headline, intro, fields, alert, buttons),
// the SDK messages its links and buttons stand for (Forgot PIN?, Cancel, Close), and focus on its first control once
// the SDK shows the frame. A screen's Continue runs its step; the view only makes sure one step runs at a time. It
// also wears the app's look (`customize`): the theme's colours as CSS custom properties (set through the CSSOM, which
// the page's CSP allows), the font, and the images the SDK's resources name.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes. Browser APIs are typed by ./browser-dom (the Node project has no DOM lib).
import type { DomDocument, DomElement, DomForm, DomInput, DomWindow } from './browser-dom';
import type { Field, HostedPinCustomizations, Screen, TellSdk } from './hosted-pin-browser-types';

export function createHostedPinView(
  window: DomWindow,
  document: DomDocument,
  tell: TellSdk,
  /** Off for the settings' preview: it takes focus only once the agent is in it, never from the console's page. */
  takesFocus = true,
): { render: (screen: Screen) => void; customize: (look: HostedPinCustomizations) => void } {
  const root = document.getElementById('root') ?? document.body;
  // A step's call is in flight: another submit would run the step twice.
  let busy = false;
  // A closing screen was shown: the challenge is over, so no step may run again.
  let finished = false;
  let pinToggle = { show: 'Show PIN', hide: 'Hide PIN' };
  let errorIcon: string | null = null;

  function el(tag: string, attributes: Record<string, string> = {}, ...children: (DomElement | string)[]): DomElement {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.append(...children);
    return element;
  }

  function customize(look: HostedPinCustomizations): void {
    const style = document.documentElement.style;
    for (const [property, value] of Object.entries(look.theme)) style.setProperty(property, value);
    if (look.theme['--theme-titleGradients']) document.documentElement.classList.add('title-gradient');
    if (look.fontFamily) style.setProperty('--theme-fontFamily', `${look.fontFamily}, system-ui, sans-serif`);
    if (look.fontStylesheet) document.head.append(el('link', { rel: 'stylesheet', href: look.fontStylesheet }));
    if (look.images.dropdownArrow) {
      style.setProperty('--resource-dropdownArrow', `url("${look.images.dropdownArrow}")`);
      document.documentElement.classList.add('custom-dropdown-arrow');
    }
    errorIcon = look.images.errorInfo ?? null;
    const common = look.texts.common ?? {};
    pinToggle = { show: common.showPin ?? pinToggle.show, hide: common.hidePin ?? pinToggle.hide };
  }

  /** Focuses once the frame is rendered: the SDK keeps its iframe hidden until it reads {showUi: true}. */
  function focusWhenShown(target: DomElement, framesLeft = 120): void {
    target.focus();
    if (document.activeElement === target || framesLeft === 0 || !target.isConnected) return;
    window.requestAnimationFrame(() => focusWhenShown(target, framesLeft - 1));
  }

  function fieldControl(field: Field, described: string): DomElement {
    const common = { id: field.id, name: field.id, 'aria-describedby': described };
    if (field.kind === 'question') {
      const select = el('select', common);
      select.append(el('option', { value: '' }, field.placeholder ?? 'Choose a question'));
      for (const option of field.options ?? []) {
        const attributes: Record<string, string> = { value: option.value };
        if (option.value === field.value) attributes.selected = '';
        select.append(el('option', attributes, option.label));
      }
      const answer = field.answerInput;
      if (answer) {
        select.addEventListener('change', () => {
          const type = answer.dateQuestions.includes((select as DomInput).value) ? 'date' : 'text';
          document.getElementById(answer.id)?.setAttribute('type', type);
        });
      }
      return select;
    }
    const typed: Record<string, string> = { ...common, autocomplete: 'off' };
    if (field.placeholder) typed.placeholder = field.placeholder;
    const kept: Record<string, string> = field.value ? { value: field.value } : {};
    if (field.kind === 'date') return el('input', { ...typed, ...kept, type: 'date' });
    if (field.kind === 'answer' || field.kind === 'phrase') {
      return el('input', {
        ...typed,
        ...kept,
        type: 'text',
        maxlength: '200',
        spellcheck: 'false',
        autocapitalize: 'off',
      });
    }
    const pin = { type: 'password', inputmode: 'numeric', pattern: '[0-9]*', maxlength: '6', enterkeyhint: 'next' };
    return el('input', { ...typed, ...pin });
  }

  /** Show / Hide PIN: a plain button beside a PIN input (the SDK's `common.showPin`, `common.hidePin`). */
  function pinVisibilityToggle(input: DomElement): DomElement {
    const toggle = el('button', { type: 'button', class: 'plain', 'aria-pressed': 'false' }, pinToggle.show);
    toggle.addEventListener('click', () => {
      const showing = input.getAttribute('type') === 'text';
      input.setAttribute('type', showing ? 'password' : 'text');
      toggle.setAttribute('aria-pressed', showing ? 'false' : 'true');
      toggle.textContent = showing ? pinToggle.show : pinToggle.hide;
    });
    return toggle;
  }

  function fieldBlock(
    field: Field,
    screenDescribed: string,
    invalid: boolean,
  ): { block: DomElement; control: DomElement } {
    const extra = [field.caption ? `${field.id}-caption` : '', field.hint ? `${field.id}-hint` : ''];
    const control = fieldControl(field, [screenDescribed, ...extra].filter(Boolean).join(' '));
    if (invalid) control.setAttribute('aria-invalid', 'true');
    const label = el(
      'label',
      { for: field.id, ...(field.labelHidden ? { class: 'visually-hidden' } : {}) },
      field.label,
    );
    if (field.requiredMark)
      label.append(' ', el('span', { class: 'required', 'aria-hidden': 'true' }, field.requiredMark));
    const block = el('div', { class: `field field-${field.kind}` }, label);
    if (field.hint) {
      const tag = el('span', { class: 'hint-tag' }, field.hint.tag);
      block.append(el('p', { id: `${field.id}-hint`, class: 'hint' }, tag, ' ', field.hint.text));
    }
    if (field.caption) block.append(el('p', { id: `${field.id}-caption`, class: 'caption' }, field.caption));
    if (field.kind === 'pin') block.append(el('div', { class: 'pin-row' }, control, pinVisibilityToggle(control)));
    else block.append(control);
    return { block, control };
  }

  function render(screen: Screen): void {
    if (screen.closing) finished = true;
    const problem = screen.problem ?? null;
    const alert = el('p', { role: 'alert', id: 'screen-alert', class: 'alert' });
    if (problem) {
      if (errorIcon) alert.append(el('img', { class: 'alert-icon', src: errorIcon, alt: '' }));
      if (problem.code !== undefined) alert.append(el('strong', { class: 'code' }, `Error ${problem.code}`), ' ');
      alert.append(problem.message);
    } else {
      alert.hidden = true;
    }
    const described = problem ? 'screen-intro screen-alert' : 'screen-intro';
    const form = el('form', { class: 'screen', novalidate: '', 'aria-labelledby': 'screen-title' }) as DomForm;
    form.append(el('p', { class: 'badge' }, 'Circle emulator · hosted PIN UI'));
    if (screen.image) form.append(el('img', { class: 'screen-image', src: screen.image, alt: '' }));
    const title = el('h1', { id: 'screen-title' });
    for (const part of typeof screen.title === 'string' ? [{ text: screen.title }] : screen.title) {
      title.append(part.highlight ? el('span', { class: 'headline2' }, part.text) : part.text);
    }
    form.append(title);
    if (screen.progress) form.append(el('p', { class: 'progress' }, screen.progress));
    form.append(el('p', { id: 'screen-intro', class: 'intro' }, screen.intro));
    if (screen.items) form.append(el('ul', { class: 'items' }, ...screen.items.map((item) => el('li', {}, item))));
    for (const question of screen.summary ?? []) {
      const rows = question.rows.flatMap((row) => [el('dt', {}, row.label), el('dd', {}, row.value)]);
      form.append(el('section', { class: 'summary' }, el('h2', {}, question.header), el('dl', {}, ...rows)));
    }
    if (screen.link) {
      const attributes = { href: screen.link.href, class: 'link', target: '_blank', rel: 'noopener noreferrer' };
      form.append(el('p', { class: 'learn-more' }, el('a', attributes, screen.link.text)));
    }

    const controls: DomElement[] = [];
    for (const field of screen.fields) {
      const { block, control } = fieldBlock(field, described, problem !== null);
      controls.push(control);
      form.append(block);
    }
    if (screen.forgotPin) {
      const link = el('a', { href: '#forgot-pin', class: 'link' }, screen.forgotPin);
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
      defaultButton = el('button', { type: 'submit', class: 'primary' }, screen.continueLabel ?? 'Continue');
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
      el(
        'section',
        {
          class: screen.success ? 'card complete' : 'card',
          role: 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': 'screen-title',
        },
        form,
      ),
    );
    const first = controls[0] ?? defaultButton;
    if (first && (takesFocus || document.hasFocus())) focusWhenShown(first);
  }

  return { render, customize };
}
