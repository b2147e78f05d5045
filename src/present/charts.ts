// Every chart's numbers, worked out once. A chart, its one-sentence summary and its table all
// come from one of these functions, so they cannot disagree.
import {
  OUTCOMES,
  VERDICTS,
  type ActionStatus,
  type Group,
  type Minutes,
  type Outcome,
  type Update,
  type Verdict,
} from '../contract/index.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';
import type { Swatch } from './palette.ts';
import { addMonths } from '../model/days.ts';
import type { ActionView, Entry, Listing } from '../model/read-model.ts';
import {
  COMMITMENT_STATUSES,
  deliveredSince,
  updateFacts,
  type CommitmentState,
  type CommitmentStatus,
} from '../model/status.ts';
import { COMPARISONS, type Comparison } from '../model/community.ts';
import { wordsIn, type LanguageState } from '../model/translations.ts';

export type { Swatch } from './palette.ts';

/** An action as the charts read it: from any meeting of any group. */
type AnyAction = ActionView<Entry<Minutes>, Entry<Group>>;

export interface Series {
  label: string;
  swatch: Swatch;
  /** A colour for each bar, where the bars of one series stand for different things (statuses). */
  swatches?: Swatch[];
  values: number[];
  /** Series with the same stack are piled up; a series with its own stack stands beside them. */
  stack?: string;
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  /** Bars run across, with the categories down the side: easier to label on a narrow screen. */
  horizontal: boolean;
  title: string;
  /** One sentence, written from the numbers. */
  summary: string;
  /** The heading of the table's first column. */
  categoryLabel: string;
  categories: string[];
  /**
   * The language of each category, where it is not the page's: a topic's name shown in its
   * original words on a page in another language. Absent when every category is in the page's.
   */
  categoriesIn?: (string | undefined)[];
  /** Shorter forms of the categories for a line chart's axis ("Mar 2025"); the table keeps the full ones. */
  ticks?: string[];
  series: Series[];
  /** What the numbers count, for the axis. */
  unit: string;
  /** The most the numbers can be (100 for a percentage), when there is such a limit. */
  max?: number;
}

/**
 * The commitments' current statuses as bars, one per status. Overdue is not a status (an overdue
 * commitment is also in progress, at risk...), so it is said in the summary, not drawn as a bar.
 */
export function statusChart(m: Messages, states: CommitmentState[], title: string): ChartSpec {
  const present = COMMITMENT_STATUSES.filter((s) => states.some((x) => x.status === s));
  const overdue = states.filter((s) => s.overdue !== null).length;
  const delivered = states.filter((s) => s.status === 'delivered').length;
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary:
      states.length === 0
        ? m.t('chart.noCommitments')
        : m.t('chart.statusSummary', { delivered, total: states.length, overdue }),
    categoryLabel: m.t('chart.status'),
    categories: present.map((s) => labels(m).status[s]),
    series: [
      {
        label: m.t('chart.commitments'),
        swatch: 'in-progress',
        swatches: [...present],
        values: present.map((s) => states.filter((x) => x.status === s).length),
      },
    ],
    unit: m.t('chart.commitmentsUnit'),
  };
}

/** The names with the highest count, joined: "A", "A and B", "A, B and C". */
function leaders(m: Messages, names: string[], counts: number[]): { names: string; count: number; tied: boolean } {
  const count = Math.max(0, ...counts);
  const top = names.filter((_, i) => counts[i] === count);
  const joined = m.list(top, 'and');
  return { names: joined, count, tied: top.length > 1 };
}

/**
 * Statuses side by side for several groups of commitments (partners, aims), with overdue beside
 * each. A commitment may be in more than one group (towards two aims): the summary counts it once.
 */
export function statusComparisonChart(
  m: Messages,
  groups: { name: string; nameIn?: string | undefined; commitments: { id: string; state: CommitmentState }[] }[],
  title: string,
  categoryLabel: string,
  /** What the groups are: the catalogue names them in its own language, with its plurals. */
  kind: 'aims' | 'partners',
): ChartSpec {
  const each = new Map(groups.flatMap((g) => g.commitments.map((c) => [c.id, c.state] as const)));
  const all = [...each.values()];
  const present = COMMITMENT_STATUSES.filter((s) => all.some((x) => x.status === s));
  const overdue = groups.map((g) => g.commitments.filter((c) => c.state.overdue !== null).length);
  const total = all.filter((s) => s.overdue !== null).length;
  const most = leaders(
    m,
    groups.map((g) => g.name),
    overdue,
  );
  const behind = overdue.filter((o) => o > 0).length;
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary:
      total === 0
        ? m.t('chart.noneOverdue', { total: all.length })
        : most.tied
          ? m.t('chart.overdueAcross', { total, behind, groups: groups.length, kind })
          : m.t('chart.overdueMost', { total, names: most.names, count: most.count }),
    categoryLabel,
    categories: groups.map((g) => g.name),
    ...languagesOf(groups),
    series: [
      ...present.map((s) => ({
        label: labels(m).status[s],
        swatch: s,
        values: groups.map((g) => g.commitments.filter((c) => c.state.status === s).length),
        stack: 'status',
      })),
      { label: labels(m).flag.overdue, swatch: 'overdue' as const, values: overdue, stack: 'overdue' },
    ],
    unit: m.t('chart.commitmentsUnit'),
  };
}

/** What the promises chart reads of a commitment: when it was made and due, and its updates. */
export interface PromiseLike {
  data: { made: string; due?: string };
  /** The latest agreed due date, when the deadline has moved; else `data.due` counts. */
  deadline?: { due?: string };
  updates: Listing<Entry<Update>>;
}

const monthOf = (day: string) => day.slice(0, 7);
/** Noon on a day (YYYY-MM-DD), so the day is the same in the build machine's time zone, wherever it is. */
const noon = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
/** "March 2025", in the reader's language. */
const monthName = (m: Messages, month: string) => m.t('chart.monthName', { month: noon(`${month}-01`) });
/** "Mar 2025", for the axis under a chart, where a month's full name would not fit upright. */
const shortMonth = (m: Messages, month: string) => m.month(`${month}-01`);
/** "3 Mar 2025". */
const shortDay = (m: Messages, day: string) => m.t('chart.shortDay', { day: noon(day) });

/** Month by month, how many commitments were due by then and how many had been delivered by then, counting from the start. */
export function promisesChart(m: Messages, commitments: readonly PromiseLike[], today: string): ChartSpec {
  const starts = commitments.map((c) => c.data.made).sort();
  const months: string[] = [];
  if (starts.length)
    for (let month = monthOf(starts[0]!); month <= monthOf(today); month = monthOf(addMonths(`${month}-01`, 1)))
      months.push(month);
  const dues = commitments.map((c) => (c.deadline ? c.deadline.due : c.data.due));
  const due = months.map((month) => dues.filter((d) => d !== undefined && monthOf(d) <= month && d <= today).length);
  const deliveredDays = commitments.map((c) => deliveredSince(updateFacts(c.updates.items)) ?? '9999');
  const delivered = months.map((month) => deliveredDays.filter((day) => day <= `${month}-31`).length);
  const last = months.length - 1;
  return {
    kind: 'line',
    horizontal: false,
    title: m.t('chart.promisesTitle'),
    summary:
      last < 0
        ? m.t('chart.noCommitments')
        : m.t('chart.promisesSummary', {
            month: monthName(m, months[last]!),
            due: due[last]!,
            delivered: delivered[last]!,
          }),
    categoryLabel: m.t('chart.month'),
    categories: months.map((month) => monthName(m, month)),
    ticks: months.map((month) => shortMonth(m, month)),
    series: [
      { label: m.t('chart.dueByThen'), swatch: 'due', values: due },
      { label: m.t('chart.deliveredByThen'), swatch: 'delivered', values: delivered },
    ],
    unit: m.t('chart.commitmentsUnit'),
  };
}

/** One commitment's progress, update by update. Undefined when no update gave a figure. */
export function progressChart(m: Messages, updates: Entry<Update>[]): ChartSpec | undefined {
  const points = updates
    .filter((u) => u.data.progress !== undefined)
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (points.length === 0) return undefined;
  const first = points[0]!.data;
  const last = points[points.length - 1]!.data;
  return {
    kind: 'line',
    horizontal: false,
    title: m.t('chart.progressTitle'),
    summary:
      points.length === 1
        ? m.t('chart.progressOne', {
            progress: last.progress!,
            date: m.date(last.date),
            status: labels(m).status[last.status].toLocaleLowerCase(m.lang),
          })
        : m.t('chart.progressFromTo', {
            first: first.progress!,
            firstDate: m.date(first.date),
            last: last.progress!,
            lastDate: m.date(last.date),
            status: labels(m).status[last.status].toLocaleLowerCase(m.lang),
          }),
    categoryLabel: m.t('chart.update'),
    categories: points.map((u) =>
      m.t('chart.updateOn', { date: m.date(u.data.date), status: labels(m).status[u.data.status] }),
    ),
    ticks: points.map((u) => shortDay(m, u.data.date)),
    series: [{ label: m.t('chart.progress'), swatch: 'progress', values: points.map((u) => u.data.progress!) }],
    unit: m.t('chart.progressUnit'),
    max: 100,
  };
}

/** What happened to what people said, topic by topic. A thing said about two topics counts under both. */
export function outcomesChart(
  m: Messages,
  groups: { name: string; nameIn?: string | undefined; outcomes: Outcome[] }[],
  title: string,
  categoryLabel: string,
): ChartSpec {
  const names = groups.map((g) => g.name);
  const acted = leaders(
    m,
    names,
    groups.map((g) => g.outcomes.filter((o) => o === 'acted-on').length),
  );
  const open = leaders(
    m,
    names,
    groups.map((g) => g.outcomes.filter((o) => o === 'in-progress' || o === 'considering').length),
  );
  const each = (l: { names: string; count: number; tied: boolean }) =>
    m.t(l.tied ? 'chart.leadersEach' : 'chart.leaders', { names: l.names, count: l.count });
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary: groups.every((g) => g.outcomes.length === 0)
      ? m.t('chart.nothingRecorded')
      : m.t('chart.outcomesSummary', {
          acted: each(acted),
          open: open.count === 0 ? m.t('chart.none') : each(open),
        }),
    categoryLabel,
    categories: groups.map((g) => g.name),
    ...languagesOf(groups),
    series: OUTCOMES.map((o) => ({
      label: labels(m).outcome[o],
      swatch: o,
      values: groups.map((g) => g.outcomes.filter((x) => x === o).length),
      stack: 'outcome',
    })),
    unit: m.t('replies.chartUnit'),
  };
}

/** What happened to everything people said (or everything on one topic), one bar per outcome. */
export function outcomeTotalsChart(m: Messages, outcomes: Outcome[], title: string): ChartSpec {
  const actedOn = outcomes.filter((o) => o === 'acted-on').length;
  const open = outcomes.filter((o) => o === 'in-progress' || o === 'considering').length;
  const waiting = outcomes.filter((o) => o === 'awaiting-response').length;
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary:
      outcomes.length === 0
        ? m.t('chart.nothingRecorded')
        : m.t(waiting > 0 ? 'chart.outcomeTotalsWaiting' : 'chart.outcomeTotals', {
            actedOn,
            total: outcomes.length,
            open,
            waiting,
          }),
    categoryLabel: m.t('chart.outcome'),
    categories: OUTCOMES.map((o) => labels(m).outcome[o]),
    series: [
      {
        label: m.t('chart.thingsPeopleSaid'),
        swatch: 'acted-on',
        swatches: [...OUTCOMES],
        values: OUTCOMES.map((o) => outcomes.filter((x) => x === o).length),
      },
    ],
    unit: m.t('replies.chartUnit'),
  };
}

/** Actions by group: open, done and dropped. */
export function actionsChart(
  m: Messages,
  actions: AnyAction[],
  groups: { id: string; name: string; nameIn?: string | undefined }[],
): ChartSpec {
  const statuses: ActionStatus[] = ['open', 'done', 'dropped'];
  const done = actions.filter((a) => a.action.status === 'done').length;
  const open = actions.filter((a) => a.action.status === 'open').length;
  const counts = new Map<string, number>();
  for (const a of actions) {
    const key = `${a.group.id}/${a.action.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    kind: 'bar',
    horizontal: true,
    title: m.t('chart.actionsTitle'),
    summary:
      actions.length === 0
        ? m.t('chart.noActions')
        : m.t('chart.actionsSummary', { done, total: actions.length, open }),
    categoryLabel: m.t('replies.group'),
    categories: groups.map((g) => g.name),
    ...languagesOf(groups),
    series: statuses.map((s) => ({
      label: labels(m).action[s],
      swatch: s,
      values: groups.map((g) => counts.get(`${g.id}/${s}`) ?? 0),
      stack: 'actions',
    })),
    unit: m.t('chart.actionsUnit'),
  };
}

/** One group's actions, one bar each for open, done and dropped: a group is not compared with itself. */
export function groupActionsChart(m: Messages, actions: AnyAction[], groupName: string): ChartSpec {
  const statuses: ActionStatus[] = ['open', 'done', 'dropped'];
  const done = actions.filter((a) => a.action.status === 'done').length;
  const open = actions.filter((a) => a.action.status === 'open').length;
  return {
    kind: 'bar',
    horizontal: true,
    title: m.t('chart.groupActionsTitle', { group: groupName }),
    summary:
      actions.length === 0
        ? m.t('chart.noActions')
        : m.t('chart.actionsSummary', { done, total: actions.length, open }),
    categoryLabel: m.t('chart.action'),
    categories: statuses.map((s) => labels(m).action[s]),
    series: [
      {
        label: m.t('replies.actions'),
        swatch: 'open',
        swatches: [...statuses],
        values: statuses.map((s) => actions.filter((a) => a.action.status === s).length),
      },
    ],
    unit: m.t('chart.actionsUnit'),
  };
}

/** The bands that open actions' waits are counted in. */
export const WAIT_BANDS = [
  { key: 'chart.waitUnderMonth', under: 31 },
  { key: 'chart.waitOneToThree', under: 92 },
  { key: 'chart.waitThreeToSix', under: 183 },
  { key: 'chart.waitSixToYear', under: 366 },
  { key: 'chart.waitOverYear', under: Infinity },
] as const;

/** How long open actions have waited since the meeting that set them. */
export function waitingChart(m: Messages, actions: AnyAction[]): ChartSpec {
  const open = actions.filter((a) => a.action.status === 'open');
  const counts = WAIT_BANDS.map(
    (band, i) => open.filter((a) => a.age < band.under && a.age >= (i === 0 ? 0 : WAIT_BANDS[i - 1]!.under)).length,
  );
  const longest = open.reduce((n, a) => Math.max(n, a.age), 0);
  return {
    kind: 'bar',
    horizontal: true,
    title: m.t('chart.waitingTitle'),
    summary: open.length === 0 ? m.t('chart.noneWaiting') : m.t('chart.waitingSummary', { open: open.length, longest }),
    categoryLabel: m.t('chart.waiting'),
    categories: WAIT_BANDS.map((b) => m.t(b.key)),
    series: [{ label: m.t('chart.openActions'), swatch: 'waiting', values: counts }],
    unit: m.t('chart.openActionsUnit'),
  };
}

/**
 * Whether a chart has anything to compare: at least two bars (or parts of bars) above zero, or a
 * line through at least two points. A single bar or point says no more than its sentence and
 * table, which are shown instead.
 */
export function worthDrawing(spec: ChartSpec): boolean {
  if (spec.kind === 'line') return spec.categories.length >= 2;
  return spec.series.flatMap((s) => s.values).filter((v) => v > 0).length >= 2;
}

/** The categories' languages, when any is not the page's. */
function languagesOf(groups: { nameIn?: string | undefined }[]): Pick<ChartSpec, 'categoriesIn'> {
  return groups.some((g) => g.nameIn !== undefined) ? { categoriesIn: groups.map((g) => g.nameIn) } : {};
}

/** The table of a chart: one row per category, one column per series, exactly the numbers drawn. */
export function chartTable(spec: ChartSpec): {
  columns: string[];
  rows: { header: string; headerIn?: string; cells: number[] }[];
} {
  return {
    columns: [spec.categoryLabel, ...spec.series.map((s) => s.label)],
    rows: spec.categories.map((c, i) => {
      const headerIn = spec.categoriesIn?.[i];
      return {
        header: c,
        ...(headerIn === undefined ? {} : { headerIn }),
        cells: spec.series.map((s) => s.values[i] ?? 0),
      };
    }),
  };
}

/** What the verdict charts read of a commitment: its community view, when it has been reviewed. */
export interface ReviewedLike {
  community?: { partnerStatus: CommitmentStatus; comparison: Comparison; latest: { data: { verdict: Verdict } } };
}

/**
 * The partner's status (on the day of the latest review) against the reviewers' verdict: one bar
 * per verdict, split by what the partner had reported.
 */
export function verdictChart(m: Messages, commitments: readonly ReviewedLike[]): ChartSpec {
  const views = commitments.flatMap((c) => (c.community ? [c.community] : []));
  const verdicts = VERDICTS.filter((v) => views.some((x) => x.latest.data.verdict === v));
  const statuses = COMMITMENT_STATUSES.filter((s) => views.some((x) => x.partnerStatus === s));
  const agrees = views.filter((x) => x.comparison === 'agrees').length;
  const disputed = views.filter((x) => x.comparison === 'disputed').length;
  return {
    kind: 'bar',
    horizontal: true,
    title: m.t('chart.verdictTitle'),
    summary:
      views.length === 0
        ? m.t('chart.noneReviewed')
        : m.t('chart.verdictSummary', { total: views.length, agrees, disputed }),
    categoryLabel: m.t('chart.reviewersFound'),
    categories: verdicts.map((v) => labels(m).verdict[v]),
    series: statuses.map((s) => ({
      label: m.t('chart.partnerReported', { status: labels(m).status[s] }),
      swatch: s,
      values: verdicts.map((v) => views.filter((x) => x.latest.data.verdict === v && x.partnerStatus === s).length),
      stack: 'partner',
    })),
    unit: m.t('chart.commitmentsUnit'),
  };
}

/** For each partner, how its commitments' latest reviews stand against its reports, and how many are not reviewed. */
export function agreementChart(
  m: Messages,
  partners: readonly {
    data: { name: string };
    translation?: LanguageState | undefined;
    commitments: { items: readonly ReviewedLike[] };
  }[],
): ChartSpec {
  const count = (p: (typeof partners)[number], k: Comparison) =>
    p.commitments.items.filter((c) => c.community?.comparison === k).length;
  const present = COMPARISONS.filter((k) => partners.some((p) => count(p, k) > 0));
  const disputed = partners.map((p) => count(p, 'disputed'));
  const most = leaders(
    m,
    partners.map((p) => p.data.name),
    disputed,
  );
  const total = disputed.reduce((n, d) => n + d, 0);
  return {
    kind: 'bar',
    horizontal: true,
    title: m.t('chart.agreementTitle'),
    summary:
      total === 0
        ? m.t('chart.noneDisputed')
        : m.t(most.tied ? 'chart.disputedTied' : 'chart.disputedMost', {
            total,
            count: most.count,
            names: most.names,
          }),
    categoryLabel: m.t('chart.partner'),
    categories: partners.map((p) => p.data.name),
    ...languagesOf(partners.map((p) => ({ nameIn: wordsIn(p.translation, 'name') }))),
    series: [
      ...present.map((k) => ({
        label: labels(m).comparison[k],
        swatch: k,
        values: partners.map((p) => count(p, k)),
        stack: 'reviews',
      })),
      {
        label: m.t('chart.notReviewed'),
        swatch: 'not-reviewed' as const,
        values: partners.map((p) => p.commitments.items.filter((c) => !c.community).length),
        stack: 'reviews',
      },
    ],
    unit: m.t('chart.commitmentsUnit'),
  };
}

/**
 * The canvas's label for a screen reader: what kind of chart it is and every figure it draws, in
 * words. The caption beside it already gives the title and summary, so they are not said again.
 */
export function chartImageLabel(m: Messages, spec: ChartSpec): string {
  const n = (value: number | undefined) => m.number(value ?? 0);
  const figures = spec.categories.map((c, i) =>
    m.t('chart.figure', {
      category: c,
      values:
        spec.series.length === 1
          ? n(spec.series[0]!.values[i])
          : spec.series
              .map((s) =>
                m.t('chart.seriesValue', { series: s.label.toLocaleLowerCase(m.lang), value: n(s.values[i]) }),
              )
              .join(m.t('community.othersSeparator')),
    }),
  );
  return m.t(spec.kind === 'line' ? 'chart.lineLabel' : 'chart.barLabel', {
    unit: spec.unit,
    figures: figures.join(m.t('community.partsSeparator')),
  });
}
