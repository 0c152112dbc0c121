// What the web SDK's customizations ask of the hosted page, checked field by field. The SDK posts them with the
// hand-over (its `messageHandler`, on `onFrameReady`): `customizations: { securityQuestions: { questions,
// requiredCount, securityConfirmItems }, themeColor, localizations, resources, customLinks }` — whatever the app gave
// `setCustomSecurityQuestions`, `setThemeColor`, `setLocalizations`, `setResources` and `setCustomLinks`, unchecked
// (the SDK's types.d.ts names the fields). Anything malformed or unknown is left out, one line saying why, and never
// stops the page: a bad value falls back to the page's own.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type {
  HostedPinCustomizations,
  LocalizedScreen,
  SecurityQuestionChoice,
  ShownImage,
} from './hosted-pin-browser-types';

export interface CustomizationDefaults {
  defaultSecurityQuestions: string[];
  minimumSecurityQuestions: number;
  defaultSecurityConfirmItems: string[];
}

export function readHostedPinCustomizations(
  raw: unknown,
  defaults: CustomizationDefaults,
  isColour: (value: string) => boolean,
): HostedPinCustomizations {
  const ignored: string[] = [];
  const ignore = (path: string, why: string) => ignored.push(`customizations${path ? `.${path}` : ''}: ${why}`);
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const asRecord = (value: unknown, path: string): Record<string, unknown> => {
    if (isRecord(value)) return value;
    if (value !== undefined && value !== null) ignore(path, 'not an object');
    return {};
  };
  const text = (value: unknown, path: string, max: number): string | null => {
    if (typeof value === 'string' && value.trim() !== '' && value.length <= max) return value;
    if (value !== undefined) ignore(path, `not a text of 1 to ${max} characters`);
    return null;
  };
  /** An absolute https URL safe inside CSS `url("…")` and an attribute; null (said why) otherwise. */
  const httpsUrl = (value: unknown, path: string, schemes = ['https:']): string | null => {
    if (value === undefined) return null;
    try {
      const url = new URL(String(value));
      if (typeof value === 'string' && schemes.includes(url.protocol) && !url.username && !url.password) {
        if (url.href.length <= 2048 && !/["'\\\s()<>]/.test(url.href)) return url.href;
      }
    } catch {
      // Not a URL: said below.
    }
    ignore(path, `not an ${schemes.map((scheme) => scheme.slice(0, -1)).join(' or ')} URL`);
    return null;
  };

  // The web SDK's `Localizations`: the screens the page shows, and each one's texts (types.d.ts).
  const headline = ['headline', 'headline2', 'subhead'];
  const honouredTexts: Record<LocalizedScreen, string[]> = {
    common: ['continue', 'showPin', 'hidePin', 'confirm', 'sign', 'retry'],
    enterPincode: [...headline, 'forgotPin'],
    initPincode: headline,
    confirmInitPincode: headline,
    newPincode: headline,
    confirmNewPincode: headline,
    recoverPincode: [...headline, 'answerInputHeader', 'answerInputPlaceholder'],
    securityIntros: ['headline', 'headline2', 'description', 'link'],
    securityQuestions: [
      'title',
      'questionHeader',
      'questionPlaceholder',
      'requiredMark',
      'answerHeader',
      'answerPlaceholder',
      'answerHintHeader',
      'answerHintPlaceholder',
    ],
    securitySummary: ['title', 'question'],
    securityConfirm: ['title', 'headline', 'inputHeadline', 'inputPlaceholder', 'inputMatch'],
  };
  // In the SDK's type, for screens of sign-in and transactions the emulator does not have.
  const screensNotShown = ['socialEmailConfirm', 'transactionRequest', 'contractInteraction', 'signatureRequest'];
  screensNotShown.push('emailOtp');
  const customizations = asRecord(raw, '');
  for (const key of Object.keys(customizations)) {
    if (!['securityQuestions', 'themeColor', 'localizations', 'resources', 'customLinks'].includes(key)) {
      ignore(key, 'not a customization the web SDK sends');
    }
  }
  const texts: HostedPinCustomizations['texts'] = {};
  for (const [screen, given] of Object.entries(asRecord(customizations.localizations, 'localizations'))) {
    if (!(screen in honouredTexts)) {
      if (!screensNotShown.includes(screen)) ignore(`localizations.${screen}`, 'not in Localizations');
      else if (given !== undefined) ignore(`localizations.${screen}`, 'no such screen in the emulator');
      continue;
    }
    const known = honouredTexts[screen as LocalizedScreen];
    const screenTexts: Record<string, string> = {};
    for (const [key, value] of Object.entries(asRecord(given, `localizations.${screen}`))) {
      const path = `localizations.${screen}.${key}`;
      if (!known.includes(key)) ignore(path, `not a text of ${screen}`);
      else if (key === 'sign' || key === 'retry') ignore(path, 'no signing or retry button in the emulator');
      else {
        const valid = text(value, path, 500);
        if (valid !== null) screenTexts[key] = valid;
      }
    }
    if (Object.keys(screenTexts).length > 0) texts[screen as LocalizedScreen] = screenTexts;
  }

  // `setCustomSecurityQuestions(questions, requiredCount, securityConfirmItems)`.
  const questionSettings = asRecord(customizations.securityQuestions, 'securityQuestions');
  let choices: SecurityQuestionChoice[] = [];
  if (Array.isArray(questionSettings.questions)) {
    questionSettings.questions.forEach((entry, index) => {
      const path = `securityQuestions.questions[${index}]`;
      const question = text(isRecord(entry) ? entry.question : entry, `${path}.question`, 512);
      const type = isRecord(entry) ? entry.type : undefined;
      if (question === null) return;
      if (type !== 'TEXT' && type !== 'DATE') ignore(`${path}.type`, 'not TEXT or DATE: asked as TEXT');
      if (!choices.some((choice) => choice.question === question)) {
        choices.push({ question, type: type === 'DATE' ? 'DATE' : 'TEXT' });
      }
    });
    if (choices.length < defaults.minimumSecurityQuestions) {
      ignore('securityQuestions.questions', `fewer than ${defaults.minimumSecurityQuestions} valid questions`);
      choices = [];
    }
  } else if (questionSettings.questions !== undefined) ignore('securityQuestions.questions', 'not a list');
  if (choices.length === 0) {
    choices = defaults.defaultSecurityQuestions.map((question) => ({ question, type: 'TEXT' }));
  }
  const requiredCount = questionSettings.requiredCount;
  const required = typeof requiredCount === 'number' && Number.isInteger(requiredCount) ? requiredCount : 0;
  if (requiredCount !== undefined && required === 0) ignore('securityQuestions.requiredCount', 'not a whole number');
  const count = Math.min(Math.max(required, defaults.minimumSecurityQuestions), choices.length);

  let confirmItems: string[] = [];
  if (Array.isArray(questionSettings.securityConfirmItems)) {
    questionSettings.securityConfirmItems.slice(0, 10).forEach((item, index) => {
      const valid = text(item, `securityQuestions.securityConfirmItems[${index}]`, 500);
      if (valid !== null) confirmItems.push(valid);
    });
  } else if (questionSettings.securityConfirmItems !== undefined) {
    ignore('securityQuestions.securityConfirmItems', 'not a list');
  }
  if (confirmItems.length === 0) confirmItems = [...defaults.defaultSecurityConfirmItems];

  // `setThemeColor`: each colour a CSS colour, the opacity a number from 0 to 1, the gradient a list of colours.
  const themeKeys = (
    'backdrop divider bg success error textMain textMain2 textAuxiliary textAuxiliary2 textSummary ' +
    'textSummaryHighlight textPlaceholder textDetailToggle textInteractive interactiveBg tooltipText tooltipBg ' +
    'pinDotBase pinDotBaseBorder pinDotActivated enteredPinText inputText inputBorderFocused ' +
    'inputBorderFocusedError inputBg inputBgDisabled dropdownBg dropdownBorderIsOpen dropdownBorderError ' +
    'mainBtnText mainBtnTextDisabled mainBtnTextOnHover mainBtnBg mainBtnBgOnHover mainBtnBgDisabled ' +
    'secondBtnText secondBtnTextDisabled secondBtnTextOnHover secondBtnBorder secondBtnBorderOnHover ' +
    'secondBtnBgOnHover secondBtnBorderDisabled plainBtnText plainBtnTextDisabled plainBtnTextOnHover plainBtnBg ' +
    'plainBtnBgOnHover recoverPinHintTitle recoverPinHintTitleBg recoverPinHint'
  ).split(' ');
  const colour = (value: unknown) => typeof value === 'string' && value.length <= 100 && isColour(value);
  const theme: Record<string, string> = {};
  for (const [key, value] of Object.entries(asRecord(customizations.themeColor, 'themeColor'))) {
    const path = `themeColor.${key}`;
    if (key === 'backdropOpacity') {
      if (typeof value === 'number' && value >= 0 && value <= 1) theme['--theme-backdropOpacity'] = String(value);
      else ignore(path, 'not a number from 0 to 1');
    } else if (key === 'titleGradients') {
      const stops = Array.isArray(value) ? value : [];
      if (stops.length >= 1 && stops.length <= 8 && stops.every(colour)) {
        const gradient = stops.length === 1 ? [stops[0], stops[0]] : stops;
        theme['--theme-titleGradients'] = `linear-gradient(90deg, ${gradient.join(', ')})`;
      } else ignore(path, 'not a list of 1 to 8 CSS colours');
    } else if (!themeKeys.includes(key)) ignore(path, 'not in ThemeColor');
    else if (colour(value)) theme[`--theme-${key}`] = value as string;
    else ignore(path, 'not a CSS colour');
  }

  // `setResources`: images and a font, https only; the page shows four of the images.
  const shown: ShownImage[] = ['securityIntroMain', 'securityConfirmMain', 'errorInfo', 'dropdownArrow'];
  const notShown = ['naviClose', 'naviBack', 'selectCheckMark', 'transactionTokenIcon', 'dAppIcon', 'tipIcon'];
  notShown.push('emailIcon');
  const images: HostedPinCustomizations['images'] = {};
  let fontFamily: string | null = null;
  let fontStylesheet: string | null = null;
  for (const [key, value] of Object.entries(asRecord(customizations.resources, 'resources'))) {
    const path = `resources.${key}`;
    if (key === 'fontFamily') {
      const font = asRecord(value, path);
      const name = text(font.name, `${path}.name`, 100);
      // A CSS string: quotes and backslashes escaped, no control characters.
      if (name !== null && !/[\p{Cc}]/u.test(name)) fontFamily = `"${name.replace(/["\\]/g, '\\$&')}"`;
      fontStylesheet = httpsUrl(font.url, `${path}.url`);
    } else if (shown.includes(key as ShownImage)) {
      const url = httpsUrl(value, path);
      if (url !== null) images[key as ShownImage] = url;
    } else if (notShown.includes(key)) {
      if (value !== undefined) ignore(path, 'no such element in the emulator');
    } else ignore(path, 'not in Resources');
  }

  const links = asRecord(customizations.customLinks, 'customLinks');
  for (const key of Object.keys(links)) if (key !== 'learnMoreUrl') ignore(`customLinks.${key}`, 'not in CustomLinks');
  const learnMoreUrl = httpsUrl(links.learnMoreUrl, 'customLinks.learnMoreUrl', ['https:', 'http:']);

  // The origins the page's CSP must allow for them: exactly these (hosted-pin-page.ts).
  const originOf = (url: string) => new URL(url).origin;
  const img = [...new Set(Object.values(images).map(originOf))].sort();
  const font = fontStylesheet ? [originOf(fontStylesheet)] : [];

  return {
    texts,
    questions: { choices, count },
    confirmItems,
    theme,
    fontFamily,
    fontStylesheet,
    images,
    learnMoreUrl,
    resourceOrigins: { img, font },
    ignored,
  };
}
