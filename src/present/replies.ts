// The words of the response clock and of the year's involvement report, and the report's tables,
// which the page and its CSV both print, so they cannot disagree.
import { stringify } from 'csv-stringify/sync';
import type { ReplyBand, ReplyClock, ReplyFigures } from '../model/replies.ts';
import { peopleCount, type InvolvementYear, type PeopleCount, type ReviewsYear } from '../model/involvement.ts';
import type { Entry } from '../model/entries.ts';
import type { Group } from '../contract/index.ts';
import type { ChartSpec } from './charts.ts';
import { labels } from './labels.ts';
import { wordsIn } from '../model/translations.ts';
import type { Messages } from './messages.ts';

/** A band of working days in words: up to 5, 6 to 10, more than 40. */
export function replyBandLabel(m: Messages, band: Pick<ReplyBand, 'from' | 'upTo'>): string {
  if (band.upTo === undefined) return m.t('replies.bandMore', { than: band.from - 1 });
  if (band.from === 0) return m.t('replies.bandUpTo', { upTo: band.upTo });
  return m.t('replies.bandBetween', { from: band.from, upTo: band.upTo });
}

/** Short, for lists: "Waiting for a reply: 32 working days". */
export function waitingLabel(m: Messages, clock: ReplyClock): string | undefined {
  return clock.state === 'waiting' ? m.t('replies.waiting', { days: clock.workingDays }) : undefined;
}

/** Whether to flag it: past the promise with no reply. */
export function pastStandard(clock: ReplyClock): boolean {
  return clock.state === 'waiting' && clock.pastBy !== null;
}

/** The sentence a member reads on an input's page. */
export function clockSentence(m: Messages, clock: ReplyClock): string {
  switch (clock.state) {
    case 'waiting':
      return clock.pastBy !== null
        ? m.t('replies.waitingPast', { past: clock.pastBy, standard: clock.standard })
        : m.t('replies.waitingWithin', { days: clock.workingDays, standard: clock.standard, date: m.date(clock.due) });
    case 'answered':
      return clock.late !== null
        ? m.t('replies.answeredLate', {
            date: m.date(clock.on),
            days: clock.workingDays,
            late: clock.late,
            standard: clock.standard,
          })
        : m.t('replies.answeredOnTime', { date: m.date(clock.on), days: clock.workingDays, standard: clock.standard });
    case 'unrecorded':
      return m.t('replies.unrecorded');
  }
}

/** A median reply time in words, or that there is none to give. */
export function medianWords(m: Messages, median: number | null): string {
  return median === null ? m.t('replies.noMedian') : m.t('replies.workingDays', { days: median });
}

/** A count of people as the report shows it. */
export function people(m: Messages, count: PeopleCount): string {
  if (!count.withheld) return m.number(count.n);
  if (!count.between) return m.t('replies.fewerThanFive');
  const [from, to] = count.between;
  return m.t('replies.between', { from: m.number(from), to: m.number(to) });
}

/**
 * How many of the people who came to a meeting have lived experience, in words: "12 of 20", or the
 * count alone when the total is fewer than 5, where "of fewer than 5" would tell a reader nothing.
 */
export function livedOfWords(m: Messages, lived: number, total: number): string {
  const came = peopleCount(total);
  const them = people(m, peopleCount(lived));
  return came.withheld ? them : m.t('minutes.livedOf', { lived: them, total: people(m, came) });
}

/** How many people with lived experience took part in a review, in words: "fewer than 5" for 1 to 4. */
export function participantsWords(m: Messages, form: 'reviews' | 'verdict', n: number): string {
  if (!peopleCount(n).withheld) return m.t(`${form}.participants`, { count: n });
  return m.t(form === 'reviews' ? 'reviews.participantsFewerThanFive' : 'verdict.participantsFewerThanFive');
}

/** The chart of reply times, with its table. */
export function replyTimesChart(m: Messages, bands: ReplyBand[], standard: number): ChartSpec {
  const answered = bands.reduce((n, b) => n + b.answered, 0);
  const waiting = bands.reduce((n, b) => n + b.waiting, 0);
  return {
    kind: 'bar',
    horizontal: true,
    title: m.t('replies.chartTitle'),
    summary:
      answered + waiting === 0
        ? m.t('replies.chartEmpty')
        : m.t('replies.chartSummary', { answered, waiting, standard }),
    categoryLabel: m.t('replies.chartCategory'),
    categories: bands.map((b) => replyBandLabel(m, b)),
    series: [
      {
        label: m.t('replies.chartReplied'),
        swatch: 'acted-on',
        values: bands.map((b) => b.answered),
        stack: 'replies',
      },
      {
        label: m.t('replies.chartWaiting'),
        swatch: 'awaiting-response',
        values: bands.map((b) => b.waiting),
        stack: 'replies',
      },
    ],
    unit: m.t('replies.chartUnit'),
  };
}

/** One table of figures: a title, column headings, rows of cells as shown. */
export interface FigureTable {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** The language of each row's first cell, where it is not the page's (a role in its original words). */
  rowsIn?: (string | undefined)[];
}

/** The columns of a reply-figures table, after its first. */
export function replyColumns(m: Messages): string[] {
  return [
    m.t('replies.received'),
    m.t('replies.onTime'),
    m.t('replies.late'),
    m.t('replies.dayNotRecorded'),
    m.t('replies.stillWaiting'),
    m.t('replies.medianTime'),
  ];
}

export function replyRow(m: Messages, label: string, f: ReplyFigures): string[] {
  return [
    label,
    m.number(f.received),
    m.number(f.onTime),
    m.number(f.late),
    m.number(f.unrecorded),
    m.number(f.waiting),
    medianWords(m, f.median),
  ];
}

/** Every table of a year's report, in the page's order. */
export function involvementTables<G extends Entry<Group>>(m: Messages, y: InvolvementYear<G>): FigureTable[] {
  const n = (count: number) => m.number(count);
  const notRecorded = m.t('replies.notRecorded');
  const number = m.t('replies.number');
  return [
    {
      id: 'meetings',
      title: m.t('replies.meetingsTitle'),
      columns: [m.t('replies.group'), m.t('replies.meetings'), m.t('replies.peopleWhoCame'), m.t('replies.withLived')],
      rows: [
        ...y.groups.map((g) => [
          g.group.data.name,
          n(g.meetings),
          people(m, g.attendance),
          g.livedOf === 0 ? notRecorded : people(m, g.livedExperience),
        ]),
        [
          m.t('replies.allGroups'),
          n(y.meetings),
          people(m, y.attendance),
          y.livedOf === 0 ? notRecorded : people(m, y.livedExperience),
        ],
      ],
      rowsIn: [...y.groups.map((g) => wordsIn(g.group.translation, 'name')), undefined],
    },
    {
      id: 'roles',
      title: m.t('replies.rolesTitle'),
      columns: [m.t('replies.role'), m.t('replies.meetingsTheyCameTo')],
      rows: y.roles.map((r) => [r.role, n(r.meetings)]),
      rowsIn: y.roles.map((r) => r.roleIn),
    },
    {
      id: 'inputs',
      title: m.t('replies.inputsTitle'),
      columns: [m.t('replies.whatHappened'), number],
      rows: [
        [m.t('replies.received'), n(y.inputs.received)],
        [m.t('replies.repliedTo'), n(y.inputs.answered)],
        [labels(m).outcome['acted-on'], n(y.inputs.actedOn)],
        [m.t('replies.openInputs'), n(y.inputs.open)],
        [labels(m).outcome['not-taken-forward'], n(y.inputs.notTakenForward)],
        [m.t('replies.stillWaitingForReply'), n(y.inputs.replies.waiting)],
      ],
    },
    {
      id: 'replies',
      title: m.t('replies.repliesTitle'),
      columns: [m.t('youSaid.year'), ...replyColumns(m)],
      rows: [replyRow(m, m.t('replies.receivedIn', { year: String(y.year) }), y.inputs.replies)],
    },
    {
      id: 'actions',
      title: m.t('replies.actionsTitle'),
      columns: [m.t('replies.actions'), number],
      rows: [
        [m.t('replies.agreed'), n(y.actions.agreed)],
        [labels(m).action.done, n(y.actions.done)],
        [labels(m).action.dropped, n(y.actions.dropped)],
        [m.t('replies.stillOpen'), n(y.actions.open)],
      ],
    },
    {
      id: 'commitments',
      title: m.t('replies.commitments'),
      columns: [m.t('replies.commitments'), number],
      rows: [
        [m.t('replies.made'), n(y.commitments.made)],
        [m.t('replies.deliveredInYear'), n(y.commitments.delivered)],
      ],
    },
    ...(y.reviews ? [reviewsTable(m, y.reviews)] : []),
  ];
}

/** The year's lived-experience reviews: only for a partnership that publishes reviews. */
function reviewsTable(m: Messages, r: ReviewsYear): FigureTable {
  return {
    id: 'reviews',
    title: m.t('replies.reviewsTitle'),
    columns: [m.t('replies.reviews'), m.t('replies.number')],
    rows: [
      [m.t('replies.published'), m.number(r.published)],
      ...r.byVerdict.map(({ verdict, count }) => [
        m.t('replies.verdict', { verdict: labels(m).verdict[verdict] }),
        m.number(count),
      ]),
      [m.t('replies.disputed'), m.number(r.disputed)],
      [m.t('replies.partnerReplied'), m.number(r.replied)],
      [
        m.t('replies.participants'),
        r.published > r.participantsUnrecorded ? people(m, r.participants) : m.t('replies.notRecorded'),
      ],
    ],
  };
}

/** What a year's figures cover and what they do not know, as the page says it above and below its tables. */
export function involvementNotes<G extends Entry<Group>>(
  m: Messages,
  y: InvolvementYear<G>,
  partnership: string,
): string[] {
  return [
    m.t('involvement.yearHeading', { year: y.year }),
    m.t('involvement.yearIntro', { partnership, date: m.date(y.to) }),
    ...(y.livedShare !== null ? [m.t('involvement.livedShare', { share: y.livedShare })] : []),
    ...unknowns(m, y),
  ];
}

/** What the year's figures do not know, in sentences; none when they know everything they show. */
export function unknowns<G extends Entry<Group>>(m: Messages, y: InvolvementYear<G>): string[] {
  const year = String(y.year);
  return [
    ...(y.complete ? [] : [m.t('replies.yearNotOver', { year, date: m.date(y.to) })]),
    ...(y.meetings === 0 ? [m.t('replies.noMinutes', { year })] : []),
    ...(y.livedUnrecorded > 0 ? [m.t('replies.livedUnrecorded', { count: y.livedUnrecorded })] : []),
    ...(y.rolesUnrecorded > 0 ? [m.t('replies.rolesUnrecorded', { count: y.rolesUnrecorded })] : []),
    ...(y.rolesWithheld > 0 ? [m.t('replies.rolesWithheld', { count: y.rolesWithheld })] : []),
    ...(y.inputs.replies.unrecorded > 0
      ? [m.t('replies.replyDaysUnrecorded', { count: y.inputs.replies.unrecorded })]
      : []),
    ...(y.reviews && y.reviews.published > 0 ? [m.t('replies.disputingMeans')] : []),
    ...(y.reviews && y.reviews.participantsUnrecorded > 0
      ? [m.t('replies.participantsUnrecorded', { count: y.reviews.participantsUnrecorded })]
      : []),
    m.t('replies.countedAtEach'),
    ...(y.reviews && y.reviews.published > 0 ? [m.t('replies.countedAtEachReview')] : []),
  ];
}

/**
 * Tables as CSV (RFC 4180, through csv-stringify): every cell quoted, lines ended CRLF, a text a
 * spreadsheet would run as a formula (=, +, - or @ first) marked as text with an apostrophe, as the
 * open data's are. `notes` come first, a line each (what the figures cover and what they do not
 * know), so they travel with the figures into a spreadsheet.
 */
export function toCsv(tables: FigureTable[], notes: string[] = []): string {
  const block = (records: string[][]) =>
    stringify(records, { quoted: true, record_delimiter: 'windows', escape_formulas: true });
  return [
    ...(notes.length ? [block(notes.map((note) => [note]))] : []),
    ...tables.map((t) => block([[t.title], t.columns, ...t.rows])),
  ].join('\r\n');
}
