import type { Resources, ThemeColor } from '@circle-fin/w3s-pw-web-sdk/dist/src/types';
import type { AppLook } from '../../shared/app-look/app-look';

/** The web SDK's setters this needs (the SDK is a singleton: each run sets all of them, so no look outlives its run). */
export interface AppLookSdk {
  setCustomSecurityQuestions(
    questions?: { question: string; type: never }[] | null,
    requiredCount?: number,
    securityConfirmItems?: string[],
  ): void;
  setThemeColor(themeColor: ThemeColor): void;
  setResources(resources: Resources): void;
}

/**
 * Hands the environment's app look (main checked it) to the web SDK before the challenge: the app's own security
 * questions, theme colours, images and font. Without a look, each is reset to nothing — Circle's page then shows its
 * own, as the previous run's values would otherwise stay on the SDK's singleton.
 */
export function applyAppLook(sdk: AppLookSdk, look: AppLook | undefined): void {
  const questions = look?.securityQuestions ?? null;
  // The SDK's QuestionType is an enum whose values are these strings.
  const asSdkQuestions = questions?.questions as { question: string; type: never }[] | undefined;
  // undefined, not null, without a list: what the SDK sends when the app never called it (Circle's defaults).
  sdk.setCustomSecurityQuestions(asSdkQuestions, questions?.requiredCount);
  const window = look?.window;
  const theme: ThemeColor = { ...(window?.colors ?? {}) };
  if (window?.backdropOpacity != null) theme.backdropOpacity = window.backdropOpacity;
  sdk.setThemeColor(theme);
  const resources: Resources = { ...(window?.images ?? {}) };
  if (window?.font)
    resources.fontFamily = window.font.url ? { ...window.font, url: window.font.url } : { name: window.font.name };
  sdk.setResources(resources);
}
