// The year's involvement report: every figure for one calendar year, derived from the content,
// with counts of people under 5 withheld and what the content does not record said as such.
import { VERDICTS, type Group, type Verdict } from '../contract/index.ts';
import type { Comparison } from './community.ts';
import type { Entry } from './entries.ts';
import { replyFigures, type ReplyClock, type ReplyFigures } from './replies.ts';
import { wordsIn } from './translations.ts';
import type { CommitmentView, GroupView, InputView, MinutesView } from './views.ts';

/** A count of people: shown as a number, or withheld when it is 1 to 4 and could identify someone. */
export interface PeopleCount {
  n: number;
  withheld: boolean;
  /** Withheld though it is 0 or 5 or more: showing it would let a withheld count be worked out. */
  revealing?: true;
}

/** The under-5 rule: 1 to 4 people could be recognised, so the count is shown as "fewer than 5". */
export function peopleCount(n: number): PeopleCount {
  return { n, withheld: n > 0 && n < 5 };
}

/** The counts among `counts` that are withheld wherever they are shown. */
export const withheldAmong = (counts: readonly number[]): number[] => counts.filter((n) => peopleCount(n).withheld);

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

/**
 * What a reader can tell of the withheld counts inside a total (each 1 to 4): how many there are
 * (each meeting's minutes says "fewer than 5"), and between which numbers their sum must be.
 */
interface Unknowns {
  k: number;
  lo: number;
  hi: number;
}

/** Whether a reader who knows `u` can tell what one of those withheld counts is. */
function pinsOne({ k, lo, hi }: Unknowns): boolean {
  // Each is at least 1 and at most 4, so one of them is between its sum less 4 for each other one
  // and its sum less 1 for each other one: one number only, and it is known.
  return k > 0 && Math.max(1, lo - 4 * (k - 1)) === Math.min(4, hi - (k - 1));
}

/** What a total as shown tells of the withheld counts inside it (`visible`: the rest, added up). */
function unknownsOf(withheld: number, shown: PeopleCount, visible: number): Unknowns {
  if (!shown.withheld) return { k: withheld, lo: shown.n - visible, hi: shown.n - visible };
  // "Not shown to protect another" tells nothing; "fewer than 5" that the total is 1 to 4.
  if (shown.revealing) return { k: withheld, lo: withheld, hi: 4 * withheld };
  return { k: withheld, lo: withheld, hi: Math.min(4 * withheld, 4 - visible) };
}

/** A total withheld because showing it, exactly or as "fewer than 5", would tell a withheld count. */
const protecting = (n: number): PeopleCount => ({ n, withheld: true, revealing: true });

/**
 * A total of counts of people that are each shown elsewhere on their own (each meeting's
 * attendance on its minutes): "fewer than 5" when it is 1 to 4, and not shown at all when what it
 * would say lets a reader work out one of the withheld counts in it (one alone, or four meetings
 * of 1 making "fewer than 5").
 */
export function totalOfPeople(counts: readonly number[]): PeopleCount {
  const withheld = withheldAmong(counts);
  const plain = peopleCount(sum(counts));
  return pinsOne(unknownsOf(withheld.length, plain, sum(counts) - sum(withheld))) ? protecting(plain.n) : plain;
}

/**
 * The total of several groups' counts, beside each group's total as totalOfPeople shows it. A
 * group's total shown exactly already tells its withheld counts' sum; what the grand total adds is
 * the sum of the withheld counts of the groups whose totals are not shown. It is not shown either
 * when that would let a reader work out one of them.
 */
export function grandTotalOfPeople(groups: readonly (readonly number[])[], shown: readonly PeopleCount[]): PeopleCount {
  const plain = peopleCount(sum(groups.map(sum)));
  const open = groups.flatMap((counts, i) => {
    const withheld = withheldAmong(counts);
    return shown[i]!.withheld && withheld.length > 0
      ? [{ ...unknownsOf(withheld.length, shown[i]!, sum(counts) - sum(withheld)), actual: sum(withheld) }]
      : [];
  });
  if (open.length === 0) return plain;
  // What the grand total says of the open groups' withheld counts added up: exactly that, or, as
  // "fewer than 5" (when everything else is 0), 1 to 4.
  const told = sum(open.map((u) => u.actual));
  const [from, to] = plain.withheld ? [1, 4] : [told, told];
  const others = (i: number, side: 'lo' | 'hi') => sum(open.filter((_, j) => j !== i).map((u) => u[side]));
  const pinned = open.some((u, i) =>
    pinsOne({ k: u.k, lo: Math.max(u.lo, from - others(i, 'hi')), hi: Math.min(u.hi, to - others(i, 'lo')) }),
  );
  return pinned ? protecting(plain.n) : plain;
}

export interface GroupYear<G> {
  group: G;
  meetings: number;
  /** People at its meetings, added up (a person who came twice counts twice). */
  attendance: PeopleCount;
  /** Of those, with lived experience, over the meetings that recorded it. */
  livedExperience: PeopleCount;
  /** Attendance at the meetings that recorded lived experience: the share's denominator. */
  livedOf: number;
  /** Meetings that did not record how many had lived experience. */
  livedUnrecorded: number;
}

export interface InvolvementYear<G = GroupView> {
  year: string;
  /** The last day the figures cover: 31 December, or the build day in the current year. */
  to: string;
  complete: boolean;
  groups: GroupYear<G>[];
  meetings: number;
  attendance: PeopleCount;
  livedExperience: PeopleCount;
  livedOf: number;
  livedUnrecorded: number;
  /** Per cent with lived experience, whole number; null when unknown or withheld. */
  livedShare: number | null;
  /** Decision-makers' roles that came, with how many meetings each came to, most first. */
  roles: {
    role: string;
    meetings: number;
    /** Its language, when it is the original's shown in another. */ roleIn?: string;
  }[];
  /** Meetings that recorded no roles. */
  rolesUnrecorded: number;
  inputs: {
    received: number;
    /** Replied to, whether or not the day of the reply was recorded. */
    answered: number;
    actedOn: number;
    notTakenForward: number;
    /** In progress or being considered. */
    open: number;
    replies: ReplyFigures;
  };
  actions: { agreed: number; done: number; dropped: number; open: number };
  commitments: { made: number; delivered: number };
  /** Lived-experience reviews published in the year; absent when the partnership publishes none at all. */
  reviews?: ReviewsYear;
}

/**
 * The year's reviews. A review is a group's published finding, not a person, so its counts are
 * shown as they are: saying 3 reviews were disputed identifies no one. The people who took part
 * are a count of people, so the under-5 rule applies to them.
 */
export interface ReviewsYear {
  published: number;
  /** How many found each verdict, in the contract's order of verdicts, zeros included. */
  byVerdict: { verdict: Verdict; count: number }[];
  /** Found less done than the partner had reported by the review's day (community.ts compares them). */
  disputed: number;
  /** The partner has replied to them. */
  replied: number;
  /** People with lived experience who took part, over the reviews that recorded it. */
  participants: PeopleCount;
  /** Reviews that did not record how many took part. */
  participantsUnrecorded: number;
}

/** What the report reads of a review: its own fields and its comparison with the partner's report. */
export interface ReviewFacts {
  data: { date: string; verdict: Verdict; participants?: number; reply?: unknown };
  comparison: Comparison;
}

interface Content<G> {
  groups: readonly G[];
  minutes: readonly (Entry<MinutesView['data']> & { group: G })[];
  inputs: readonly (Entry<InputView['data']> & { clock: ReplyClock })[];
  commitments: readonly Pick<CommitmentView, 'data' | 'state' | 'updates'>[];
  /** Left out, or empty, when the partnership publishes no reviews: the report then says nothing of them. */
  reviews?: readonly ReviewFacts[];
}

const yearOf = (day: string) => day.slice(0, 4);

/** Every year some minutes, input, commitment or review is dated in, oldest first, up to the build day's. */
export function involvementYears(
  content: Pick<Content<unknown>, 'minutes' | 'inputs' | 'commitments' | 'reviews'>,
  today: string,
): string[] {
  const days = [
    ...content.minutes.map((m) => m.data.date),
    ...content.inputs.map((i) => i.data.received),
    ...content.commitments.map((c) => c.data.made),
    ...(content.reviews ?? []).map((r) => r.data.date),
  ].filter((d) => d <= today);
  return [...new Set(days.map(yearOf))].sort();
}

/** The day a delivered commitment was delivered: its first update in the run of delivered updates that ends now. */
function deliveredOn(c: Pick<CommitmentView, 'state' | 'updates'>): string | undefined {
  if (c.state.status !== 'delivered') return undefined;
  let day: string | undefined;
  for (const u of c.updates.items) {
    // Newest first: walk back while delivered.
    if (u.data.status !== 'delivered') break;
    day = u.data.date;
  }
  return day;
}

/** The reviews published in a year (those `inYear` accepts), counted. */
export function reviewsYear(reviews: readonly ReviewFacts[], inYear: (day: string) => boolean): ReviewsYear {
  const own = reviews.filter((r) => inYear(r.data.date));
  const counted = own.filter((r) => r.data.participants !== undefined);
  return {
    published: own.length,
    byVerdict: VERDICTS.map((verdict) => ({ verdict, count: own.filter((r) => r.data.verdict === verdict).length })),
    disputed: own.filter((r) => r.comparison === 'disputed').length,
    replied: own.filter((r) => r.data.reply !== undefined).length,
    participants: totalOfPeople(counted.map((r) => r.data.participants!)),
    participantsUnrecorded: own.length - counted.length,
  };
}

export function involvementYear<G extends Entry<Group>>(
  content: Content<G>,
  year: string,
  today: string,
): InvolvementYear<G> {
  const end = `${year}-12-31`;
  const to = end < today ? end : today;
  const inYear = (day: string) => yearOf(day) === year && day <= today;
  const minutes = content.minutes.filter((m) => inYear(m.data.date));
  const attended = (ms: typeof minutes) => ms.map((m) => m.data.attendance.total);
  const livedAt = (ms: typeof minutes) =>
    ms.flatMap((m) => (m.data.attendance.livedExperience === undefined ? [] : [m.data.attendance.livedExperience]));
  const groupYear = (ms: typeof minutes) => {
    const lived = ms.filter((m) => m.data.attendance.livedExperience !== undefined);
    return {
      meetings: ms.length,
      attendance: totalOfPeople(attended(ms)),
      livedExperience: totalOfPeople(livedAt(ms)),
      livedOf: lived.reduce((n, m) => n + m.data.attendance.total, 0),
      livedUnrecorded: ms.length - lived.length,
    };
  };
  const groups = content.groups.map((group) => {
    const own = minutes.filter((m) => m.group === group);
    return { group, own, ...groupYear(own) };
  });
  const all = {
    ...groupYear(minutes),
    attendance: grandTotalOfPeople(
      groups.map((g) => attended(g.own)),
      groups.map((g) => g.attendance),
    ),
    livedExperience: grandTotalOfPeople(
      groups.map((g) => livedAt(g.own)),
      groups.map((g) => g.livedExperience),
    ),
  };
  const roleCounts = new Map<string, number>();
  const roleIn = new Map<string, string>();
  for (const m of minutes) {
    const roles = m.data.attendance.roles ?? [];
    for (const r of new Set(roles)) roleCounts.set(r, (roleCounts.get(r) ?? 0) + 1);
    roles.forEach((r, i) => {
      const lang = wordsIn(m.translation, `attendance.roles.${i}`);
      if (lang) roleIn.set(r, lang);
    });
  }
  const inputs = content.inputs.filter((i) => inYear(i.data.received));
  const actions = minutes.flatMap((m) => m.data.actions ?? []);
  return {
    year,
    to,
    complete: to === end,
    groups: groups.map(({ own: _, ...group }) => group),
    ...all,
    livedShare:
      all.livedOf === 0 || all.livedExperience.withheld
        ? null
        : Math.round((100 * all.livedExperience.n) / all.livedOf),
    roles: [...roleCounts]
      .map(([role, meetings]) => ({ role, meetings, ...(roleIn.has(role) ? { roleIn: roleIn.get(role)! } : {}) }))
      .sort((a, b) => b.meetings - a.meetings || a.role.localeCompare(b.role)),
    rolesUnrecorded: minutes.filter((m) => !m.data.attendance.roles?.length).length,
    inputs: {
      received: inputs.length,
      answered: inputs.filter((i) => i.clock.state !== 'waiting').length,
      actedOn: inputs.filter((i) => i.data.outcome === 'acted-on').length,
      notTakenForward: inputs.filter((i) => i.data.outcome === 'not-taken-forward').length,
      open: inputs.filter((i) => i.data.outcome === 'in-progress' || i.data.outcome === 'considering').length,
      replies: replyFigures(inputs.map((i) => i.clock)),
    },
    actions: {
      agreed: actions.length,
      done: actions.filter((a) => a.status === 'done').length,
      dropped: actions.filter((a) => a.status === 'dropped').length,
      open: actions.filter((a) => a.status === 'open').length,
    },
    commitments: {
      made: content.commitments.filter((c) => inYear(c.data.made)).length,
      delivered: content.commitments.filter((c) => {
        const on = deliveredOn(c);
        return on !== undefined && inYear(on);
      }).length,
    },
    ...(content.reviews?.length ? { reviews: reviewsYear(content.reviews, inYear) } : {}),
  };
}
