// How tall a chart is drawn, worked out from its spec alone, so the page can keep the room for it
// before it is drawn (and drawing it moves nothing). Kept apart from the chart specs, like
// wrap-label.ts, so the browser's chart script can use it without the content schemas.
import type { ChartSpec } from './charts.ts';
import { wrapLabel } from './wrap-label.ts';

/** Below this width (in CSS pixels) a chart is drawn for a narrow screen. */
export const NARROW_CHART = 520;

/**
 * The category labels as drawn: on bars that run across, long names wrap onto more lines; under a
 * line chart, the short form of each date, on two lines on a narrow screen, so no label is turned
 * on its side.
 */
export function chartLabels(spec: ChartSpec, narrow: boolean): (string | string[])[] {
  if (spec.horizontal) return spec.categories.map((c) => wrapLabel(c, narrow ? 14 : 26));
  const ticks = spec.ticks ?? spec.categories;
  return narrow ? ticks.map((t) => wrapLabel(t, 6)) : ticks;
}

/**
 * The chart's height in ems of its text, which is the reader's own text size (see chart-render.ts),
 * so a reader with larger text gets a taller chart and the room kept for it grows alike: room for
 * every label, each bar its height, the axis and the legend.
 */
export function chartHeight(spec: ChartSpec, narrow: boolean): number {
  if (!spec.horizontal) return narrow ? 17 : 19;
  const stacks = new Set(spec.series.map((s, i) => s.stack ?? `own-${i}`)).size;
  const lines = Math.max(...chartLabels(spec, narrow).map((l) => l.length));
  const perRow = Math.max(2.5, lines * 1.25 + 0.8, stacks * 1.35 + 1);
  // A legend item as wide as its words: one a line on a narrow screen, about three on a wide one.
  const legendRows = spec.series.length > 1 ? (narrow ? spec.series.length : Math.ceil(spec.series.length / 3)) : 0;
  return Math.round((spec.categories.length * perRow + 5 + legendRows * 2.2) * 100) / 100;
}
