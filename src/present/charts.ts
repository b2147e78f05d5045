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
import { ACTION_LABELS, COMPARISON_LABELS, OUTCOME_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels.ts';
import type { Swatch } from './palette.ts';
import { plural, pluralWord } from './plural.ts';
import { addMonths, formatDate } from '../model/days.ts';
import type { ActionView, Entry, Listing } from '../model/read-model.ts';
import { COMMITMENT_STATUSES, type CommitmentState, type CommitmentStatus } from '../model/status.ts';
import { COMPARISONS, type Comparison } from '../model/community.ts';

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
  /** Shorter forms of the categories for a line chart's axis ("Mar 2025"); the table keeps the full ones. */
  ticks?: string[];
  series: Series[];
  /** What the numbers count, for the axis. */
  unit: string;
}

/**
 * The commitments' current statuses as bars, one per status. Overdue is not a status (an overdue
 * commitment is also in progress, at risk...), so it is said in the summary, not drawn as a bar.
 */
export function statusChart(states: CommitmentState[], title: string): ChartSpec {
  const present = COMMITMENT_STATUSES.filter((s) => states.some((x) => x.status === s));
  const overdue = states.filter((s) => s.overdue !== null).length;
  const delivered = states.filter((s) => s.status === 'delivered').length;
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary:
      states.length === 0
        ? 'There are no commitments yet.'
        : `${delivered} of ${plural(states.length, 'commitment')} delivered; ${overdue} overdue, counted under ${pluralWord(overdue, 'its', 'their')} status too.`,
    categoryLabel: 'Status',
    categories: present.map((s) => STATUS_LABELS[s]),
    series: [
      {
        label: 'Commitments',
        swatch: 'in-progress',
        swatches: [...present],
        values: present.map((s) => states.filter((x) => x.status === s).length),
      },
    ],
    unit: 'commitments',
  };
}

/** The names with the highest count, joined: "A", "A and B", "A, B and C". */
function leaders(names: string[], counts: number[]): { names: string; count: number; tied: boolean } {
  const count = Math.max(0, ...counts);
  const top = names.filter((_, i) => counts[i] === count);
  const joined = top.length > 1 ? `${top.slice(0, -1).join(', ')} and ${top[top.length - 1]}` : (top[0] ?? '');
  return { names: joined, count, tied: top.length > 1 };
}

/** Statuses side by side for several groups of commitments (partners, aims), with overdue beside each. */
export function statusComparisonChart(
  groups: { name: string; states: CommitmentState[] }[],
  title: string,
  categoryLabel: string,
  groupNoun: string,
): ChartSpec {
  const all = groups.flatMap((g) => g.states);
  const present = COMMITMENT_STATUSES.filter((s) => all.some((x) => x.status === s));
  const overdue = groups.map((g) => g.states.filter((s) => s.overdue !== null).length);
  const total = overdue.reduce((n, o) => n + o, 0);
  const most = leaders(
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
        ? `None of the ${plural(all.length, 'commitment')} is overdue.`
        : most.tied
          ? `${plural(total, 'commitment is', 'commitments are')} overdue, across ${behind} of the ${groups.length} ${groupNoun}.`
          : `${plural(total, 'commitment is', 'commitments are')} overdue; ${most.names} has the most, with ${most.count}.`,
    categoryLabel,
    categories: groups.map((g) => g.name),
    series: [
      ...present.map((s) => ({
        label: STATUS_LABELS[s],
        swatch: s,
        values: groups.map((g) => g.states.filter((x) => x.status === s).length),
        stack: 'status',
      })),
      { label: 'Overdue', swatch: 'overdue' as const, values: overdue, stack: 'overdue' },
    ],
    unit: 'commitments',
  };
}

/** What the promises chart reads of a commitment: when it was made and due, and its updates. */
export interface PromiseLike {
  data: { made: string; due?: string };
  /** The latest agreed due date, when the deadline has moved; else `data.due` counts. */
  deadline?: { due?: string };
  updates: Listing<Entry<Update>>;
}

/** The day a commitment was delivered: the first of the run of delivered updates it ends with. */
export function deliveredOn(c: PromiseLike): string | undefined {
  let since: string | undefined;
  for (const u of [...c.updates.items].sort((a, b) => a.data.date.localeCompare(b.data.date))) {
    since = u.data.status === 'delivered' ? (since ?? u.data.date) : undefined;
  }
  return since;
}

const monthOf = (day: string) => day.slice(0, 7);
const monthName = (month: string) => formatDate(`${month}-01`).replace(/^1 /, '');
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mar 2025", for the axis under a chart, where a month's full name would not fit upright. */
const shortMonth = (month: string) => `${SHORT_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
/** "3 Mar 2025". */
const shortDay = (day: string) => `${Number(day.slice(8, 10))} ${shortMonth(day.slice(0, 7))}`;

/** Month by month, how many commitments were due by then and how many had been delivered by then, counting from the start. */
export function promisesChart(commitments: readonly PromiseLike[], today: string): ChartSpec {
  const starts = commitments.map((c) => c.data.made).sort();
  const months: string[] = [];
  if (starts.length)
    for (let m = monthOf(starts[0]!); m <= monthOf(today); m = monthOf(addMonths(`${m}-01`, 1))) months.push(m);
  const dues = commitments.map((c) => (c.deadline ? c.deadline.due : c.data.due));
  const due = months.map((m) => dues.filter((d) => d !== undefined && monthOf(d) <= m && d <= today).length);
  const deliveredDays = commitments.map((c) => deliveredOn(c) ?? '9999');
  const delivered = months.map((m) => deliveredDays.filter((day) => day <= `${m}-31`).length);
  const last = months.length - 1;
  return {
    kind: 'line',
    horizontal: false,
    title: 'Promises due and promises delivered, month by month',
    summary:
      last < 0
        ? 'There are no commitments yet.'
        : `By ${monthName(months[last]!)}, ${plural(due[last]!, 'commitment')} were due and ${delivered[last]} had been delivered.`,
    categoryLabel: 'Month',
    categories: months.map(monthName),
    ticks: months.map(shortMonth),
    series: [
      { label: 'Due by then', swatch: 'due', values: due },
      { label: 'Delivered by then', swatch: 'delivered', values: delivered },
    ],
    unit: 'commitments',
  };
}

/** One commitment's progress, update by update. Undefined when no update gave a figure. */
export function progressChart(updates: Entry<Update>[]): ChartSpec | undefined {
  const points = updates
    .filter((u) => u.data.progress !== undefined)
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (points.length === 0) return undefined;
  const first = points[0]!.data;
  const last = points[points.length - 1]!.data;
  return {
    kind: 'line',
    horizontal: false,
    title: 'Progress reported at each update',
    summary:
      points.length === 1
        ? `${last.progress}% done on ${formatDate(last.date)} (${STATUS_LABELS[last.status].toLowerCase()}).`
        : `From ${first.progress}% on ${formatDate(first.date)} to ${last.progress}% on ${formatDate(last.date)} (${STATUS_LABELS[last.status].toLowerCase()}).`,
    categoryLabel: 'Update',
    categories: points.map((u) => `${formatDate(u.data.date)}: ${STATUS_LABELS[u.data.status]}`),
    ticks: points.map((u) => shortDay(u.data.date)),
    series: [{ label: 'Progress (%)', swatch: 'progress', values: points.map((u) => u.data.progress!) }],
    unit: 'per cent done',
  };
}

/** What happened to what people said, topic by topic. A thing said about two topics counts under both. */
export function outcomesChart(
  groups: { name: string; outcomes: Outcome[] }[],
  title: string,
  categoryLabel: string,
): ChartSpec {
  const names = groups.map((g) => g.name);
  const acted = leaders(
    names,
    groups.map((g) => g.outcomes.filter((o) => o === 'acted-on').length),
  );
  const open = leaders(
    names,
    groups.map((g) => g.outcomes.filter((o) => o === 'in-progress' || o === 'considering').length),
  );
  const each = (l: { count: number; tied: boolean }) => (l.tied ? `, ${l.count} each` : `, ${l.count}`);
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary: groups.every((g) => g.outcomes.length === 0)
      ? 'Nothing has been recorded yet.'
      : `Most acted on: ${acted.names}${each(acted)}. Most still open: ${open.count === 0 ? 'none' : `${open.names}${each(open)}`}. Something said about two topics counts under both.`,
    categoryLabel,
    categories: groups.map((g) => g.name),
    series: OUTCOMES.map((o) => ({
      label: OUTCOME_LABELS[o],
      swatch: o,
      values: groups.map((g) => g.outcomes.filter((x) => x === o).length),
      stack: 'outcome',
    })),
    unit: 'things people said',
  };
}

/** What happened to everything people said (or everything on one topic), one bar per outcome. */
export function outcomeTotalsChart(outcomes: Outcome[], title: string): ChartSpec {
  const actedOn = outcomes.filter((o) => o === 'acted-on').length;
  const open = outcomes.filter((o) => o === 'in-progress' || o === 'considering').length;
  const waiting = outcomes.filter((o) => o === 'awaiting-response').length;
  return {
    kind: 'bar',
    horizontal: true,
    title,
    summary:
      outcomes.length === 0
        ? 'Nothing has been recorded yet.'
        : `${actedOn} of the ${plural(outcomes.length, 'thing')} people told us ${pluralWord(actedOn, 'was', 'were')} acted on; ${plural(open, 'is', 'are')} still in progress or being considered${waiting > 0 ? `; ${plural(waiting, 'is', 'are')} waiting for a reply` : ''}.`,
    categoryLabel: 'Outcome',
    categories: OUTCOMES.map((o) => OUTCOME_LABELS[o]),
    series: [
      {
        label: 'Things people said',
        swatch: 'acted-on',
        swatches: [...OUTCOMES],
        values: OUTCOMES.map((o) => outcomes.filter((x) => x === o).length),
      },
    ],
    unit: 'things people said',
  };
}

/** Actions by group: open, done and dropped. */
export function actionsChart(actions: AnyAction[], groups: { id: string; name: string }[]): ChartSpec {
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
    title: 'Actions from meetings, by group',
    summary:
      actions.length === 0
        ? 'No actions have been agreed yet.'
        : `${done} of ${plural(actions.length, 'action')} done; ${open} still open.`,
    categoryLabel: 'Group',
    categories: groups.map((g) => g.name),
    series: statuses.map((s) => ({
      label: ACTION_LABELS[s],
      swatch: s,
      values: groups.map((g) => counts.get(`${g.id}/${s}`) ?? 0),
      stack: 'actions',
    })),
    unit: 'actions',
  };
}

/** One group's actions, one bar each for open, done and dropped: a group is not compared with itself. */
export function groupActionsChart(actions: AnyAction[], groupName: string): ChartSpec {
  const statuses: ActionStatus[] = ['open', 'done', 'dropped'];
  const done = actions.filter((a) => a.action.status === 'done').length;
  const open = actions.filter((a) => a.action.status === 'open').length;
  return {
    kind: 'bar',
    horizontal: true,
    title: `Actions agreed by the ${groupName}`,
    summary:
      actions.length === 0
        ? 'No actions have been agreed yet.'
        : `${done} of ${plural(actions.length, 'action')} done; ${open} still open.`,
    categoryLabel: 'Action',
    categories: statuses.map((s) => ACTION_LABELS[s]),
    series: [
      {
        label: 'Actions',
        swatch: 'open',
        swatches: [...statuses],
        values: statuses.map((s) => actions.filter((a) => a.action.status === s).length),
      },
    ],
    unit: 'actions',
  };
}

/** The bands that open actions' waits are counted in. */
export const WAIT_BANDS = [
  { label: 'Under a month', under: 31 },
  { label: '1 to 3 months', under: 92 },
  { label: '3 to 6 months', under: 183 },
  { label: '6 months to a year', under: 366 },
  { label: 'Over a year', under: Infinity },
] as const;

/** How long open actions have waited since the meeting that set them. */
export function waitingChart(actions: AnyAction[]): ChartSpec {
  const open = actions.filter((a) => a.action.status === 'open');
  const counts = WAIT_BANDS.map(
    (band, i) => open.filter((a) => a.age < band.under && a.age >= (i === 0 ? 0 : WAIT_BANDS[i - 1]!.under)).length,
  );
  const longest = open.reduce((n, a) => Math.max(n, a.age), 0);
  return {
    kind: 'bar',
    horizontal: true,
    title: 'How long open actions have waited',
    summary:
      open.length === 0
        ? 'No action is waiting.'
        : `${plural(open.length, 'action')} open; the longest has waited ${plural(longest, 'day')}.`,
    categoryLabel: 'Waiting',
    categories: WAIT_BANDS.map((b) => b.label),
    series: [{ label: 'Open actions', swatch: 'waiting', values: counts }],
    unit: 'open actions',
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

/** The table of a chart: one row per category, one column per series, exactly the numbers drawn. */
export function chartTable(spec: ChartSpec): { columns: string[]; rows: { header: string; cells: number[] }[] } {
  return {
    columns: [spec.categoryLabel, ...spec.series.map((s) => s.label)],
    rows: spec.categories.map((c, i) => ({ header: c, cells: spec.series.map((s) => s.values[i] ?? 0) })),
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
export function verdictChart(commitments: readonly ReviewedLike[]): ChartSpec {
  const views = commitments.flatMap((c) => (c.community ? [c.community] : []));
  const verdicts = VERDICTS.filter((v) => views.some((x) => x.latest.data.verdict === v));
  const statuses = COMMITMENT_STATUSES.filter((s) => views.some((x) => x.partnerStatus === s));
  const agrees = views.filter((x) => x.comparison === 'agrees').length;
  const disputed = views.filter((x) => x.comparison === 'disputed').length;
  return {
    kind: 'bar',
    horizontal: true,
    title: 'What the partner reported against what the reviewers found',
    summary:
      views.length === 0
        ? 'No commitment has been reviewed yet.'
        : `Of ${plural(views.length, 'commitment')} reviewed, the reviewers agreed with the partner’s report on ${agrees} and disputed ${disputed}.`,
    categoryLabel: 'The reviewers found',
    categories: verdicts.map((v) => VERDICT_LABELS[v]),
    series: statuses.map((s) => ({
      label: `Partner reported: ${STATUS_LABELS[s]}`,
      swatch: s,
      values: verdicts.map((v) => views.filter((x) => x.latest.data.verdict === v && x.partnerStatus === s).length),
      stack: 'partner',
    })),
    unit: 'commitments',
  };
}

/** For each partner, how its commitments' latest reviews stand against its reports, and how many are not reviewed. */
export function agreementChart(
  partners: readonly { data: { name: string }; commitments: { items: readonly ReviewedLike[] } }[],
): ChartSpec {
  const count = (p: (typeof partners)[number], k: Comparison) =>
    p.commitments.items.filter((c) => c.community?.comparison === k).length;
  const present = COMPARISONS.filter((k) => partners.some((p) => count(p, k) > 0));
  const disputed = partners.map((p) => count(p, 'disputed'));
  const most = leaders(
    partners.map((p) => p.data.name),
    disputed,
  );
  const total = disputed.reduce((n, d) => n + d, 0);
  return {
    kind: 'bar',
    horizontal: true,
    title: 'Agreement with each partner’s reports',
    summary:
      total === 0
        ? 'The reviewers have disputed no partner’s report.'
        : most.tied
          ? `The reviewers disputed ${plural(total, 'report')}, ${most.count} each from ${most.names}.`
          : `The reviewers disputed ${plural(total, 'report')}; most from ${most.names}, with ${most.count}.`,
    categoryLabel: 'Partner',
    categories: partners.map((p) => p.data.name),
    series: [
      ...present.map((k) => ({
        label: COMPARISON_LABELS[k],
        swatch: k,
        values: partners.map((p) => count(p, k)),
        stack: 'reviews',
      })),
      {
        label: 'Not reviewed yet',
        swatch: 'not-reviewed' as const,
        values: partners.map((p) => p.commitments.items.filter((c) => !c.community).length),
        stack: 'reviews',
      },
    ],
    unit: 'commitments',
  };
}

/**
 * The canvas's label for a screen reader: what kind of chart it is and every figure it draws, in
 * words. The caption beside it already gives the title and summary, so they are not said again.
 */
export function chartImageLabel(spec: ChartSpec): string {
  const kind = spec.kind === 'line' ? 'Line chart' : 'Bar chart';
  const figures = spec.categories.map((c, i) =>
    spec.series.length === 1
      ? `${c}: ${spec.series[0]!.values[i] ?? 0}`
      : `${c}: ${spec.series.map((s) => `${s.label.toLowerCase()} ${s.values[i] ?? 0}`).join(', ')}`,
  );
  return `${kind} of ${spec.unit}. ${figures.join('; ')}.`;
}
