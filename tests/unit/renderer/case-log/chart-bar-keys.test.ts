// The keyboard's way through an Overview chart's bars: reading order, zeros skipped, the ends held.
import { describe, expect, it } from 'vitest';
import { barAfterKey, visibleBars } from '../../../../src/renderer/case-overview/chart-bar-keys';

describe("the keyboard's bar", () => {
  it('goes label by label, series in legend order, past bars with nothing in them', () => {
    const bars = visibleBars([{ data: [2, 0, 1] }, { data: [0, 0, 3] }, { data: [1] }], 3);
    expect(bars).toEqual([
      { series: 0, label: 0 },
      { series: 2, label: 0 },
      { series: 0, label: 2 },
      { series: 1, label: 2 },
    ]);
  });

  it('moves with the arrows, Home and End, and stops at the ends', () => {
    expect(barAfterKey('ArrowRight', null, 3)).toBe(0);
    expect(barAfterKey('ArrowDown', 0, 3)).toBe(1);
    expect(barAfterKey('ArrowRight', 2, 3)).toBe(2);
    expect(barAfterKey('ArrowLeft', 1, 3)).toBe(0);
    expect(barAfterKey('ArrowUp', 0, 3)).toBe(0);
    expect(barAfterKey('End', null, 3)).toBe(2);
    expect(barAfterKey('Home', 2, 3)).toBe(0);
  });

  it('leaves other keys, and a chart with no bar, alone', () => {
    expect(barAfterKey('Tab', 1, 3)).toBeUndefined();
    expect(barAfterKey('ArrowRight', null, 0)).toBeUndefined();
  });
});
