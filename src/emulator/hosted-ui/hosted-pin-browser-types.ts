// What the hosted PIN UI's browser functions (runner, customizations, view, API client, screens) hand each other.
// Types only, so those functions, served as source text (see hosted-pin-page.ts), can import them freely.
import type { CircleErrorBody, OpenReply, QuestionType } from './hosted-ui-protocol';

export type ChallengeType = OpenReply['challenge']['type'];

/** Posts one message to the page that embeds the frame (the SDK), only ever to the `?origin=` it claimed. */
export type TellSdk = (message: Record<string, unknown>) => void;

/** An API call's outcome: the emulator's reply, or a Circle error (its own envelope, or a network error). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: CircleErrorBody };

/** What the alert shows: a Circle error (with its code), or a plain form hint. */
export type Problem = { code?: number; message: string };

export interface Field {
  id: string;
  label: string;
  /** The label is read by screen readers only: the screen's headline says it (a localized screen). */
  labelHidden?: boolean;
  kind: 'pin' | 'answer' | 'date' | 'question' | 'phrase';
  options?: { value: string; label: string }[];
  /** A question's empty choice, or an input's placeholder. */
  placeholder?: string;
  /** Shown after the label, hidden from screen readers (the SDK's `requiredMark`). */
  requiredMark?: string;
  /** A caption between label and input, read as the input's description (a recover screen's `answerInputHeader`). */
  caption?: string;
  /** A hint shown with the field: its tag and text (the customer's own answer hint on the recover screen). */
  hint?: { tag: string; text: string };
  /** Kept when the screen is shown again after a problem (never a PIN). */
  value?: string;
  /** A question whose choice decides its answer's input: a date for the listed (DATE) questions, text otherwise. */
  answerInput?: { id: string; dateQuestions: string[] };
}

/** A line of a headline: text, and the part the SDK's `headline2` fills, shown highlighted. */
export type TitlePart = { text: string; highlight?: boolean };

export interface SummaryRow {
  header: string;
  rows: { label: string; value: string }[];
}

export interface Screen {
  title: string | TitlePart[];
  progress?: string;
  intro: string;
  /** A decorative image above the title (the SDK's `securityIntroMain`, `securityConfirmMain`). */
  image?: string;
  /** Points the customer must read (the SDK's `securityConfirmItems`). */
  items?: string[];
  link?: { text: string; href: string };
  summary?: SummaryRow[];
  fields: Field[];
  /** The "Forgot PIN?" link's text; no link without it. */
  forgotPin?: string;
  problem?: Problem | null;
  /** Ends the session: one "Close" button (posts onClose) instead of Continue / Cancel, and no step runs after it. */
  closing?: boolean;
  /** The challenge completed: the headline in the theme's `success` colour. */
  success?: boolean;
  /** The default button's text (the SDK's `common.continue` or `common.confirm`); "Continue" without it. */
  continueLabel?: string;
  onContinue?: (values: Record<string, string>) => Promise<void>;
}

export interface SecurityQuestionChoice {
  question: string;
  type: QuestionType;
}

/** The "choose security questions" screen's list, and how many it asks for (SET_PIN / INITIALIZE). */
export interface SecurityQuestionSettings {
  choices: SecurityQuestionChoice[];
  count: number;
}

/** One screen's texts from the SDK's `setLocalizations` (its `Localizations` type): only valid strings are kept. */
export type ScreenTexts = Partial<Record<string, string>>;

/** The screens the hosted page shows, by the SDK's `Localizations` keys. */
export type LocalizedScreen =
  | 'common'
  | 'enterPincode'
  | 'initPincode'
  | 'confirmInitPincode'
  | 'newPincode'
  | 'confirmNewPincode'
  | 'recoverPincode'
  | 'securityIntros'
  | 'securityQuestions'
  | 'securitySummary'
  | 'securityConfirm';

/** The images the page shows, by the SDK's `Resources` keys. */
export type ShownImage = 'securityIntroMain' | 'securityConfirmMain' | 'errorInfo' | 'dropdownArrow';

/** Everything the SDK's customizations say that the page honours, checked: see hosted-pin-customizations.ts. */
export interface HostedPinCustomizations {
  texts: Partial<Record<LocalizedScreen, ScreenTexts>>;
  questions: SecurityQuestionSettings;
  confirmItems: string[];
  /** CSS custom property → value, from `setThemeColor`. */
  theme: Record<string, string>;
  fontFamily: string | null;
  /** An https stylesheet declaring the font (`resources.fontFamily.url`). */
  fontStylesheet: string | null;
  images: Partial<Record<ShownImage, string>>;
  learnMoreUrl: string | null;
  /** The https origins the page must be allowed to load images and fonts from, for the resources above. */
  resourceOrigins: ResourceOrigins;
  /** What was left out, and why: one line each, for the developer's console. */
  ignored: string[];
}

/** The https origins the app's images (`img`) and font stylesheet (`font`) come from. */
export interface ResourceOrigins {
  img: string[];
  font: string[];
}
