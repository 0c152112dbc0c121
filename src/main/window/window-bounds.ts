export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const defaultWindowSize = { width: 1200, height: 820 } as const;
export const minimumWindowSize = { width: 900, height: 640 } as const;

/**
 * Restores saved bounds only if they are sane and at least partly on a display that still exists (a monitor may have
 * been unplugged since); otherwise the window opens at the default size, centred by Electron.
 */
export function restoreWindowBounds(
  saved: unknown,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle> & { width: number; height: number }; maximized: boolean } {
  const fallback = { bounds: { ...defaultWindowSize }, maximized: false };
  if (!isSavedWindowState(saved)) return fallback;
  const { bounds } = saved;
  const visible = workAreas.some((area) => overlap(bounds, area) >= 100 * 100);
  if (!visible) return { ...fallback, maximized: saved.maximized };
  return {
    bounds: {
      x: bounds.x,
      y: bounds.y,
      width: Math.max(bounds.width, minimumWindowSize.width),
      height: Math.max(bounds.height, minimumWindowSize.height),
    },
    maximized: saved.maximized,
  };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function isSavedWindowState(value: unknown): value is SavedWindowState {
  if (typeof value !== 'object' || value === null) return false;
  const { bounds, maximized } = value as Partial<SavedWindowState>;
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return false;
  return (
    (['x', 'y', 'width', 'height'] as const).every((key) => Number.isFinite(bounds[key])) &&
    bounds.width > 0 &&
    bounds.height > 0
  );
}
