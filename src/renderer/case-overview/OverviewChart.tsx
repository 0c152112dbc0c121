// One Overview chart (Chart.js, loaded with this chunk only) with its text alternative and, one click away, a table
// of the same numbers. The canvas is focusable and named by the summary; the table's buttons reach what the bars do.
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
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

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
  /** A bar clicked: which series and which label. */
  onBar?: (seriesIndex: number, labelIndex: number) => void;
  table: ReactNode;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  // The look follows the system's (app.css): redraw with the new text colour when it changes.
  const [look, setLook] = useState(0);
  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const redraw = () => setLook((count) => count + 1);
    dark.addEventListener('change', redraw);
    return () => dark.removeEventListener('change', redraw);
  }, []);
  const { labels, series, stacked, horizontal, onBar } = props;
  useEffect(() => {
    const element = canvas.current;
    if (!element || asTable) return;
    // Drawn again for each change of look (`look` counts them): the colour read here is the look's.
    const colour = look >= 0 ? textColour(element) : '';
    const datasets: ChartDataset<'bar'>[] = series.map((each) => ({
      label: each.label,
      data: each.data,
      backgroundColor: each.color,
    }));
    const chart = new Chart(element, {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked, ticks: { color: colour }, grid: { color: 'rgba(128,128,128,0.25)' } },
          y: {
            stacked,
            beginAtZero: true,
            ticks: { color: colour, precision: 0 },
            grid: { color: 'rgba(128,128,128,0.25)' },
          },
        },
        plugins: { legend: { display: series.length > 1, labels: { color: colour } } },
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
    return () => chart.destroy();
  }, [labels, series, stacked, horizontal, onBar, asTable, look]);
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
        <div className="overview-canvas">
          <canvas ref={canvas} role="img" aria-label={props.summary} tabIndex={0} />
        </div>
      )}
    </section>
  );
}
