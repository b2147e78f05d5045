// The methodology page's words, written from the constants and functions the site itself uses to
// work things out, so the page cannot say one thing while the code does another. Each section has
// its own id and heading; a new rule gets a section of its own here.
import { UPDATE_STATUSES } from '../contract/index.ts';
import { addDays, addMonths, formatDate } from '../model/days.ts';
import { overdueSince } from '../model/history.ts';
import { COMMITMENT_STATUSES, FINAL_STATUSES, STALE_AFTER_MONTHS, isFinal, staleDays } from '../model/status.ts';
import { UPDATES_PER_PAGE } from '../model/lists.ts';
import { actionsChart, promisesChart, waitingChart, WAIT_BANDS } from './charts.ts';
import { ACTION_LABELS, STATUS_LABELS } from './labels.ts';
import { plural } from './plural.ts';

export interface MethodSection {
  /** The section's id on the page, for links to it. */
  id: string;
  heading: string;
  paragraphs: string[];
  /** A list after the paragraphs, when the section has one. */
  list?: string[];
}

const quoted = (s: string) => `“${s}”`;
const words = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
const statusWords = (list: readonly string[]) =>
  words(list.map((s) => quoted(STATUS_LABELS[s as keyof typeof STATUS_LABELS])));

/** A worked example of the overdue rule, from the rule itself. */
function overdueExample(): string {
  const due = '2026-03-31';
  const since = overdueSince(due, 'in-progress', '2026-12-31')!;
  return `For example, a commitment due by ${formatDate(due)} that is still ${STATUS_LABELS['in-progress'].toLowerCase()} counts as overdue from ${formatDate(since)}; one that was ${STATUS_LABELS.delivered.toLowerCase()} by then never does.`;
}

/** A worked example of the stale rule: the first day an update on 31 January is too old. */
function staleExample(): string {
  const last = '2026-01-31';
  let day = addMonths(last, STALE_AFTER_MONTHS);
  while (staleDays('2025-06-01', last, 'in-progress', day) === null) day = addDays(day, 1);
  return `For example, a commitment last updated on ${formatDate(last)} has no recent update from ${formatDate(day)}, unless another update comes first.`;
}

export function methodologySections(today: string): MethodSection[] {
  const open = UPDATE_STATUSES.filter((s) => !isFinal(s));
  return [
    {
      id: 'statuses',
      heading: 'Where a commitment stands',
      paragraphs: [
        'Partners report on each commitment in updates. Each update gives the commitment’s status on its date.',
        'A commitment’s current status is the status of its latest update, by the update’s date. When two updates have the same date, they must give the same status.',
        `A commitment with no update yet shows ${quoted(STATUS_LABELS['no-update'])}. That is not the same as ${quoted(STATUS_LABELS['not-started'])}: it means the partner has not told us anything yet.`,
        `Statuses are worked out on the day the site is built. These pages were built on ${formatDate(today)}. An update dated after that day is not counted until that day comes.`,
        'Every status the site shows, in the order it lists them:',
      ],
      list: COMMITMENT_STATUSES.map((s) => STATUS_LABELS[s]),
    },
    {
      id: 'final',
      heading: 'Finished commitments',
      paragraphs: [
        `A commitment is finished when its status is ${statusWords(FINAL_STATUSES)}. A finished commitment is never overdue and never short of updates.`,
        `Commitments that are ${statusWords(['no-update', ...open])} are still open.`,
      ],
    },
    {
      id: 'overdue',
      heading: 'Overdue',
      paragraphs: [
        'A commitment is overdue when its due date has passed and it is not finished. It counts as overdue from the day after its due date. A commitment with no due date is never overdue.',
        overdueExample(),
        'The number of days overdue is counted from the due date to the day the site was built. The overdue feed lists each commitment on the day it became overdue.',
      ],
    },
    {
      id: 'stale',
      heading: 'No recent update',
      paragraphs: [
        `A commitment has no recent update when it is not finished and its latest update is more than ${plural(STALE_AFTER_MONTHS, 'month')} old. When it has had no update at all, the ${plural(STALE_AFTER_MONTHS, 'month')} count from the day it was made.`,
        staleExample(),
        'Overdue and no recent update are flags on top of a status: a commitment can be in progress, overdue and short of updates all at once, and it is counted under its status as well.',
      ],
    },
    {
      id: 'charts',
      heading: 'How the charts are worked out',
      paragraphs: [
        'Every chart has a table beside it with the same numbers, and a sentence that says what it shows. The numbers come from the same statuses and flags as the rest of the site.',
      ],
      list: [
        'Where every commitment stands: how many commitments have each status now, and how many are overdue whatever their status.',
        'Partners and aims compared: the same counts for each partner, or for each aim of the vision, side by side.',
        `${promisesChart([], today).title}: for each month, how many commitments had passed their due date by the end of it, and how many had been delivered. A commitment counts as delivered from the first of the run of ${STATUS_LABELS.delivered.toLowerCase()} updates it ends with, so one marked delivered that then slipped back counts again only once it is delivered again.`,
        'Progress reported at each update: the percentage each update gave, in date order. Updates that gave no figure are left out.',
        'What happened to what people said: how many inputs have each outcome, overall, by topic or over time.',
        `${actionsChart([], []).title}: how many actions each group agreed are ${words(Object.values(ACTION_LABELS).map((l) => l.toLowerCase()))}.`,
        `${waitingChart([]).title}: open actions counted by the days since the meeting that set them, in bands: ${words(WAIT_BANDS.map((b) => b.label.toLowerCase()))}.`,
      ],
    },
    {
      id: 'dates',
      heading: 'Dates in feeds, calendars and open data',
      paragraphs: [
        'Every entry in a feed is dated the day it happened: an update its own date, a meeting its day, a commitment its day made, an action the day it was agreed and the day it closed, a lived-experience review the day the group agreed it and the partner’s reply the day it was given, and an overdue commitment the day after its due date. An update that changed a commitment’s status says from which status to which. Nothing is dated the day the site was built.',
        'Calendars list each group’s next meeting and its past meetings. Meetings are all-day events, since the minutes do not give times.',
        `The open data gives every field as it was written, with the statuses and flags above worked out on ${formatDate(today)}. The list of updates shows ${UPDATES_PER_PAGE} a page.`,
      ],
    },
  ];
}
