import { describe, expect, it } from 'vitest';
import { defaultWindowSize, restoreWindowBounds } from '../../../../src/main/window/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreWindowBounds', () => {
  it('restores bounds that are on a display', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1300, height: 900 }, maximized: false };
    expect(restoreWindowBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('falls back to the default size when the display the window was on is gone, keeping maximized', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ bounds: { ...defaultWindowSize }, maximized: true });
  });

  it('falls back when only a sliver would be visible', () => {
    const saved = { bounds: { x: 1430, y: 0, width: 1000, height: 800 }, maximized: false };
    expect(restoreWindowBounds(saved, [laptop]).bounds).toEqual({ ...defaultWindowSize });
  });

  it('grows bounds below the minimum size', () => {
    const saved = { bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowBounds(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 900, height: 640 });
  });

  it.each([
    undefined,
    null,
    'garbage',
    { bounds: { x: 0, y: 0, width: 800 }, maximized: false },
    { bounds: { x: 0, y: 0, width: Number.NaN, height: 600 }, maximized: false },
    { bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 900, height: 700 }, maximized: 'yes' },
  ])('ignores a corrupt saved state: %j', (saved) => {
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ bounds: { ...defaultWindowSize }, maximized: false });
  });
});
