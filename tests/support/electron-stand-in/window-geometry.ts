// A window's size and place as BrowserWindow computes them (docs/api/structures/base-window-options.md,
// docs/api/browser-window.md; spec/api-browser-window-spec.ts "BrowserWindow.setBounds(bounds[, animate])"):
// - width and height default to 800 and 600; x and y "Default is to center the window";
// - a size below minWidth/minHeight or above maxWidth/maxHeight is clamped ("creates window at min size when a
//   smaller size is requested", "… at max size when a larger size is requested", "enforces minimum size");
// - setBounds takes a partial rectangle ("Any properties that are not supplied will default to their current
//   values") and rounds ("rounds non-integer bounds": 440.5 → 441, 225.1 → 225, 500.4 → 500, 400.9 → 401).
import type { StandInRectangle } from './screen';

export interface SizeLimits {
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
}

export interface GeometryOptions extends SizeLimits {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

export function clampSize(size: { width: number; height: number }, limits: SizeLimits) {
  const limit = (value: number, min = 0, max = 0) => Math.max(min, max > 0 ? Math.min(value, max) : value);
  return {
    width: limit(size.width, limits.minWidth, limits.maxWidth),
    height: limit(size.height, limits.minHeight, limits.maxHeight),
  };
}

export function initialBounds(options: GeometryOptions, workArea: StandInRectangle): StandInRectangle {
  const size = clampSize({ width: options.width ?? 800, height: options.height ?? 600 }, options);
  const centred = {
    x: workArea.x + Math.round((workArea.width - size.width) / 2),
    y: workArea.y + Math.round((workArea.height - size.height) / 2),
  };
  return { x: options.x ?? centred.x, y: options.y ?? centred.y, ...size };
}

export function mergedBounds(
  current: StandInRectangle,
  change: Partial<StandInRectangle>,
  limits: SizeLimits,
): StandInRectangle {
  const merged = { ...current, ...definedOnly(change) };
  const size = clampSize({ width: Math.round(merged.width), height: Math.round(merged.height) }, limits);
  return { x: Math.round(merged.x), y: Math.round(merged.y), ...size };
}

function definedOnly(change: Partial<StandInRectangle>): Partial<StandInRectangle> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => typeof value === 'number'));
}

export function samePosition(a: StandInRectangle, b: StandInRectangle): boolean {
  return a.x === b.x && a.y === b.y;
}

export function sameSize(a: StandInRectangle, b: StandInRectangle): boolean {
  return a.width === b.width && a.height === b.height;
}
