// Draws one chart with Chart.js. Only the pieces the portal's charts use are registered, so the
// rest of Chart.js is left out of the bundle. There are no tooltips: they show on hover only, so a
// keyboard or screen reader user would never get them, and the table beside each chart gives
// every figure to everyone.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';
import type { ChartSpec } from '../present/charts.ts';
import { chartColours } from '../present/palette.ts';
import { NARROW_CHART, chartHeight, chartLabels } from '../present/chart-size.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
);

// The palette lives in src/present/palette.ts, beside the tones of the tags that name the same things.
const LIGHT = chartColours('light');
const DARK = chartColours('dark');

const POINTS = ['circle', 'rectRot', 'triangle'] as const;

export function renderChart(holder: HTMLElement): Chart {
  const spec = JSON.parse(holder.dataset.chart ?? '{}') as ChartSpec;
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const colours = dark ? DARK : LIGHT;
  const ink = dark ? '#e2e8f0' : '#1e293b';
  const grid = dark ? '#475569' : '#cbd5e1';
  const stacked = spec.series.some((s) => s.stack !== undefined);
  // The room kept for the chart (see ChartFigure) gives way to the chart in the same moment, at
  // the same height, so nothing on the page moves. (The height is set through the style
  // property, which the CSP allows, unlike a style attribute.)
  const room = holder.parentElement?.querySelector<HTMLElement>('[data-chart-room]');
  holder.hidden = false;
  const narrow = holder.clientWidth < NARROW_CHART;
  const labels = chartLabels(spec, narrow);
  // The labels are the reader's text size, not Chart.js's 12px: the page's text follows the root
  // font size a reader sets or zooms, and so does the chart (its height is in ems of the same text).
  const text = getComputedStyle(holder);
  Chart.defaults.font.size = parseFloat(text.fontSize);
  Chart.defaults.font.family = text.fontFamily;
  holder.style.height = `${chartHeight(spec, narrow)}em`;
  room?.remove();
  const valueAxis = {
    beginAtZero: true,
    stacked,
    ticks: { color: ink, precision: 0, maxRotation: 0 },
    grid: { color: grid },
    title: { display: true, text: spec.unit, color: ink },
  };
  // Labels stay upright: on a narrow screen a line chart shows fewer dates rather than turning them.
  const categoryAxis = {
    stacked,
    ticks: { color: ink, autoSkip: spec.kind === 'line', autoSkipPadding: 12, maxRotation: 0, minRotation: 0 },
    grid: { display: false },
  };
  return new Chart(holder.querySelector('canvas')!, {
    type: spec.kind,
    data: {
      labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        stack: s.stack ?? `own-${i}`,
        backgroundColor: s.swatches ? s.swatches.map((w) => colours[w]) : colours[s.swatch],
        borderColor: spec.kind === 'line' ? colours[s.swatch] : ink,
        borderWidth: spec.kind === 'line' ? 3 : 1,
        borderDash: spec.kind === 'line' && i === 0 && spec.series.length > 1 ? [8, 4] : [],
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 5,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // A little room at the start, so a category's label never touches the edge on a narrow screen.
      layout: { padding: { left: 6, right: 6 } },
      animation: still ? false : { duration: 300 },
      plugins: {
        // The legend labels the colours; clicking it would hide data only for mouse users, so it does nothing.
        legend: {
          display: spec.series.length > 1,
          onClick: () => undefined,
          // A line's marker in the legend is the size of its points on the line (radius 5), not the text's.
          labels: {
            color: ink,
            usePointStyle: spec.kind === 'line',
            ...(spec.kind === 'line' ? { boxWidth: 10, boxHeight: 10 } : {}),
          },
        },
      },
      scales: spec.horizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: { ...valueAxis, ...(spec.max === undefined ? {} : { max: spec.max }) } },
    },
  });
}
