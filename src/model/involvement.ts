// The year's involvement report: every figure for one calendar year, derived from the content,
// with counts of people under 5 withheld and what the content does not record said as such.
import { VERDICTS, type Group, type Verdict } from '../contract/index.ts';
import type { Comparison } from './community.ts';
import type { Entry } from './entries.ts';
import { replyFigures, type ReplyClock, type ReplyFigures } from './replies.ts';
import { wordsIn } from './translations.ts';
import { deliveredSince, updateFacts } from './status.ts';
import type { CommitmentView, GroupView, InputView, MinutesView } from './views.ts';

/** A count of people: shown as a number, or withheld when it is 1 to 4 and could identify someone. */
export interface PeopleCount {
  n: number;
  withheld: boolean;
  /**
   * For a total with withheld counts in it: the least and the most it can be (each withheld count 1
   * to 4), which is shown instead of `n`.
   */
  between?: [number, number];
}

/** The under-5 rule: 1 to 4 people could be recognised, so the count is shown as "fewer than 5". */
export function peopleCount(n: number): PeopleCount {
  return { n, withheld: n > 0 && n < 5 };
}

/** The counts among `counts` that are withheld wherever they are shown. */
export const withheldAmong = (counts: readonly number[]): number[] => counts.filter((n) => peopleCount(n).withheld);

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

/**
 * A total of counts of people that are each shown elsewhere on their own (each meeting's
 * attendance on its minutes). With a withheld count in it, the exact total would let that count be
 * worked out (the total less the counts shown), from one build or from two builds a meeting apart;
 * and withholding it only when it would could itself tell the count. So such a total is given as
 * the least and the most it can be, from the counts shown and how many are withheld, never from
 * what the withheld counts are: "fewer than 5" when that is 1 to 4.
 */
export function totalOfPeople(counts: readonly number[]): PeopleCount {
  const withheld = withheldAmong(counts).length;
  const count = peopleCount(sum(counts));
  if (withheld === 0) return count;
  const shown = sum(counts.filter((n) => !peopleCount(n).withheld));
  const [least, most] = [shown + withheld, shown + 4 * withheld];
  return most <= 4 ? { ...count, withheld: true } : { ...count, withheld: true, between: [least, most] };
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
  /** Meetings of fewer than 5 people whose roles are left out, as they would tell how many came. */
  rolesWithheld: number;
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
  const all = groupYear(minutes);
  // The share needs both its numbers exactly: with a withheld count in either, it would tell it.
  const recorded = minutes.filter((m) => m.data.attendance.livedExperience !== undefined);
  const shareKnown = !all.livedExperience.withheld && withheldAmong(attended(recorded)).length === 0;
  const roleCounts = new Map<string, number>();
  const roleIn = new Map<string, string>();
  // The roles at a meeting of fewer than 5 people would tell how many came: left out, and said so.
  const rolesShown = (m: (typeof minutes)[number]) => !peopleCount(m.data.attendance.total).withheld;
  for (const m of minutes.filter(rolesShown)) {
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
    groups: content.groups.map((group) => ({ group, ...groupYear(minutes.filter((m) => m.group === group)) })),
    ...all,
    livedShare: all.livedOf === 0 || !shareKnown ? null : Math.round((100 * all.livedExperience.n) / all.livedOf),
    roles: [...roleCounts]
      .map(([role, meetings]) => ({ role, meetings, ...(roleIn.has(role) ? { roleIn: roleIn.get(role)! } : {}) }))
      .sort((a, b) => b.meetings - a.meetings || a.role.localeCompare(b.role)),
    rolesUnrecorded: minutes.filter((m) => !m.data.attendance.roles?.length).length,
    rolesWithheld: minutes.filter((m) => m.data.attendance.roles?.length && !rolesShown(m)).length,
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
        const on = deliveredSince(updateFacts(c.updates.items));
        return on !== undefined && inYear(on);
      }).length,
    },
    ...(content.reviews?.length ? { reviews: reviewsYear(content.reviews, inYear) } : {}),
  };
}
