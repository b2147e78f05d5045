import { describe, expect, it } from 'vitest';
import { labels } from '../../src/present/labels.ts';
import { CHART_BACKGROUND, chartColours, PALETTE, toneOf, type Swatch } from '../../src/present/palette.ts';
import {
  actionsChart,
  agreementChart,
  outcomeTotalsChart,
  outcomesChart,
  statusChart,
  statusComparisonChart,
  type ChartSpec,
} from '../../src/present/charts.ts';
import { replyTimesChart } from '../../src/present/replies.ts';
import { OUTCOMES, VERDICTS } from '../../src/contract/index.ts';
import { COMMITMENT_STATUSES } from '../../src/model/status.ts';
import { COMPARISONS, type Comparison } from '../../src/model/community.ts';
import { en } from '../helpers/messages.ts';

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour's red, green and blue as linear light, 0 to 1. */
function linear(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** WCAG's contrast ratio between two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** How far apart two colours look: the distance between them in Björn Ottosson's Oklab. */
function oklabDistance(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = linear(hex);
    const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return [
      0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
      1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
      0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
    ];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

const MODES = ['light', 'dark'] as const;

// Worked out by hand: white on white is 1:1 and black on white 21:1; Okabe and Ito's orange, which
// the charts drew at risk in, is 2.25:1 on white, too faint for a bar. Oklab puts black and white 1 apart.
describe('the measures', () => {
  it('give the ratios WCAG gives and the distance Oklab gives', () => {
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(contrast('#e69f00', '#ffffff')).toBeCloseTo(2.25, 2);
    expect(oklabDistance('#000000', '#ffffff')).toBeCloseTo(1, 3);
  });
});

// Every set of things one chart draws together, as the charts draw them, with every category present.
const everyStatus = COMMITMENT_STATUSES.map((status) => ({ status, overdue: 1, stale: null }));
const review = (comparison: Comparison) => ({
  community: { partnerStatus: 'in-progress' as const, comparison, latest: { data: { verdict: VERDICTS[0]! } } },
});
const DRAWN_TOGETHER: Record<string, Swatch[]> = {
  'statuses, with overdue beside them': swatchesOf(
    statusComparisonChart(
      en,
      [{ name: 'A', commitments: everyStatus.map((state, i) => ({ id: `c${i}`, state })) }],
      't',
      'Partner',
      'partners',
    ),
  ),
  'statuses, one bar each': swatchesOf(statusChart(en, everyStatus, 't')),
  outcomes: swatchesOf(outcomesChart(en, [{ name: 'A', outcomes: [...OUTCOMES] }], 't', 'Topic')),
  'outcome totals': swatchesOf(outcomeTotalsChart(en, [...OUTCOMES], 't')),
  actions: swatchesOf(actionsChart(en, [], [{ id: 'g', name: 'G' }])),
  'reply times': swatchesOf(replyTimesChart(en, [{ from: 0, upTo: 5, answered: 1, waiting: 1 }], 20)),
  'agreement with partners': swatchesOf(
    agreementChart(en, [{ data: { name: 'P' }, commitments: { items: [...COMPARISONS.map(review), {}] } }]),
  ),
};

function swatchesOf(spec: ChartSpec): Swatch[] {
  return spec.series.flatMap((s) => s.swatches ?? [s.swatch]);
}

describe('chart colours', () => {
  it.each(MODES)('are each at least 3:1 against the chart background in %s mode', (mode) => {
    const faint = Object.entries(chartColours(mode))
      .map(([swatch, colour]) => ({ swatch, ratio: contrast(colour, CHART_BACKGROUND[mode]) }))
      .filter((c) => c.ratio < 3);
    expect(faint).toEqual([]);
  });

  it.each(MODES)(
    'give no two things one chart draws the same colour, or two hard to tell apart, in %s mode',
    (mode) => {
      const colours = chartColours(mode);
      const close: string[] = [];
      for (const [chart, swatches] of Object.entries(DRAWN_TOGETHER)) {
        expect(swatches.length, chart).toBeGreaterThan(1);
        for (const [i, a] of swatches.entries())
          for (const b of swatches.slice(i + 1)) {
            const apart = oklabDistance(colours[a], colours[b]);
            if (apart < 0.1) close.push(`${chart}: ${a} ${colours[a]} and ${b} ${colours[b]} (${apart.toFixed(3)})`);
          }
      }
      expect(close).toEqual([]);
    },
  );

  it('draws the eight commitment statuses and overdue in nine different colours, none of them two greys', () => {
    const drawn = DRAWN_TOGETHER['statuses, with overdue beside them']!;
    expect(drawn).toEqual([...COMMITMENT_STATUSES, 'overdue']);
    for (const mode of MODES) {
      const colours = drawn.map((s) => chartColours(mode)[s]);
      expect(new Set(colours).size, mode).toBe(9);
      // A grey has its red, green and blue within a few steps of each other.
      const greys = colours.filter((c) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
        return Math.max(r!, g!, b!) - Math.min(r!, g!, b!) <= 24;
      });
      expect(greys.length, `${mode}: ${greys.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('palette', () => {
  it('gives every status a tag tone', () => {
    for (const status of Object.keys(labels(en).status)) expect(PALETTE[status as Swatch].tone).toBeTruthy();
  });
  it('shows the same thing in the same family of colour in a tag and in a chart', () => {
    // Delivered and acted on are green in both; in progress and open are blue; at risk is amber.
    expect([toneOf('delivered'), chartColours('light').delivered]).toEqual(['green', '#117733']);
    expect([toneOf('acted-on'), chartColours('light')['acted-on']]).toEqual(['green', '#117733']);
    expect([toneOf('in-progress'), toneOf('open')]).toEqual(['blue', 'blue']);
    expect(toneOf('at-risk')).toBe('amber');
    expect(toneOf('overdue')).toBe('red');
    // A verdict takes the tone of the status it names; disputed is red, agrees green, in words first.
    expect([toneOf('disputed'), toneOf('agrees'), toneOf('too-early')]).toEqual(['red', 'green', 'grey']);
  });
});
