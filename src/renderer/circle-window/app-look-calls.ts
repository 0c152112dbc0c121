import type { Resources, ThemeColor } from '@circle-fin/w3s-pw-web-sdk/dist/src/types';
import type { AppLook, SecurityQuestion } from '../../shared/app-look/app-look';

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

// setCustomLinks is left alone on purpose: its one link ("Learn more") is drawn only on the question set-up, and a
// link out of Circle's window is refused in PIN Desk, closing that window (docs/agents.md, "Custom links").
/**
 * Hands the environment's app look (main checked it) to the web SDK before the challenge: the app's own security
 * questions, theme colours, images and font. Without a look, each is reset to nothing — Circle's page then shows its
 * own, as the previous run's values would otherwise stay on the SDK's singleton.
 */
export function applyAppLook(sdk: AppLookSdk, look: AppLook | undefined): void {
  const values = sdkLookValues(look);
  // undefined, not null, without a list: what the SDK sends when the app never called it (Circle's defaults).
  sdk.setCustomSecurityQuestions(
    values.questions as { question: string; type: never }[] | undefined,
    values.requiredCount,
  );
  sdk.setThemeColor(values.themeColor);
  sdk.setResources(values.resources);
}

/** The values of the three calls, as the SDK's types take them (the settings preview hands them to the page too). */
export function sdkLookValues(look: AppLook | undefined): {
  questions: SecurityQuestion[] | undefined;
  requiredCount: number | undefined;
  themeColor: ThemeColor;
  resources: Resources;
} {
  const questions = look?.securityQuestions ?? null;
  const window = look?.window;
  const themeColor: ThemeColor = { ...(window?.colors ?? {}) };
  if (window?.backdropOpacity != null) themeColor.backdropOpacity = window.backdropOpacity;
  const resources: Resources = { ...(window?.images ?? {}) };
  if (window?.font) {
    resources.fontFamily = window.font.url
      ? { name: window.font.name, url: window.font.url }
      : { name: window.font.name };
  }
  return { questions: questions?.questions, requiredCount: questions?.requiredCount, themeColor, resources };
}
