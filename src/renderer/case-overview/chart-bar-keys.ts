// Which bar of an Overview chart the keyboard is on: the bars one can see, in reading order, and where each key
// moves. Pure, so the order and the keys are tested without a canvas.

export interface BarPosition {
  /** The series (a stacked segment's outcome), as Chart.js's datasetIndex. */
  series: number;
  /** The label (a day, a code, an agent), as Chart.js's index. */
  label: number;
}

/** Every bar with a count, label by label and each label's series in the legend's order: a zero draws nothing. */
export function visibleBars(series: readonly { data: readonly number[] }[], labelCount: number): BarPosition[] {
  const bars: BarPosition[] = [];
  for (let label = 0; label < labelCount; label += 1) {
    series.forEach((each, index) => {
      if ((each.data[label] ?? 0) > 0) bars.push({ series: index, label });
    });
  }
  return bars;
}

/**
 * The bar a key moves to (an index into the bars), or undefined when the key is not the chart's: arrows go to the
 * next or previous bar (the first from none), Home and End to the ends. Stops at the ends rather than wrapping.
 */
export function barAfterKey(key: string, current: number | null, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current === null ? 0 : Math.min(current + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current === null ? 0 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
