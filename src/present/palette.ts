// The one list of what colour each status, outcome and flag is shown in: the tone of its tag on the
// page (src/components/Tag.astro turns a tone into classes) and its colour in charts
// (src/client/chart-render.ts), so a tag and a chart bar for the same thing cannot drift apart.
// Types only come in from elsewhere, so the browser's chart script can import this without the
// content schemas.
import type { ActionStatus, Outcome } from '../contract/index.ts';
import type { Comparison } from '../model/community.ts';
import type { CommitmentStatus } from '../model/status.ts';

/** The tones a tag comes in. The words carry the meaning; the colour only echoes them. */
export type Tone = 'grey' | 'blue' | 'amber' | 'red' | 'green' | 'purple';

/** A colour key: every value a tag or a chart shows in colour. */
export type Swatch =
  CommitmentStatus | Outcome | ActionStatus | 'overdue' | 'due' | 'progress' | 'waiting' | Comparison | 'not-reviewed';

export interface Colour {
  /** The tag's tone. */
  tone: Tone;
  /** The chart colour in light mode and in dark mode. */
  light: string;
  dark: string;
}

/** What a chart is drawn on: the page's background in each scheme (white; Tailwind's slate-950). */
export const CHART_BACKGROUND = { light: '#ffffff', dark: '#020617' } as const;

// The chart colours: nine inks, each at least 3:1 against the chart's background in its scheme
// (WCAG 1.4.11), told apart by hue and lightness, not only by hue, and distinct from one another in
// every chart they share (tests/unit/palette.test.ts measures both). Dark mode has lighter shades
// of the same hues. Every bar also has an outline, and the legend and table name each colour in words.
const INK = {
  grey: { light: '#6b7280', dark: '#9ca3af' },
  indigo: { light: '#332288', dark: '#aa99ee' },
  blue: { light: '#0072b2', dark: '#56b4e9' },
  amber: { light: '#8f6800', dark: '#eecc55' },
  green: { light: '#117733', dark: '#66cc88' },
  purple: { light: '#aa4499', dark: '#ee99cc' },
  red: { light: '#cc3311', dark: '#ee7733' },
  black: { light: '#222222', dark: '#eeeeee' },
  wine: { light: '#882255', dark: '#bb4466' },
} as const;

const paint = (tone: Tone, ink: keyof typeof INK): Colour => ({ tone, ...INK[ink] });

export const PALETTE: Record<Swatch, Colour> = {
  // The commitment statuses and overdue are drawn side by side on one chart, so all nine differ.
  'no-update': paint('grey', 'grey'),
  'not-started': paint('grey', 'indigo'),
  'in-progress': paint('blue', 'blue'),
  'at-risk': paint('amber', 'amber'),
  delivered: paint('green', 'green'),
  'partly-delivered': paint('purple', 'purple'),
  'not-delivered': paint('red', 'red'),
  withdrawn: paint('grey', 'black'),
  overdue: paint('red', 'wine'),
  'acted-on': paint('green', 'green'),
  considering: paint('amber', 'amber'),
  'not-taken-forward': paint('grey', 'black'),
  'awaiting-response': paint('purple', 'purple'),
  open: paint('blue', 'blue'),
  done: paint('green', 'green'),
  dropped: paint('grey', 'black'),
  due: paint('red', 'red'),
  progress: paint('blue', 'blue'),
  waiting: paint('amber', 'amber'),
  // The community's verdict against the partner's report. Disputed and agrees are told apart by
  // their words first; the colours follow the statuses they echo.
  disputed: paint('red', 'red'),
  agrees: paint('green', 'green'),
  'found-more': paint('blue', 'blue'),
  'no-report': paint('grey', 'grey'),
  'too-early': paint('grey', 'indigo'),
  'not-reviewed': paint('grey', 'black'),
};

/** The tone of the tag for a status, outcome or flag. */
export function toneOf(swatch: Swatch): Tone {
  return PALETTE[swatch].tone;
}

/** Every swatch's chart colour in one mode. */
export function chartColours(mode: 'light' | 'dark'): Record<Swatch, string> {
  return Object.fromEntries(Object.entries(PALETTE).map(([swatch, colour]) => [swatch, colour[mode]])) as Record<
    Swatch,
    string
  >;
}
