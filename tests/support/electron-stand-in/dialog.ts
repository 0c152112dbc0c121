// Electron's `dialog` for what PIN Desk uses (docs/api/dialog.md; lib/browser/api/dialog.ts):
// - showMessageBox / showSaveDialog throw "dialog module can only be used after app is ready" before ready
//   (checkAppInitialized); the first argument is the parent only if it is a window (`instanceof BaseWindow`),
//   else it is the options. Options are checked as dialog.ts checks them (spec/api-dialog-spec.ts "throws errors when
//   the options are invalid").
// - cancelId: "The index of the button to be used to cancel the dialog, via the `Esc` key. By default this is
//   assigned to the first button with "cancel" or "no" as the label. If no such labeled buttons exist and this
//   option is not set, `0` will be used" — and dialog.ts makes it 1 when defaultId is 0 and there are more buttons.
// - showSaveDialog resolves `{ canceled, filePath }`, "If the dialog is canceled, this will be an empty string".
// - showErrorBox "can be called safely before the `ready` event … If called before the app `ready` event on Linux,
//   the message will be emitted to stderr, and no GUI dialog will appear" (shell/browser/ui/message_box_gtk.cc).
// Nobody sits at a stand-in: each box is answered by what a test scripted (`answerMessageBox`, `answerSaveDialog`),
// or else as a person pressing Esc would — the cancel button, or a canceled save.
import type { StandInPlatform } from './platform';

export interface MessageBoxOptions {
  message: string;
  type?: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
  title?: string;
  detail?: string;
  checkboxLabel?: string;
  checkboxChecked?: boolean;
  noLink?: boolean;
}

export interface SaveDialogOptions {
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  message?: string;
  nameFieldLabel?: string;
}

export interface ShownDialog<Options> {
  parent: unknown;
  options: Options;
}

type MessageBoxAnswer = (box: ShownDialog<MessageBoxOptions> & { cancelId: number }) => number;
type SaveDialogAnswer = (dialog: ShownDialog<SaveDialogOptions>) => string | null;

const messageBoxTypes = ['none', 'info', 'warning', 'error', 'question'];

export class StandInDialog {
  readonly messageBoxes: (ShownDialog<MessageBoxOptions> & { cancelId: number })[] = [];
  readonly saveDialogs: ShownDialog<SaveDialogOptions>[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  /** Where an error box goes: a window after ready, stderr before it on Linux. */
  onErrorBox: (box: { title: string; content: string; to: 'window' | 'stderr' }) => void = () => {};
  #answerMessageBox: MessageBoxAnswer = (box) => box.cancelId;
  #answerSaveDialog: SaveDialogAnswer = () => null;

  constructor(
    private readonly platform: StandInPlatform,
    private readonly isReady: () => boolean,
    private readonly isWindow: (value: unknown) => boolean,
  ) {}

  answerMessageBox(answer: MessageBoxAnswer): void {
    this.#answerMessageBox = answer;
  }

  /** The path the person picks, or null to cancel. */
  answerSaveDialog(answer: SaveDialogAnswer): void {
    this.#answerSaveDialog = answer;
  }

  showMessageBox(
    windowOrOptions: unknown,
    maybeOptions?: MessageBoxOptions,
  ): Promise<{ response: number; checkboxChecked: boolean }> {
    this.#checkReady();
    const [parent, options] = this.#split<MessageBoxOptions>(windowOrOptions, maybeOptions, { message: '' });
    const { buttons = [], defaultId = -1, title = '', message = '', detail = '', checkboxLabel = '' } = options;
    if (!messageBoxTypes.includes(options.type ?? 'none')) throw new TypeError('Invalid message box type');
    if (!Array.isArray(buttons)) throw new TypeError('Buttons must be an array');
    if (typeof title !== 'string') throw new TypeError('Title must be a string');
    if (typeof (options.noLink ?? false) !== 'boolean') throw new TypeError('noLink must be a boolean');
    if (typeof message !== 'string') throw new TypeError('Message must be a string');
    if (typeof detail !== 'string') throw new TypeError('Detail must be a string');
    if (typeof checkboxLabel !== 'string') throw new TypeError('checkboxLabel must be a string');
    const checkboxChecked = Boolean(options.checkboxChecked);
    if (checkboxChecked && !checkboxLabel)
      throw new Error('checkboxChecked requires that checkboxLabel also be passed');
    const cancelId = options.cancelId ?? defaultCancelId(buttons, defaultId);
    const shown = { parent, options, cancelId };
    this.messageBoxes.push(shown);
    return Promise.resolve({ response: this.#answerMessageBox(shown), checkboxChecked });
  }

  showSaveDialog(windowOrOptions: unknown, maybeOptions?: SaveDialogOptions) {
    this.#checkReady();
    const [parent, options] = this.#split<SaveDialogOptions>(windowOrOptions, maybeOptions, { title: 'Save' });
    const fields = ['title', 'buttonLabel', 'defaultPath', 'message', 'nameFieldLabel'] as const;
    const labels = ['Title', 'Button label', 'Default path', 'Message', 'Name field label'];
    fields.forEach((field, index) => {
      if (options[field] !== undefined && typeof options[field] !== 'string') {
        throw new TypeError(`${labels[index]} must be a string`);
      }
    });
    const shown = { parent, options };
    this.saveDialogs.push(shown);
    const chosen = this.#answerSaveDialog(shown);
    return Promise.resolve(chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen });
  }

  showErrorBox(...args: unknown[]): void {
    if (args.length < 2) throw new TypeError('Insufficient number of arguments.');
    if (typeof args[0] !== 'string') throw new TypeError('Error processing argument at index 0, conversion failure');
    if (typeof args[1] !== 'string') throw new TypeError('Error processing argument at index 1, conversion failure');
    const box = { title: args[0], content: args[1] };
    this.errorBoxes.push(box);
    this.onErrorBox({ ...box, to: this.platform === 'linux' && !this.isReady() ? 'stderr' : 'window' });
  }

  #checkReady(): void {
    if (!this.isReady()) throw new Error('dialog module can only be used after app is ready');
  }

  #split<Options>(windowOrOptions: unknown, maybeOptions: Options | undefined, fallback: Options): [unknown, Options] {
    const isParent = Boolean(windowOrOptions) && this.isWindow(windowOrOptions);
    const options = isParent ? maybeOptions : ((windowOrOptions as Options | null | undefined) ?? maybeOptions);
    return [isParent ? windowOrOptions : null, options ?? fallback];
  }
}

/** dialog.ts: "If the defaultId is set to 0, ensure the cancel button is a different index (1)", then by label. */
function defaultCancelId(buttons: string[], defaultId: number): number {
  const byLabel = buttons.findIndex((button) => ['cancel', 'no'].includes(button.toLowerCase()));
  if (byLabel >= 0) return byLabel;
  return defaultId === 0 && buttons.length > 1 ? 1 : 0;
}
