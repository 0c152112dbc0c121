// How a customer's app dresses Circle's window, per environment: the web SDK's setCustomSecurityQuestions,
// setThemeColor and setResources (the SDK's types.d.ts: SecurityQuestion, ThemeColor, Resources). Main keeps and
// checks it (Settings → Security questions, Circle's window); the renderer only hands it to the SDK.

/** The web SDK's `QuestionType`. */
export const questionTypes = ['TEXT', 'DATE'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** The web SDK's `SecurityQuestion`. */
export interface SecurityQuestion {
  question: string;
  type: QuestionType;
}

/** `setCustomSecurityQuestions(questions, requiredCount)`: the list the app offers when a customer sets a PIN. */
export interface AppSecurityQuestions {
  questions: SecurityQuestion[];
  requiredCount: number;
}

/** Circle asks for two answers at least; the SDK sends 2 when given no count. */
export const minimumRequiredCount = 2;
export const maximumQuestions = 50;
export const questionMaxLength = 512;

/** The colour keys of the web SDK's `ThemeColor` (its `backdropOpacity` is a number, `titleGradients` a list). */
export const themeColorKeys = [
  'backdrop',
  'divider',
  'bg',
  'success',
  'error',
  'textMain',
  'textMain2',
  'textAuxiliary',
  'textAuxiliary2',
  'textSummary',
  'textSummaryHighlight',
  'textPlaceholder',
  'textDetailToggle',
  'textInteractive',
  'interactiveBg',
  'tooltipText',
  'tooltipBg',
  'pinDotBase',
  'pinDotBaseBorder',
  'pinDotActivated',
  'enteredPinText',
  'inputText',
  'inputBorderFocused',
  'inputBorderFocusedError',
  'inputBg',
  'inputBgDisabled',
  'dropdownBg',
  'dropdownBorderIsOpen',
  'dropdownBorderError',
  'mainBtnText',
  'mainBtnTextDisabled',
  'mainBtnTextOnHover',
  'mainBtnBg',
  'mainBtnBgOnHover',
  'mainBtnBgDisabled',
  'secondBtnText',
  'secondBtnTextDisabled',
  'secondBtnTextOnHover',
  'secondBtnBorder',
  'secondBtnBorderOnHover',
  'secondBtnBgOnHover',
  'secondBtnBorderDisabled',
  'plainBtnText',
  'plainBtnTextDisabled',
  'plainBtnTextOnHover',
  'plainBtnBg',
  'plainBtnBgOnHover',
  'recoverPinHintTitle',
  'recoverPinHintTitleBg',
  'recoverPinHint',
] as const;
export type ThemeColorKey = (typeof themeColorKeys)[number];

/** The image keys of the web SDK's `Resources` (its `fontFamily` is `{ name, url }`). */
export const resourceImageKeys = [
  'naviClose',
  'naviBack',
  'securityIntroMain',
  'dropdownArrow',
  'selectCheckMark',
  'securityConfirmMain',
  'errorInfo',
  'transactionTokenIcon',
  'dAppIcon',
  'tipIcon',
  'emailIcon',
] as const;
export type ResourceImageKey = (typeof resourceImageKeys)[number];

/** `setThemeColor` and `setResources`, as saved: only keys the SDK's types name, every URL checked by main. */
export interface CircleWindowLook {
  colors: Partial<Record<ThemeColorKey, string>>;
  /** 0 to 1, or null for the page's own. */
  backdropOpacity: number | null;
  images: Partial<Record<ResourceImageKey, string>>;
  font: { name: string; url: string | null } | null;
}

export const noCircleWindowLook: CircleWindowLook = { colors: {}, backdropOpacity: null, images: {}, font: null };

/** What a run of Circle's window is given (on its ChallengeSession): the active environment's app look. */
export interface AppLook {
  /** null: Circle's default questions. */
  securityQuestions: AppSecurityQuestions | null;
  window: CircleWindowLook;
}

/** Settings → Security questions and Circle's window, for one environment. */
export interface AppLookView {
  environment: string;
  securityQuestions: AppSecurityQuestions | null;
  window: CircleWindowLook;
  /** Hosts besides Circle's own that fonts and images may come from (Diagnostics shows them too). */
  assetHosts: string[];
}

/** One entry of the question editor as typed or pasted, before main checked it. */
export interface QuestionDraft {
  question: string;
  type: string;
}

/**
 * The answer to saving a part of the app look: saved, or not, with a problem per field (keyed as the form names its
 * fields: `question-3`, `color-mainBtnBg`, `image-errorInfo`, `json`, …). `drafts` returns pasted JSON as editable
 * entries, so nothing pasted is lost when one entry is wrong.
 */
export interface AppLookSaveResult {
  saved: boolean;
  problems: Record<string, string>;
  drafts?: QuestionDraft[];
  view: AppLookView;
}
