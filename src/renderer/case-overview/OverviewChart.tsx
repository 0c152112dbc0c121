// One Overview chart (Chart.js, loaded with this chunk only) with its text alternative and, one click away, a table
// of the same numbers. The chart is a listbox of its bars: arrows go from bar to bar (outlined with its tooltip, read
// out as the active option, written under the chart), Enter opens the bar's cases as a click does. With nothing to
// draw, a sentence says so instead of bare axes.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type BarPosition, barAfterKey, visibleBars } from './chart-bar-keys';

// Only what bar charts need, so the chunk carries no other controller.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  data: number[];
  color: string;
}

/** The page's own text colour, so axes and legend read in the light look and the dark one alike. */
function textColour(element: HTMLElement): string {
  return getComputedStyle(element).color || '#444';
}

export function OverviewChart(props: {
  id: string;
  title: string;
  /** What the chart shows, in words: the canvas's accessible name. */
  summary: string;
  labels: string[];
  series: BarSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  /** A bar clicked, or chosen with the keyboard and Enter: which series and which label. */
  onBar?: (seriesIndex: number, labelIndex: number) => void;
  /** One bar in words, for the keyboard's live line: "Failed on 2026-12-02: 2 cases". */
  describeBar: (seriesIndex: number, labelIndex: number) => string;
  /** Said in place of the chart and its table when there is nothing to draw. */
  empty?: string | undefined;
  table: ReactNode;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Chart<'bar', number[], string> | null>(null);
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const optionsId = useId();
  // The look follows the system's (app.css): redraw with the new text colour when it changes.
  const [look, setLook] = useState(0);
  // Counts the charts drawn, so the keyboard's bar is shown again on a new drawing (a new look, a new size).
  const [redraws, setRedraws] = useState(0);
  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const redraw = () => setLook((count) => count + 1);
    dark.addEventListener('change', redraw);
    return () => dark.removeEventListener('change', redraw);
  }, []);
  const { labels, series, stacked, horizontal, onBar, describeBar, empty } = props;
  const bars = useMemo(() => visibleBars(series, labels.length), [series, labels]);
  // The tooltip says a bar in the same words as the keyboard's line (read when shown: no redraw for a new function).
  const barWords = useRef(describeBar);
  barWords.current = describeBar;
  // The keyboard's bar, an index into the bars it was chosen among: none once the numbers change.
  const [keyChoice, setKeyChoice] = useState<{ among: BarPosition[]; index: number } | null>(null);
  const keyBar = keyChoice?.among === bars ? keyChoice.index : null;
  const setKeyBar = (index: number | null) => setKeyChoice(index === null ? null : { among: bars, index });
  useEffect(() => {
    const element = canvas.current;
    if (!element || asTable) return;
    // Drawn again for each change of look (`look` counts them): the colour read here is the look's.
    const colour = look >= 0 ? textColour(element) : '';
    const datasets: ChartDataset<'bar', number[]>[] = series.map((each) => ({
      label: each.label,
      data: each.data,
      backgroundColor: each.color,
      // The bar under the pointer or the keyboard: outlined in the text's colour, which shows on either look.
      hoverBorderColor: colour,
      hoverBorderWidth: 3,
    }));
    // Every chart counts cases: the value axis says so.
    const valueAxis = { title: { display: true, text: 'Cases', color: colour } };
    const chart = new Chart<'bar', number[], string>(element, {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {
            stacked,
            beginAtZero: true,
            // Whole cases on whichever axis counts them (a category axis ignores it).
            ticks: { color: colour, precision: 0 },
            grid: { color: 'rgba(128,128,128,0.25)' },
            ...(horizontal ? valueAxis : {}),
          },
          y: {
            stacked,
            ...(horizontal ? {} : valueAxis),
            beginAtZero: true,
            ticks: { color: colour, precision: 0 },
            grid: { color: 'rgba(128,128,128,0.25)' },
          },
        },
        plugins: {
          legend: { display: series.length > 1, labels: { color: colour } },
          tooltip: {
            callbacks: { title: () => '', label: (item) => barWords.current(item.datasetIndex, item.dataIndex) },
          },
        },
        onClick: (event) => {
          const hit = chart.getElementsAtEventForMode(
            event as unknown as Event,
            'nearest',
            { intersect: true },
            false,
          )[0];
          if (hit && onBar) onBar(hit.datasetIndex, hit.index);
        },
      },
    });
    drawn.current = chart;
    setRedraws((count) => count + 1);
    return () => {
      drawn.current = null;
      chart.destroy();
    };
  }, [labels, series, stacked, horizontal, onBar, asTable, look]);
  // The keyboard's bar drawn as the pointer's would be: highlighted, with its tooltip.
  const keyPosition = keyBar === null ? undefined : bars[keyBar];
  useEffect(() => {
    const chart = drawn.current;
    // Run again after each drawing (`redraws`): a new chart starts with no bar active.
    if (!chart || redraws === 0) return;
    const active = keyPosition ? [{ datasetIndex: keyPosition.series, index: keyPosition.label }] : [];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update();
  }, [keyPosition, redraws]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && keyPosition && onBar) {
      event.preventDefault();
      onBar(keyPosition.series, keyPosition.label);
      return;
    }
    const next = barAfterKey(event.key, keyBar, bars.length);
    if (next === undefined) return;
    event.preventDefault();
    setKeyBar(next);
  };
  const keyLine = keyPosition
    ? `${describeBar(keyPosition.series, keyPosition.label)}.${onBar ? ' Enter opens these cases.' : ''}`
    : '';
  if (empty) {
    return (
      <section className="panel overview-chart" aria-labelledby={headingId} data-chart={props.id}>
        <div className="overview-chart-head">
          <h3 id={headingId}>{props.title}</h3>
        </div>
        <p className="overview-empty muted">{empty}</p>
      </section>
    );
  }
  return (
    <section className="panel overview-chart" aria-labelledby={headingId} data-chart={props.id}>
      <div className="overview-chart-head">
        <h3 id={headingId}>{props.title}</h3>
        <button type="button" className="secondary" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        props.table
      ) : (
        <>
          {/* A listbox of the bars: the keyboard's bar is its active option, which a screen reader reads out. */}
          <div
            className="overview-canvas"
            role="listbox"
            aria-label={`${props.summary} Arrow keys go from bar to bar${onBar ? '; Enter opens its cases' : ''}.`}
            aria-activedescendant={keyBar === null ? undefined : `${optionsId}-${keyBar}`}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onBlur={() => setKeyBar(null)}
          >
            <canvas ref={canvas} />
            {bars.map((bar, index) => (
              <div
                key={`${bar.series}/${bar.label}`}
                id={`${optionsId}-${index}`}
                role="option"
                aria-selected={index === keyBar}
                tabIndex={-1}
                className="visually-hidden"
              >
                {describeBar(bar.series, bar.label)}
              </div>
            ))}
          </div>
          {/* The same words for the eye (the option is what a screen reader says). */}
          <p className="overview-bar-line muted">{keyLine}</p>
        </>
      )}
    </section>
  );
}
