import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../src/present/labels.ts';
import { chartColours, PALETTE, toneOf, type Swatch } from '../../src/present/palette.ts';

describe('palette', () => {
  // The chart colours as src/client/chart-render.ts had them before they moved here.
  const light: Record<Swatch, string> = {
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
    'awaiting-response': '#cc79a7',
    open: '#0072b2',
    done: '#009e73',
    dropped: '#8c8c8c',
    due: '#d55e00',
    progress: '#0072b2',
    waiting: '#e69f00',
    // The community's verdict against the partner's report.
    disputed: '#d55e00',
    agrees: '#009e73',
    'found-more': '#0072b2',
    'no-report': '#bbbbbb',
    'too-early': '#8c8c8c',
    'not-reviewed': '#dddddd',
  };
  const dark: Record<Swatch, string> = {
    ...light,
    'no-update': '#6b6b6b',
    'not-started': '#9a9a9a',
    'in-progress': '#56b4e9',
    withdrawn: '#cfcfcf',
    overdue: '#cc6677',
    open: '#56b4e9',
    progress: '#56b4e9',
    'not-taken-forward': '#9a9a9a',
    dropped: '#9a9a9a',
    'found-more': '#56b4e9',
    'no-report': '#6b6b6b',
    'too-early': '#9a9a9a',
    'not-reviewed': '#444444',
  };

  it('gives charts the same colours in light and dark mode as before', () => {
    expect(chartColours('light')).toEqual(light);
    expect(chartColours('dark')).toEqual(dark);
  });
  it('gives every status a tag tone', () => {
    for (const status of Object.keys(STATUS_LABELS)) expect(PALETTE[status as Swatch].tone).toBeTruthy();
  });
  it('shows the same thing in the same family of colour in a tag and in a chart', () => {
    // Delivered and acted on are green in both; in progress and open are blue; at risk is amber.
    expect([toneOf('delivered'), chartColours('light').delivered]).toEqual(['green', '#009e73']);
    expect([toneOf('acted-on'), chartColours('light')['acted-on']]).toEqual(['green', '#009e73']);
    expect([toneOf('in-progress'), toneOf('open')]).toEqual(['blue', 'blue']);
    expect(toneOf('at-risk')).toBe('amber');
    expect(toneOf('overdue')).toBe('red');
    // A verdict takes the tone of the status it names; disputed is red, agrees green, in words first.
    expect([toneOf('disputed'), toneOf('agrees'), toneOf('too-early')]).toEqual(['red', 'green', 'grey']);
  });
});
