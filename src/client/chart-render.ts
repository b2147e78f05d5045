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
import type { ChartSpec, Swatch } from '../present/charts.ts';
import { wrapLabel } from '../present/wrap-label.ts';

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

// Okabe and Ito's palette, which stays distinguishable with the common colour-vision deficiencies,
// with lighter shades for dark mode. Every bar also has an outline for contrast, and the table and
// labels say in words what each colour means.
const LIGHT: Record<Swatch, string> = {
  'no-update': '#bbbbbb',
  'not-started': '#8c8c8c',
  'in-progress': '#0072b2',
  'at-risk': '#e69f00',
  delivered: '#009e73',
  'partly-delivered': '#cc79a7',
  'not-delivered': '#d55e00',
  withdrawn: '#555555',
  overdue: '#882255',
  'acted-on': '#009e73',
  considering: '#e69f00',
  'not-taken-forward': '#8c8c8c',
  open: '#0072b2',
  done: '#009e73',
  dropped: '#8c8c8c',
  due: '#d55e00',
  progress: '#0072b2',
  waiting: '#e69f00',
};
const DARK: Record<Swatch, string> = {
  ...LIGHT,
  'no-update': '#6b6b6b',
  'not-started': '#9a9a9a',
  'in-progress': '#56b4e9',
  withdrawn: '#cfcfcf',
  overdue: '#cc6677',
  open: '#56b4e9',
  progress: '#56b4e9',
  'not-taken-forward': '#9a9a9a',
  dropped: '#9a9a9a',
};

const POINTS = ['circle', 'rectRot', 'triangle'] as const;

export function renderChart(holder: HTMLElement): Chart {
  const spec = JSON.parse(holder.dataset.chart ?? '{}') as ChartSpec;
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const colours = dark ? DARK : LIGHT;
  const ink = dark ? '#e2e8f0' : '#1e293b';
  const grid = dark ? '#475569' : '#cbd5e1';
  const stacked = spec.series.some((s) => s.stack !== undefined);
  holder.hidden = false;
  // Room for every label: narrow screens wrap names onto more lines, and each bar gets its height.
  // (Set through the style property, which the CSP allows, unlike a style attribute.)
  const narrow = holder.clientWidth < 520;
  const labels: (string | string[])[] = spec.horizontal
    ? spec.categories.map((c) => wrapLabel(c, narrow ? 14 : 26))
    : spec.categories;
  const stacks = new Set(spec.series.map((s, i) => s.stack ?? `own-${i}`)).size;
  const lines = spec.horizontal ? Math.max(...labels.map((l) => l.length)) : 1;
  const perRow = Math.max(30, lines * 15 + 10, stacks * 16 + 12);
  const legend = spec.series.length > 1 ? (narrow ? 28 * Math.ceil(spec.series.length / 2) : 40) : 0;
  holder.style.height = spec.horizontal
    ? `${spec.categories.length * perRow + 70 + legend}px`
    : `${narrow ? 300 : 320}px`;
  const valueAxis = {
    beginAtZero: true,
    stacked,
    ticks: { color: ink, precision: 0 },
    grid: { color: grid },
    title: { display: true, text: spec.unit, color: ink },
  };
  const categoryAxis = { stacked, ticks: { color: ink, autoSkip: spec.kind === 'line' }, grid: { display: false } };
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
      animation: still ? false : { duration: 300 },
      plugins: {
        // The legend labels the colours; clicking it would hide data only for mouse users, so it does nothing.
        legend: {
          display: spec.series.length > 1,
          onClick: () => undefined,
          labels: { color: ink, usePointStyle: spec.kind === 'line' },
        },
      },
      scales: spec.horizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: { ...valueAxis, ...(spec.unit === 'per cent done' ? { max: 100 } : {}) } },
    },
  });
}
