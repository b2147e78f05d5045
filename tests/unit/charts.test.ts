import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/present/wrap-label.ts';
import {
  actionsChart,
  chartImageLabel,
  chartTable,
  groupActionsChart,
  outcomeTotalsChart,
  outcomesChart,
  progressChart,
  promisesChart,
  statusChart,
  statusComparisonChart,
  waitingChart,
  worthDrawing,
} from '../../src/present/charts.ts';
import { buildPortal, orderActions, type Entry, type PortalInput } from '../../src/model/read-model.ts';
import type { CommitmentState } from '../../src/model/status.ts';
import type { Group, Minutes, Update } from '../../src/contract/index.ts';
import { SITE } from './site-settings.ts';
import { en, messagesIn } from '../helpers/messages.ts';

const state = (over: Partial<CommitmentState>): CommitmentState => ({
  status: 'in-progress',
  overdue: null,
  stale: null,
  ...over,
});

describe('statusChart', () => {
  // Five commitments: delivered; in progress and 3 days overdue; in progress; at risk and overdue; no update.
  const spec = statusChart(
    en,
    [
      state({ status: 'delivered' }),
      state({ overdue: 3 }),
      state({}),
      state({ status: 'at-risk', overdue: 40 }),
      state({ status: 'no-update' }),
    ],
    'Where commitments stand',
  );
  it('counts each status present, in the site’s order, and does not draw overdue as if it were a status', () => {
    expect(spec.categories).toEqual(['No update yet', 'In progress', 'At risk', 'Delivered']);
    expect(spec.series.map((s) => s.values)).toEqual([[1, 2, 1, 1]]);
    expect(spec.series[0]!.swatches).toEqual(['no-update', 'in-progress', 'at-risk', 'delivered']);
  });
  it('says it in one sentence from the same numbers', () => {
    expect(spec.summary).toBe('1 of 5 commitments delivered; 2 overdue, counted under their status too.');
  });
  it('labels the canvas with its figures, not the caption again', () => {
    expect(chartImageLabel(en, spec)).toBe(
      'Bar chart of commitments. No update yet: 1; In progress: 2; At risk: 1; Delivered: 1.',
    );
    expect(chartImageLabel(en, spec)).not.toContain(spec.title);
    expect(chartImageLabel(en, spec)).not.toContain(spec.summary);
  });
  it('tables exactly the numbers drawn', () => {
    expect(chartTable(spec)).toEqual({
      columns: ['Status', 'Commitments'],
      rows: [
        { header: 'No update yet', cells: [1] },
        { header: 'In progress', cells: [2] },
        { header: 'At risk', cells: [1] },
        { header: 'Delivered', cells: [1] },
      ],
    });
  });
});

describe('statusComparisonChart', () => {
  const c = (id: string, s: CommitmentState) => ({ id, state: s });
  const spec = statusComparisonChart(
    en,
    [
      { name: 'Council', commitments: [c('c1', state({ status: 'delivered' })), c('c2', state({ overdue: 5 }))] },
      {
        name: 'Trust',
        commitments: [
          c('c3', state({ status: 'at-risk', overdue: 9 })),
          c('c4', state({ status: 'no-update', overdue: 1 })),
        ],
      },
    ],
    'By partner',
    'Partner',
    'partners',
  );
  it('stacks each group’s statuses and stands overdue beside them', () => {
    expect(spec.series.map((s) => [s.label, s.values, s.stack])).toEqual([
      ['No update yet', [0, 1], 'status'],
      ['In progress', [1, 0], 'status'],
      ['At risk', [0, 1], 'status'],
      ['Delivered', [1, 0], 'status'],
      ['Overdue', [1, 2], 'overdue'],
    ]);
  });
  it('names who is furthest behind', () => {
    expect(spec.summary).toBe('3 commitments are overdue; Trust has the most, with 2.');
  });
  it('counts how many are behind rather than naming a tie', () => {
    const tied = statusComparisonChart(
      en,
      [
        { name: 'A', commitments: [c('c5', state({ overdue: 1 }))] },
        { name: 'B', commitments: [c('c6', state({ overdue: 2 }))] },
        { name: 'C', commitments: [c('c7', state({}))] },
      ],
      't',
      'Partner',
      'partners',
    );
    expect(tied.summary).toBe('2 commitments are overdue, across 2 of the 3 partners.');
    // The groups are named in the page's language, with its plurals: a Polish page once read
    // "w 2 z 3 (partners)".
    const tiedIn = (lang: string, kind: 'aims' | 'partners') =>
      statusComparisonChart(
        messagesIn(lang),
        [
          { name: 'A', commitments: [c('c5', state({ overdue: 1 }))] },
          { name: 'B', commitments: [c('c6', state({ overdue: 2 }))] },
          { name: 'C', commitments: [c('c7', state({}))] },
        ],
        't',
        'x',
        kind,
      ).summary;
    expect(tiedIn('pl', 'partners')).toBe('Po terminie: 2 zobowiązania, u 2 z 3 partnerów.');
    expect(tiedIn('pl', 'aims')).toBe('Po terminie: 2 zobowiązania, w 2 z 3 celów.');
    expect(tiedIn('tr', 'aims')).toBe('2 taahhüdün süresi geçti; bunlar 3 hedefin 2 tanesinde.');
    for (const lang of ['tr', 'pl', 'ar'])
      for (const kind of ['aims', 'partners'] as const) expect(tiedIn(lang, kind)).not.toMatch(/aims|partners/);
    expect(
      statusComparisonChart(en, [{ name: 'A', commitments: [c('c8', state({}))] }], 't', 'Partner', 'partners').summary,
    ).toBe('None of the 1 commitment is overdue.');
  });
  it('counts a commitment in two groups once, as towards two aims', () => {
    const both = c('both', state({ overdue: 4 }));
    const spec = statusComparisonChart(
      en,
      [
        { name: 'Aim A', commitments: [both, c('a', state({ overdue: 2 }))] },
        { name: 'Aim B', commitments: [both, c('b', state({ overdue: 1 }))] },
        { name: 'Aim C', commitments: [c('d', state({}))] },
      ],
      't',
      'Aim',
      'aims',
    );
    expect(spec.series.at(-1)!.values).toEqual([2, 2, 0]);
    expect(spec.summary).toBe('3 commitments are overdue, across 2 of the 3 aims.');
    const onTime = c('on-time', state({}));
    const none = statusComparisonChart(
      en,
      [
        { name: 'A', commitments: [onTime] },
        { name: 'B', commitments: [onTime] },
      ],
      't',
      'Aim',
      'aims',
    );
    expect(none.summary).toBe('None of the 1 commitment is overdue.');
  });
});

const input = (updates: Entry<Update>[]): PortalInput => ({
  site: SITE,
  partners: [{ id: 'council', data: { name: 'Council', kind: 'council' } }],
  themes: [],
  groups: [],
  visions: [
    {
      id: 'v',
      data: {
        title: 'V',
        summary: 's',
        status: 'draft',
        coProduction: 'c',
        aims: [{ id: 'a', title: 'A', description: 'd' }],
      },
    },
  ],
  commitments: [
    {
      id: 'c1',
      data: {
        title: 'One',
        summary: 's',
        partner: 'council',
        vision: 'v',
        aims: ['a'],
        made: '2025-01-10',
        due: '2025-02-15',
      },
    },
    {
      id: 'c2',
      data: {
        title: 'Two',
        summary: 's',
        partner: 'council',
        vision: 'v',
        aims: ['a'],
        made: '2025-01-20',
        due: '2025-03-31',
      },
    },
    {
      id: 'c3',
      data: { title: 'Three', summary: 's', partner: 'council', vision: 'v', aims: ['a'], made: '2025-02-01' },
    },
  ],
  updates,
  minutes: [],
  inputs: [],
});
const update = (
  id: string,
  commitment: string,
  date: string,
  status: Update['status'],
  progress?: number,
): Entry<Update> => ({
  id,
  data: { title: id, date, commitment, status, progress },
});

describe('promisesChart', () => {
  // c1 due 15 Feb, delivered 10 Feb; c2 due 31 March, delivered 2 April; c3 has no due date. Built on 15 April.
  const portal = buildPortal(
    input([
      update('a', 'c1', '2025-02-10', 'delivered'),
      update('b', 'c2', '2025-03-01', 'in-progress'),
      update('c', 'c2', '2025-04-02', 'delivered'),
    ]),
    '2025-04-15',
  );
  const spec = promisesChart(en, portal.commitments, '2025-04-15');
  it('runs month by month from the first commitment to the build month', () => {
    expect(spec.categories).toEqual(['January 2025', 'February 2025', 'March 2025', 'April 2025']);
  });
  it('counts, all told, what had fallen due and what had been delivered by the end of each month', () => {
    expect(spec.series.map((s) => s.values)).toEqual([
      [0, 1, 2, 2],
      [0, 1, 1, 2],
    ]);
  });
  it('says where things stand in the latest month', () => {
    expect(spec.summary).toBe('By April 2025, 2 commitments were due and 2 had been delivered.');
  });
  it('does not count a commitment due later in the build month as fallen due', () => {
    const early = buildPortal(input([]), '2025-03-20');
    expect(promisesChart(en, early.commitments, '2025-03-20').series[0]!.values).toEqual([0, 1, 1]);
  });
  it('says one commitment was due, in the singular', () => {
    const february = buildPortal(input([]), '2025-02-20');
    expect(promisesChart(en, february.commitments, '2025-02-20').summary).toBe(
      'By February 2025, 1 commitment was due and 0 had been delivered.',
    );
  });
  it('counts a delivery from the start of the run of delivered updates it ends with', () => {
    const back = buildPortal(
      input([
        update('a', 'c1', '2025-01-15', 'delivered'),
        update('b', 'c1', '2025-02-01', 'at-risk'),
        update('c', 'c1', '2025-03-05', 'delivered'),
        update('d', 'c1', '2025-04-01', 'delivered'),
      ]),
      '2025-04-15',
    );
    expect(promisesChart(en, back.commitments, '2025-04-15').series[1]!.values).toEqual([0, 0, 1, 1]);
  });
});

describe('progressChart', () => {
  it('plots each update that gave a figure, in date order', () => {
    const spec = progressChart(en, [
      update('c', 'x', '2025-06-01', 'at-risk', 45),
      update('b', 'x', '2025-05-01', 'at-risk'),
      update('a', 'x', '2025-03-01', 'in-progress', 30),
    ])!;
    expect(spec.categories).toEqual(['1 March 2025: In progress', '1 June 2025: At risk']);
    expect(spec.series[0]!.values).toEqual([30, 45]);
    expect(spec.summary).toBe('From 30% on 1 March 2025 to 45% on 1 June 2025 (at risk).');
  });
  it('draws nothing when no update gave a figure', () => {
    expect(progressChart(en, [update('a', 'x', '2025-03-01', 'in-progress')])).toBeUndefined();
  });
});

describe('outcomesChart', () => {
  const spec = outcomesChart(
    en,
    [
      { name: 'Housing', outcomes: ['acted-on', 'considering'] },
      { name: 'Crisis', outcomes: ['acted-on', 'acted-on', 'not-taken-forward', 'awaiting-response'] },
    ],
    'By topic',
    'Topic',
  );
  it('counts each outcome for each topic', () => {
    expect(chartTable(spec)).toEqual({
      columns: ['Topic', 'Acted on', 'In progress', 'Being considered', 'Not taken forward', 'Waiting for a reply'],
      rows: [
        { header: 'Housing', cells: [1, 0, 1, 0, 0] },
        { header: 'Crisis', cells: [2, 0, 0, 1, 1] },
      ],
    });
  });
  it('names the topics with the most acted on and the most still open, and says how topics are counted', () => {
    expect(spec.summary).toBe(
      'Most acted on: Crisis, 2. Most still open: Housing, 1. Something said about two topics counts under both.',
    );
  });
  it('says each when topics tie', () => {
    const tied = outcomesChart(
      en,
      [
        { name: 'A', outcomes: ['acted-on'] },
        { name: 'B', outcomes: ['acted-on'] },
        { name: 'C', outcomes: ['acted-on'] },
      ],
      't',
      'Topic',
    );
    expect(tied.summary).toBe(
      'Most acted on: A, B and C, 1 each. Most still open: none. Something said about two topics counts under both.',
    );
  });
});

describe('outcomeTotalsChart', () => {
  it('gives one bar per outcome, every outcome shown, with the same sentence as by topic', () => {
    const spec = outcomeTotalsChart(
      en,
      ['acted-on', 'considering', 'acted-on', 'not-taken-forward', 'acted-on'],
      'Everything',
    );
    expect(chartTable(spec).rows).toEqual([
      { header: 'Acted on', cells: [3] },
      { header: 'In progress', cells: [0] },
      { header: 'Being considered', cells: [1] },
      { header: 'Not taken forward', cells: [1] },
      { header: 'Waiting for a reply', cells: [0] },
    ]);
    expect(spec.summary).toBe(
      '3 of the 5 things people told us were acted on; 1 is still in progress or being considered.',
    );
  });
  it('says how many are still waiting for a reply, when some are', () => {
    const spec = outcomeTotalsChart(en, ['acted-on', 'awaiting-response', 'awaiting-response'], 'Everything');
    expect(chartTable(spec).rows.at(-1)).toEqual({ header: 'Waiting for a reply', cells: [2] });
    expect(spec.summary).toBe(
      '1 of the 3 things people told us was acted on; 0 are still in progress or being considered; 2 are waiting for a reply.',
    );
  });
});

describe('actions charts', () => {
  // Built on 1 June 2025: A1 open since 10 January (142 days), B1 open since 1 April (61 days), three closed.
  const groups: Entry<Group>[] = [
    { id: 'forum', data: { name: 'Forum', kind: 'forum', description: 'd' } },
    { id: 'board', data: { name: 'Board', kind: 'board', description: 'd' } },
  ];
  const meeting = (id: string, group: string, date: string, actions: Minutes['actions']): Entry<Minutes> => ({
    id,
    data: { title: id, date, group, attendance: { total: 1 }, actions },
  });
  const actions = orderActions(
    [
      meeting('jan', 'forum', '2025-01-10', [
        { id: 'A1', action: 'x', owner: 'o', status: 'open' },
        { id: 'A2', action: 'x', owner: 'o', status: 'done', closed: '2025-02-01' },
      ]),
      meeting('apr', 'board', '2025-04-01', [
        { id: 'B1', action: 'x', owner: 'o', status: 'open' },
        { id: 'B2', action: 'x', owner: 'o', status: 'dropped', closed: '2025-05-15' },
        { id: 'B3', action: 'x', owner: 'o', status: 'done', closed: '2025-04-20' },
      ]),
    ],
    groups,
    '2025-06-01',
  );
  it('counts open, done and dropped actions for each group', () => {
    const spec = actionsChart(
      en,
      actions,
      groups.map((g) => ({ id: g.id, name: g.data.name })),
    );
    expect(chartTable(spec).rows).toEqual([
      { header: 'Forum', cells: [1, 1, 0] },
      { header: 'Board', cells: [1, 1, 1] },
    ]);
    expect(spec.summary).toBe('2 of 5 actions done; 2 still open.');
  });
  it('gives one group’s actions a bar for each of open, done and dropped, not one bar for the group', () => {
    const board = actions.filter((a) => a.group.id === 'board');
    const spec = groupActionsChart(en, board, 'Board');
    expect(spec.title).toBe('Actions agreed by the Board');
    expect(chartTable(spec)).toEqual({
      columns: ['Action', 'Actions'],
      rows: [
        { header: 'Open', cells: [1] },
        { header: 'Done', cells: [1] },
        { header: 'Dropped', cells: [1] },
      ],
    });
    expect(spec.series[0]!.swatches).toEqual(['open', 'done', 'dropped']);
    expect(spec.summary).toBe('1 of 3 actions done; 1 still open.');
  });
  it('puts each open action’s wait in a band, and names the longest', () => {
    const spec = waitingChart(en, actions);
    expect(spec.series[0]!.values).toEqual([0, 1, 1, 0, 0]);
    expect(spec.summary).toBe('2 actions open; the longest has waited 142 days.');
  });
});

describe('worthDrawing', () => {
  const bars = (...values: number[][]) => ({
    ...statusChart(en, [], 't'),
    categories: values[0]!.map((_, i) => `c${i}`),
    series: values.map((v, i) => ({ label: `s${i}`, swatch: 'open' as const, values: v })),
  });
  it('draws a chart with two bars or more above zero', () => {
    expect(worthDrawing(bars([3, 1]))).toBe(true);
    expect(worthDrawing(bars([0, 2, 0, 0, 1]))).toBe(true);
  });
  it('draws one bar made of two parts (two series in one category)', () => {
    expect(worthDrawing(bars([3], [3]))).toBe(true);
  });
  it('leaves a single bar, or none, to the sentence and the table', () => {
    expect(worthDrawing(bars([0, 0, 0, 1, 0]))).toBe(false);
    expect(worthDrawing(bars([3], [0], [0]))).toBe(false);
    expect(worthDrawing(bars([0, 0]))).toBe(false);
  });
  it('draws a line through two points or more, even at zero, but not a single point', () => {
    const line = (n: number) => ({
      ...promisesChart(en, [], '2025-01-01'),
      categories: Array.from({ length: n }, (_, i) => `m${i}`),
      series: [{ label: 'l', swatch: 'due' as const, values: Array<number>(n).fill(0) }],
    });
    expect(worthDrawing(line(2))).toBe(true);
    expect(worthDrawing(line(1))).toBe(false);
  });
});

describe('wrapLabel', () => {
  it('breaks a long name into lines no longer than asked, between words', () => {
    expect(wrapLabel('Wrenfold Community Health NHS Trust', 14)).toEqual([
      'Wrenfold',
      'Community',
      'Health NHS',
      'Trust',
    ]);
  });
  it('keeps a word longer than the width whole, on its own line', () => {
    expect(wrapLabel('Co-production Working Group', 10)).toEqual(['Co-production', 'Working', 'Group']);
  });
});
