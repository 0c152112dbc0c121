import {
  type CircleWindowLook,
  type ResourceImageKey,
  resourceImageKeys,
  type ThemeColorKey,
  themeColorKeys,
} from '../../shared/app-look/app-look';
import { assetUrlProblem } from './asset-url-rule';

/** The look as typed in Settings → Circle's window (strings as typed; main checks each). */
export interface CircleWindowLookDraft {
  colors: Partial<Record<string, string>>;
  backdropOpacity: string;
  images: Partial<Record<string, string>>;
  fontName: string;
  fontUrl: string;
}

export type LookCheck = { ok: true; look: CircleWindowLook } | { ok: false; problems: Record<string, string> };

// CSS colours main can check without a browser: hex, rgb()/rgba()/hsl()/hsla() with plain numbers, `transparent`.
const number = String.raw`\s*[-+]?(?:\d+\.?\d*|\.\d+)%?\s*`;
const colourPatterns = [
  /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i,
  new RegExp(String.raw`^(?:rgb|hsl)a?\((?:${number},){2}${number}(?:,${number})?\)$`, 'i'),
  new RegExp(String.raw`^(?:rgb|hsl)a?\((?:${number}){3}(?:/${number})?\)$`, 'i'),
  /^transparent$/i,
];

export function isCssColour(value: string): boolean {
  return value.length <= 60 && colourPatterns.some((pattern) => pattern.test(value));
}

/**
 * Checks every field of the look: colours only under ThemeColor's keys and only CSS colours, the backdrop's opacity
 * from 0 to 1, images only under Resources' keys, a font's name as a plain CSS family name, and every URL by the
 * environment's asset rule (asset-url-rule.ts). Empty fields are unset. Nothing is saved unless all are right.
 */
export function checkCircleWindowLook(draft: CircleWindowLookDraft, allowedHosts: readonly string[]): LookCheck {
  const problems: Record<string, string> = {};
  const colors: Partial<Record<ThemeColorKey, string>> = {};
  for (const [key, raw] of Object.entries(draft.colors)) {
    const value = (raw ?? '').trim();
    if (value === '') continue;
    if (!(themeColorKeys as readonly string[]).includes(key)) problems[`color-${key}`] = `${key} is not in ThemeColor.`;
    else if (!isCssColour(value)) {
      problems[`color-${key}`] = `“${value}” is not a colour PIN Desk can check: use #rrggbb, rgb(…), hsl(…).`;
    } else colors[key as ThemeColorKey] = value;
  }
  let backdropOpacity: number | null = null;
  const opacity = draft.backdropOpacity.trim();
  if (opacity !== '') {
    const parsed = Number(opacity);
    if (Number.isFinite(parsed) && parsed >= 0 && parsed <= 1) backdropOpacity = parsed;
    else problems.backdropOpacity = `“${opacity}” is not a number from 0 to 1.`;
  }
  const images: Partial<Record<ResourceImageKey, string>> = {};
  for (const [key, raw] of Object.entries(draft.images)) {
    const value = (raw ?? '').trim();
    if (value === '') continue;
    if (!(resourceImageKeys as readonly string[]).includes(key)) {
      problems[`image-${key}`] = `${key} is not an image of Resources.`;
      continue;
    }
    const problem = assetUrlProblem(value, allowedHosts);
    if (problem) problems[`image-${key}`] = problem;
    else images[key as ResourceImageKey] = new URL(value).href;
  }
  const fontName = draft.fontName.trim();
  const fontUrl = draft.fontUrl.trim();
  let font: CircleWindowLook['font'] = null;
  if (fontName !== '' || fontUrl !== '') {
    // Quoted by the page as a CSS string: a plain family name keeps it that way.
    if (!/^[\p{L}\p{N} _.-]{1,100}$/u.test(fontName)) {
      problems.fontName =
        fontName === ''
          ? 'Name the font family the stylesheet defines.'
          : 'A font family name of letters, digits, spaces, “-”, “_” or “.” (at most 100).';
    }
    const problem = fontUrl === '' ? null : assetUrlProblem(fontUrl, allowedHosts);
    if (problem) problems.fontUrl = problem;
    font = { name: fontName, url: fontUrl === '' ? null : fontUrl };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  if (font?.url) font = { ...font, url: new URL(font.url).href };
  return { ok: true, look: { colors, backdropOpacity, images, font } };
}
