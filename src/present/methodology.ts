// The methodology page's words, written from the constants and functions the site itself uses to
// work things out, so the page cannot say one thing while the code does another. Each section has
// its own id and heading; a new rule gets a section of its own here.
import { UPDATE_STATUSES } from '../contract/index.ts';
import { addDays, addMonths } from '../model/days.ts';
import { overdueSince } from '../model/history.ts';
import { COMMITMENT_STATUSES, FINAL_STATUSES, STALE_AFTER_MONTHS, isFinal, staleDays } from '../model/status.ts';
import { UPDATES_PER_PAGE } from '../model/lists.ts';
import { actionsChart, promisesChart, waitingChart, WAIT_BANDS } from './charts.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';

export interface MethodSection {
  /** The section's id on the page, for links to it. */
  id: string;
  heading: string;
  paragraphs: string[];
  /** A list after the paragraphs, when the section has one. */
  list?: string[];
}

const quoted = (m: Messages, s: string) => m.t('method.quoted', { words: s });
/** Statuses in quotes, as one of them: “Delivered”, “Partly delivered” or “Withdrawn”. */
const statusWords = (m: Messages, list: readonly string[]) =>
  m.list(
    list.map((s) => quoted(m, labels(m).status[s as keyof ReturnType<typeof labels>['status']])),
    'or',
  );
const lower = (m: Messages, s: string) => s.toLocaleLowerCase(m.lang);

/** A worked example of the overdue rule, from the rule itself. */
function overdueExample(m: Messages): string {
  const due = '2026-03-31';
  const since = overdueSince(due, 'in-progress', '2026-12-31')!;
  return m.t('method.overdueExample', {
    due: m.date(due),
    inProgress: lower(m, labels(m).status['in-progress']),
    since: m.date(since),
    delivered: lower(m, labels(m).status.delivered),
  });
}

/** A worked example of the stale rule: the first day an update on 31 January is too old. */
function staleExample(m: Messages): string {
  const last = '2026-01-31';
  let day = addMonths(last, STALE_AFTER_MONTHS);
  while (staleDays('2025-06-01', last, 'in-progress', day) === null) day = addDays(day, 1);
  return m.t('method.staleExample', { last: m.date(last), day: m.date(day) });
}

export function methodologySections(m: Messages, today: string): MethodSection[] {
  const open = UPDATE_STATUSES.filter((s) => !isFinal(s));
  const status = labels(m).status;
  return [
    {
      id: 'statuses',
      heading: m.t('method.statusesHeading'),
      paragraphs: [
        m.t('method.statusesUpdates'),
        m.t('method.statusesLatest'),
        m.t('method.statusesNoUpdate', {
          noUpdate: quoted(m, status['no-update']),
          notStarted: quoted(m, status['not-started']),
        }),
        m.t('method.statusesBuilt', { date: m.date(today) }),
        m.t('method.statusesList'),
      ],
      list: COMMITMENT_STATUSES.map((s) => status[s]),
    },
    {
      id: 'final',
      heading: m.t('method.finalHeading'),
      paragraphs: [
        m.t('method.finalWhen', { statuses: statusWords(m, FINAL_STATUSES) }),
        m.t('method.finalOpen', { statuses: statusWords(m, ['no-update', ...open]) }),
      ],
    },
    {
      id: 'overdue',
      heading: labels(m).flag.overdue,
      paragraphs: [m.t('method.overdueWhen'), overdueExample(m), m.t('method.overdueDays')],
    },
    {
      id: 'stale',
      heading: labels(m).flag.stale,
      paragraphs: [m.t('method.staleWhen', { months: STALE_AFTER_MONTHS }), staleExample(m), m.t('method.staleFlags')],
    },
    {
      id: 'charts',
      heading: m.t('method.chartsHeading'),
      paragraphs: [m.t('method.chartsTable')],
      list: [
        m.t('method.chartsStatus'),
        m.t('method.chartsCompared'),
        m.t('method.chartsPromises', {
          title: promisesChart(m, [], today).title,
          delivered: lower(m, status.delivered),
        }),
        m.t('method.chartsProgress'),
        m.t('method.chartsOutcomes'),
        m.t('method.chartsActions', {
          title: actionsChart(m, [], []).title,
          statuses: m.list(
            Object.values(labels(m).action).map((l) => lower(m, l)),
            'and',
          ),
        }),
        m.t('method.chartsWaiting', {
          title: waitingChart(m, []).title,
          bands: m.list(
            WAIT_BANDS.map((b) => lower(m, m.t(b.key))),
            'and',
          ),
        }),
      ],
    },
    {
      id: 'dates',
      heading: m.t('method.datesHeading'),
      paragraphs: [
        m.t('method.datesFeeds'),
        m.t('method.datesCalendars'),
        m.t('method.datesOpenData', { date: m.date(today), perPage: UPDATES_PER_PAGE }),
      ],
    },
  ];
}
