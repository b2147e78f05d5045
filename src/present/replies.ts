// The words of the response clock and of the year's involvement report, and the report's tables,
// which the page and its CSV both print, so they cannot disagree.
import type { ReplyClock, ReplyFigures } from '../model/replies.ts';
import type { InvolvementYear, PeopleCount, ReviewsYear } from '../model/involvement.ts';
import { formatDate } from '../model/days.ts';
import type { Entry } from '../model/entries.ts';
import type { Group } from '../contract/index.ts';
import type { ChartSpec } from './charts.ts';
import { VERDICT_LABELS } from './labels.ts';
import { plural, pluralWord } from './plural.ts';

const wd = (n: number) => plural(n, 'working day');

/** Short, for lists: "Waiting for a reply: 32 working days". */
export function waitingLabel(clock: ReplyClock): string | undefined {
  return clock.state === 'waiting' ? `Waiting for a reply: ${wd(clock.workingDays)}` : undefined;
}

/** The link from /you-said/ to every input waiting for a reply. */
export function seeAllWaiting(count: number): string {
  return `See all ${plural(count, 'thing')} people told us that ${pluralWord(count, 'is', 'are')} waiting for a reply`;
}

/** How many are waiting for a reply, for the top of their pages. */
export function waitingCount(count: number): string {
  return `${plural(count, 'thing')} people told us ${pluralWord(count, 'is', 'are')} waiting for a reply, longest waiting first.`;
}

/** The title of a page of the inputs waiting for a reply: the page's number after the first. */
export function waitingPageTitle(page: { number: number; last: number }): string {
  return page.number === 1 ? 'Waiting for a reply' : `Waiting for a reply, page ${page.number} of ${page.last}`;
}

/** Whether to flag it: past the promise with no reply. */
export function pastStandard(clock: ReplyClock): boolean {
  return clock.state === 'waiting' && clock.pastBy !== null;
}

/** The sentence a member reads on an input's page. */
export function clockSentence(clock: ReplyClock): string {
  switch (clock.state) {
    case 'waiting':
      return clock.pastBy !== null
        ? `We have not replied yet. We are ${wd(clock.pastBy)} past the ${wd(clock.standard)} we promised.`
        : `We have not replied yet. It has been ${wd(clock.workingDays)}; we promised to reply within ${wd(clock.standard)}, by ${formatDate(clock.due)}.`;
    case 'answered':
      return clock.late !== null
        ? `We replied on ${formatDate(clock.on)}, after ${wd(clock.workingDays)}: ${wd(clock.late)} later than the ${wd(clock.standard)} we promised.`
        : `We replied on ${formatDate(clock.on)}, after ${wd(clock.workingDays)}, within the ${wd(clock.standard)} we promised.`;
    case 'unrecorded':
      return 'We replied, but did not record the day we did.';
  }
}

/** A median reply time in words, or that there is none to give. */
export function medianWords(median: number | null): string {
  return median === null ? 'No replies with a date yet' : wd(median);
}

/** A count of people as the report shows it. */
export function people(count: PeopleCount): string {
  return count.withheld ? 'fewer than 5' : String(count.n);
}

/** The chart of reply times, with its table. */
export function replyTimesChart(
  bands: { label: string; answered: number; waiting: number }[],
  standard: number,
): ChartSpec {
  const answered = bands.reduce((n, b) => n + b.answered, 0);
  const waiting = bands.reduce((n, b) => n + b.waiting, 0);
  return {
    kind: 'bar',
    horizontal: true,
    title: 'How long replies take',
    summary:
      answered + waiting === 0
        ? 'Nothing has been recorded yet.'
        : `${plural(answered, 'reply', 'replies')} with a date, and ${waiting} still waiting, by working days since it was said; we promise a reply within ${wd(standard)}.`,
    categoryLabel: 'Working days',
    categories: bands.map((b) => b.label),
    series: [
      { label: 'Replied', swatch: 'acted-on', values: bands.map((b) => b.answered), stack: 'replies' },
      { label: 'Still waiting', swatch: 'awaiting-response', values: bands.map((b) => b.waiting), stack: 'replies' },
    ],
    unit: 'things people said',
  };
}

/** One table of figures: a title, column headings, rows of cells as shown. */
export interface FigureTable {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
}

/** The columns of a reply-figures table, after its first. */
export const REPLY_COLUMNS = [
  'Received',
  'Replied on time',
  'Replied late',
  'Reply day not recorded',
  'Still waiting',
  'Median reply time',
];

export function replyRow(label: string, f: ReplyFigures): string[] {
  return [
    label,
    String(f.received),
    String(f.onTime),
    String(f.late),
    String(f.unrecorded),
    String(f.waiting),
    medianWords(f.median),
  ];
}

/** Every table of a year's report, in the page's order. */
export function involvementTables<G extends Entry<Group>>(y: InvolvementYear<G>): FigureTable[] {
  return [
    {
      id: 'meetings',
      title: 'Meetings and who came',
      columns: ['Group', 'Meetings', 'People who came', 'With lived experience'],
      rows: [
        ...y.groups.map((g) => [
          g.group.data.name,
          String(g.meetings),
          people(g.attendance),
          g.livedOf === 0 ? 'Not recorded' : people(g.livedExperience),
        ]),
        [
          'All groups',
          String(y.meetings),
          people(y.attendance),
          y.livedOf === 0 ? 'Not recorded' : people(y.livedExperience),
        ],
      ],
    },
    {
      id: 'roles',
      title: 'Decision-makers who came',
      columns: ['Role', 'Meetings they came to'],
      rows: y.roles.map((r) => [r.role, String(r.meetings)]),
    },
    {
      id: 'inputs',
      title: 'What people told us',
      columns: ['What happened', 'Number'],
      rows: [
        ['Received', String(y.inputs.received)],
        ['Replied to', String(y.inputs.answered)],
        ['Acted on', String(y.inputs.actedOn)],
        ['In progress or being considered', String(y.inputs.open)],
        ['Not taken forward', String(y.inputs.notTakenForward)],
        ['Still waiting for a reply', String(y.inputs.replies.waiting)],
      ],
    },
    {
      id: 'replies',
      title: 'How quickly we replied',
      columns: ['', ...REPLY_COLUMNS],
      rows: [replyRow(`Received in ${y.year}`, y.inputs.replies)],
    },
    {
      id: 'actions',
      title: 'Actions agreed at meetings',
      columns: ['Actions', 'Number'],
      rows: [
        ['Agreed', String(y.actions.agreed)],
        ['Done', String(y.actions.done)],
        ['Dropped', String(y.actions.dropped)],
        ['Still open', String(y.actions.open)],
      ],
    },
    {
      id: 'commitments',
      title: 'Commitments',
      columns: ['Commitments', 'Number'],
      rows: [
        ['Made', String(y.commitments.made)],
        ['Delivered', String(y.commitments.delivered)],
      ],
    },
    ...(y.reviews ? [reviewsTable(y.reviews)] : []),
  ];
}

/** The year's lived-experience reviews: only for a partnership that publishes reviews. */
function reviewsTable(r: ReviewsYear): FigureTable {
  return {
    id: 'reviews',
    title: 'Reviews by people with lived experience',
    columns: ['Reviews', 'Number'],
    rows: [
      ['Published', String(r.published)],
      ...r.byVerdict.map(({ verdict, count }) => [`Verdict: ${VERDICT_LABELS[verdict]}`, String(count)]),
      ['Disputed the partner’s report', String(r.disputed)],
      ['The partner has replied', String(r.replied)],
      [
        'People with lived experience who took part',
        r.published > r.participantsUnrecorded ? people(r.participants) : 'Not recorded',
      ],
    ],
  };
}

/** What the year's figures do not know, in sentences; none when they know everything they show. */
export function unknowns<G extends Entry<Group>>(y: InvolvementYear<G>): string[] {
  return [
    ...(y.complete ? [] : [`${y.year} is not over: these figures run to ${formatDate(y.to)}.`]),
    ...(y.meetings === 0 ? [`No minutes of meetings were published for ${y.year}.`] : []),
    ...(y.livedUnrecorded > 0
      ? [
          `${plural(y.livedUnrecorded, 'meeting')} did not record how many people with lived experience came, so the share is of the other meetings only.`,
        ]
      : []),
    ...(y.rolesUnrecorded > 0
      ? [`${plural(y.rolesUnrecorded, 'meeting')} did not record which decision-makers came.`]
      : []),
    ...(y.inputs.replies.unrecorded > 0
      ? [`For ${plural(y.inputs.replies.unrecorded, 'thing')} people told us, we did not record the day we replied.`]
      : []),
    ...(y.reviews && y.reviews.published > 0
      ? [
          'A review counts as disputing the partner’s report when the reviewers found less done than the partner had reported by the day of the review; the partner may have reported again since.',
        ]
      : []),
    ...(y.reviews && y.reviews.participantsUnrecorded > 0
      ? [`${plural(y.reviews.participantsUnrecorded, 'review')} did not record how many people took part.`]
      : []),
    'People who came to more than one meeting are counted at each one. Where fewer than 5 people are counted, the number is not shown, so that no one can be recognised.',
  ];
}

/** A table as CSV (RFC 4180): every cell quoted, quotes doubled, lines ended CRLF. */
export function toCsv(tables: FigureTable[]): string {
  const line = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  return tables.flatMap((t) => [line([t.title]), line(t.columns), ...t.rows.map(line), '']).join('\r\n');
}
