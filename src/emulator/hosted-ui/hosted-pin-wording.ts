// The hosted PIN UI's words: a screen's text from the app's localizations (the web SDK's `setLocalizations`) where it
// gave one, the emulator's English otherwise; headlines with the SDK's `headline2` highlighted (in place of a
// `{{…}}` placeholder, as Circle's own examples write it: 'Set up your {{method}} to …' with headline2 'Security
// Question'); Circle's errors in customer words; and the step counter, in numbers alone once the app localized
// anything (Circle has no key for it).
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type { HostedPinCustomizations, LocalizedScreen, Problem, TitlePart } from './hosted-pin-browser-types';
import type { CircleErrorBody } from './hosted-ui-protocol';

export type HostedPinWording = ReturnType<typeof createHostedPinWording>;

export function createHostedPinWording(texts: HostedPinCustomizations['texts']) {
  // Customer-facing wording for the codes this UI shows most; Circle's own message for every other code.
  const wording: Record<number, string> = {
    155112: 'That PIN is not correct. Try again.',
    155115: 'One or more answers are not correct. Try again.',
    155119:
      'Too many incorrect PINs: your PIN is locked for now. Try again later, or recover it with your security questions.',
    155120: 'Too many incorrect answers: your security questions are locked for now. Try again later.',
    155122: 'This challenge can no longer be finished (your PIN may have been changed since it began). Start again.',
    155703: "The PINs don't match. Choose your new PIN again.",
    155704: "Your PIN can't have repeating (000000) or consecutive (123456) digits.",
    155705: "Your hint can't be the same as the answer.",
    155706: 'Network error. Check the connection and try again.',
  };
  const localized = Object.keys(texts).length > 0;

  function text(screen: LocalizedScreen, key: string, fallback: string): string {
    return texts[screen]?.[key] ?? fallback;
  }

  /** A screen's headline: the app's `headline` and `headline2`, or the emulator's (which may have a placeholder). */
  function headline(screen: LocalizedScreen, fallback: string, fallbackHighlight?: string): TitlePart[] {
    const main = text(screen, 'headline', fallback);
    const highlight = texts[screen]?.headline2 ?? (main === fallback ? fallbackHighlight : undefined);
    const placeholder = /\{\{[^{}]*\}\}/.exec(main);
    if (!placeholder)
      return highlight ? [{ text: `${main} ` }, { text: highlight, highlight: true }] : [{ text: main }];
    const before = main.slice(0, placeholder.index);
    const after = main.slice(placeholder.index + placeholder[0].length).replace(/\{\{[^{}]*\}\}/g, '');
    return [{ text: before }, ...(highlight ? [{ text: highlight, highlight: true }] : []), { text: after }].filter(
      (part) => part.text !== '',
    );
  }

  return {
    localized,
    text,
    headline,
    /** Whether the app gave this screen its own headline (then it names the screen's one input too). */
    hasHeadline: (screen: LocalizedScreen) => texts[screen]?.headline !== undefined,
    plain: (parts: TitlePart[]) => parts.map((part) => part.text).join(''),
    problem: (error: CircleErrorBody): Problem => ({ code: error.code, message: wording[error.code] ?? error.message }),
    progress: (index: number, total: number) => (localized ? `${index} / ${total}` : `Step ${index} of ${total}`),
    /** The default button: the app's `common.continue`, or `common.confirm` where Circle's screen confirms. */
    continueLabel: (confirms = false): string | undefined =>
      (confirms ? texts.common?.confirm : undefined) ?? texts.common?.continue,
  };
}
