// How tall a chart is drawn, worked out from its spec alone, so the page can keep the room for it
// before it is drawn (and drawing it moves nothing). Kept apart from the chart specs, like
// wrap-label.ts, so the browser's chart script can use it without the content schemas.
import type { ChartSpec } from './charts.ts';
import { wrapLabel } from './wrap-label.ts';

/** Below this width (in CSS pixels) a chart is drawn for a narrow screen. */
export const NARROW_CHART = 520;

/** The category labels as drawn: on bars that run across, long names wrap onto more lines. */
export function chartLabels(spec: ChartSpec, narrow: boolean): (string | string[])[] {
  return spec.horizontal ? spec.categories.map((c) => wrapLabel(c, narrow ? 14 : 26)) : spec.categories;
}

/** The chart's height in CSS pixels: room for every label, each bar its height, and the legend. */
export function chartHeight(spec: ChartSpec, narrow: boolean): number {
  if (!spec.horizontal) return narrow ? 300 : 320;
  const stacks = new Set(spec.series.map((s, i) => s.stack ?? `own-${i}`)).size;
  const lines = Math.max(...chartLabels(spec, narrow).map((l) => l.length));
  const perRow = Math.max(30, lines * 15 + 10, stacks * 16 + 12);
  const legend = spec.series.length > 1 ? (narrow ? 28 * Math.ceil(spec.series.length / 2) : 40) : 0;
  return spec.categories.length * perRow + 70 + legend;
}
