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

// Chart colours are Okabe and Ito's palette, which stays distinguishable with the common
// colour-vision deficiencies, with lighter shades for dark mode. Every bar also has an outline
// for contrast, and the table and labels say in words what each colour means.
export const PALETTE: Record<Swatch, Colour> = {
  'no-update': { tone: 'grey', light: '#bbbbbb', dark: '#6b6b6b' },
  'not-started': { tone: 'grey', light: '#8c8c8c', dark: '#9a9a9a' },
  'in-progress': { tone: 'blue', light: '#0072b2', dark: '#56b4e9' },
  'at-risk': { tone: 'amber', light: '#e69f00', dark: '#e69f00' },
  delivered: { tone: 'green', light: '#009e73', dark: '#009e73' },
  'partly-delivered': { tone: 'purple', light: '#cc79a7', dark: '#cc79a7' },
  'not-delivered': { tone: 'red', light: '#d55e00', dark: '#d55e00' },
  withdrawn: { tone: 'grey', light: '#555555', dark: '#cfcfcf' },
  overdue: { tone: 'red', light: '#882255', dark: '#cc6677' },
  'acted-on': { tone: 'green', light: '#009e73', dark: '#009e73' },
  considering: { tone: 'amber', light: '#e69f00', dark: '#e69f00' },
  'not-taken-forward': { tone: 'grey', light: '#8c8c8c', dark: '#9a9a9a' },
  'awaiting-response': { tone: 'purple', light: '#cc79a7', dark: '#cc79a7' },
  open: { tone: 'blue', light: '#0072b2', dark: '#56b4e9' },
  done: { tone: 'green', light: '#009e73', dark: '#009e73' },
  dropped: { tone: 'grey', light: '#8c8c8c', dark: '#9a9a9a' },
  due: { tone: 'red', light: '#d55e00', dark: '#d55e00' },
  progress: { tone: 'blue', light: '#0072b2', dark: '#56b4e9' },
  waiting: { tone: 'amber', light: '#e69f00', dark: '#e69f00' },
  // The community's verdict against the partner's report. Disputed and agrees are told apart by
  // their words first; the colours follow the statuses they echo.
  disputed: { tone: 'red', light: '#d55e00', dark: '#d55e00' },
  agrees: { tone: 'green', light: '#009e73', dark: '#009e73' },
  'found-more': { tone: 'blue', light: '#0072b2', dark: '#56b4e9' },
  'no-report': { tone: 'grey', light: '#bbbbbb', dark: '#6b6b6b' },
  'too-early': { tone: 'grey', light: '#8c8c8c', dark: '#9a9a9a' },
  'not-reviewed': { tone: 'grey', light: '#dddddd', dark: '#444444' },
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
