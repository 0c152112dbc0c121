import {
  type CircleWindowLook,
  type ResourceImageKey,
  resourceImageKeys,
  type ThemeColorKey,
  themeColorKeys,
} from '../../shared/app-look/app-look';
import type { LookSave } from './use-app-look';

/** Settings → Circle's window as the form holds it: rows of a key and what was typed for it. */
export interface LookDraft {
  colors: { key: ThemeColorKey; value: string }[];
  backdropOpacity: string;
  images: { key: ResourceImageKey; value: string }[];
  fontName: string;
  fontUrl: string;
}

export function lookDraftOf(look: CircleWindowLook): LookDraft {
  return {
    colors: themeColorKeys.flatMap((key) => (look.colors[key] ? [{ key, value: look.colors[key] }] : [])),
    backdropOpacity: look.backdropOpacity === null ? '' : String(look.backdropOpacity),
    images: resourceImageKeys.flatMap((key) => (look.images[key] ? [{ key, value: look.images[key] }] : [])),
    fontName: look.font?.name ?? '',
    fontUrl: look.font?.url ?? '',
  };
}

/** What main is sent: one value per key (a key chosen twice keeps its last row). */
export function lookSaveOf(draft: LookDraft): LookSave {
  return {
    colors: Object.fromEntries(draft.colors.map((row) => [row.key, row.value])),
    backdropOpacity: draft.backdropOpacity,
    images: Object.fromEntries(draft.images.map((row) => [row.key, row.value])),
    fontName: draft.fontName,
    fontUrl: draft.fontUrl,
  };
}

/** The first key no row uses yet, for "Add colour" / "Add image". */
export function unusedKey<K extends string>(keys: readonly K[], rows: readonly { key: K }[]): K {
  return keys.find((key) => !rows.some((row) => row.key === key)) ?? (keys[0] as K);
}
