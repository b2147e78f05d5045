// The read model: from the validated content (and each body's rendered HTML), a view of every
// entry with everything its page shows, and the contents of every list. Built once per build, in
// time linear in the content: each collection is indexed by id and sorted into buckets once, and
// every link is looked up in those, never by searching a whole collection.
import type {
  Checkin,
  Commitment,
  Group,
  Input,
  Minutes,
  Partner,
  Review,
  Site,
  Theme,
  Update,
  Vision,
} from '../contract/index.ts';
import { contentLanguage } from '../contract/index.ts';
import { orderActions } from './actions.ts';
import { linksInLanguage } from './body-links.ts';
import { changesSince, snapshot } from './checkins.ts';
import { assessReview, communityCounts, communityView, COMPARISONS, involvementGap } from './community.ts';
import { deadline, deadlineCounts } from './deadlines.ts';
import { scorecard } from './counts.ts';
import { commitmentEasyRead, easyReadChecked, easyReadView } from './easy-read.ts';
import {
  bucket,
  byRefNumber,
  byRefText,
  byTitle,
  indexById,
  listing,
  newestFirst,
  nonEmpty,
  type Entry,
  type Listing,
} from './entries.ts';
import {
  buildLists,
  cutList,
  WAITING_ON_OVERVIEW,
  WAITING_PER_PAGE,
  type CutList,
  type HomeView,
  type Lists,
  type Totals,
} from './lists.ts';
import { nextMeetingOf, type NextMeeting } from './next-meeting.ts';
import { meetingHours, type MeetingHours } from './meeting-hours.ts';
import { commitmentState } from './status.ts';
import { involvementYear, involvementYears, type InvolvementYear } from './involvement.ts';
import { levelsOf, type Levels } from './levels.ts';
import { corrections, minutesRecord } from './minutes-record.ts';
import { replyBands, replyClock, replyFigures, replyFiguresBy, type ReplyBand, type ReplyFigures } from './replies.ts';
import { inputStory } from './story.ts';
import {
  easyReadCheckedInLanguage,
  inLanguage,
  partState,
  withTranslations,
  wordsIn,
  type LanguageState,
  type TranslationInput,
} from './translations.ts';
import { DEFAULT_RESPOND_WITHIN, holidaysFor } from './working-days.ts';
import type {
  ActionView,
  AimView,
  CheckinView,
  CommitmentView,
  GroupView,
  InputView,
  MinutesView,
  PartnerView,
  ReviewView,
  ThemeView,
  UpdateView,
  VisionView,
} from './views.ts';

export type { Entry, Listing } from './entries.ts';
export type * from './views.ts';
export type {
  AimShortlist,
  CommitmentGroup,
  CommitmentsWithStatus,
  HomeView,
  Lists,
  Shortlist,
  Totals,
} from './lists.ts';
export { orderActions, upcomingMeetings } from './actions.ts';
export { nextMeetingOf, type NextMeeting } from './next-meeting.ts';
export {
  inLanguage,
  type LanguageState,
  type TranslationInput,
  type TranslationStatus,
  type Translations,
} from './translations.ts';

/** The content as read: each entry's id, its validated data and, for an entry with a body, its HTML. */
export interface PortalInput {
  site: Site;
  partners: Entry<Partner>[];
  themes: Entry<Theme>[];
  groups: Entry<Group>[];
  visions: Entry<Vision>[];
  commitments: Entry<Commitment>[];
  updates: Entry<Update>[];
  minutes: Entry<Minutes>[];
  inputs: Entry<Input>[];
  /** Lived-experience reviews; a partnership may have none. */
  reviews?: Entry<Review>[];
  /** Check-ins with residents; a partnership may have none. */
  checkins?: Entry<Checkin>[];
  /** Translations of any of these (and of site.yaml), each laid over its original by `inLanguage`. */
  translations?: TranslationInput[];
  /** The path the site is published under (default `/`), which every site-relative link in a body's HTML starts with. */
  base?: string;
}

export interface Portal {
  /** site.yaml, in the portal's language. */
  site: Site;
  /** The language the portal is built in, and how much of site.yaml is in it. */
  language: LanguageState;
  /** The day statuses are worked out for. */
  today: string;
  /** As read. */
  visions: VisionView[];
  /** Every aim of every vision, vision by vision. */
  aims: AimView[];
  /** By title. */
  commitments: CommitmentView[];
  /** As read. */
  partners: PartnerView[];
  /** As read. */
  themes: ThemeView[];
  /** As read. */
  groups: GroupView[];
  /** Every update, newest first (including any dated after the build day, which have pages of their own). */
  updates: UpdateView[];
  /** Newest first. */
  minutes: MinutesView[];
  /** By reference code. */
  inputs: InputView[];
  /** Every action from every meeting: open ones first, longest waiting first, then closed ones, newest first. */
  actions: ActionView[];
  /** Every lived-experience review: disputed ones first, then in the order of COMPARISONS, newest first within each. */
  reviews: ReviewView[];
  /** Every check-in with residents, newest first. */
  checkins: CheckinView[];
  /**
   * What the partnership's content uses beyond the core: a partnership without reviews, check-ins
   * or moved deadlines gets no word about them, so its site is as it was before they existed.
   */
  uses: { reviews: boolean; checkins: boolean; movedDeadlines: boolean; involvement: boolean; easyRead: boolean };
  totals: Totals;
  home: HomeView;
  lists: Lists;
  /** The response clock over every input. */
  replies: Replies;
  /** How the groups connect, from their `reportsTo`. */
  levels: Levels<GroupView>;
  /** The involvement report for each year with content, oldest first. */
  involvement: InvolvementYear[];
}

export interface Replies {
  /** The working days the partnership promises. */
  standard: number;
  /** Inputs with no reply yet, longest waiting first: /you-said/ shows the first, its own pages all. */
  waiting: CutList<InputView>;
  figures: ReplyFigures;
  /** By where they came from, by name. */
  bySource: { key: string; figures: ReplyFigures }[];
  /** By the year they were received, oldest first. */
  byYear: { key: string; figures: ReplyFigures }[];
  bands: ReplyBand[];
}

const none = <T>(): Listing<T> => listing([]);

/** The content with every entry's translations attached and its words in `language`. */
function inLanguageAll(input: PortalInput, language: string): PortalInput & { language: LanguageState } {
  const original = contentLanguage(input.site);
  // Links in bodies lead to pages in the content's own language as written: only another
  // language's pages need them changed, so a site built in one language pays nothing for it.
  const links =
    language === original
      ? undefined
      : { base: input.base ?? '/', language, languages: input.site.languages ?? [original] };
  const each = <T>(entries: Entry<T>[] | undefined, collection: string): Entry<T>[] =>
    withTranslations(entries ?? [], collection, original, input.translations).map((e) => {
      const shown = easyReadCheckedInLanguage(inLanguage(e, language), language);
      return links && shown.html ? { ...shown, html: linksInLanguage(shown.html, links) } : shown;
    });
  const site = inLanguage(
    withTranslations([{ id: 'site', data: input.site }], 'site', original, input.translations)[0]!,
    language,
  );
  return {
    ...input,
    site: site.data,
    language: site.translation,
    partners: each(input.partners, 'partners'),
    themes: each(input.themes, 'themes'),
    groups: each(input.groups, 'groups'),
    visions: each(input.visions, 'visions'),
    commitments: each(input.commitments, 'commitments'),
    updates: each(input.updates, 'updates'),
    minutes: each(input.minutes, 'minutes'),
    inputs: each(input.inputs, 'inputs'),
    reviews: each(input.reviews, 'reviews'),
    checkins: each(input.checkins, 'checkins'),
  };
}
/** The next meeting with its hours, when it has both. */
const withHours = (next: NextMeeting | undefined, hours: MeetingHours | undefined): NextMeeting | undefined =>
  next && hours ? { ...next, hours } : next;

/** The key of an aim, whose id is unique only within its vision. */
const aimKey = (vision: string, aim: string) => `${vision}/${aim}`;

/**
 * Everything the site shows, as of `today`, in `language` (default: the language the content is
 * written in). In another language every entry's words are its translation's, where it has one,
 * and each view's `translation` says how much; every fact, status and count is the original's.
 */
export function buildPortal(given: PortalInput, today: string, language?: string): Portal {
  const input = inLanguageAll(given, language ?? contentLanguage(given.site));
  // First the entries others point at, with their links back still to fill in.
  const partners = input.partners.map((p): PartnerView => ({
    ...p,
    commitments: none(),
    states: [],
    scorecard: scorecard([]),
    community: communityCounts([]),
    involvement: none(),
    deadlines: deadlineCounts([]),
    moved: none(),
  }));
  const visions = input.visions.map((v): VisionView => {
    const vision: VisionView = {
      ...v,
      aims: [],
      easyRead: easyReadView(v.data, v.translation),
      checkins: none(),
    };
    vision.aims = v.data.aims.map((aim, index) => ({
      ...aim,
      vision,
      commitments: none(),
      ...(v.translation ? { translation: partState(v.translation, `aims.${index}`)! } : {}),
    }));
    return vision;
  });
  const aims = visions.flatMap((v) => v.aims);
  const aimOf = new Map(aims.map((aim) => [aimKey(aim.vision.id, aim.id), aim]));
  const themes = input.themes.map((t): ThemeView => ({
    ...t,
    inputs: none(),
    outcomes: [],
    meetings: none(),
    commitments: none(),
  }));
  // A translation may word the time its own way ("18:00–20:00"); the hours are a fact, read from the original's.
  const timeWords = new Map(given.groups.map((g) => [g.id, g.data.nextMeetingTime]));
  const groups = input.groups.map((g): GroupView => ({
    ...g,
    meetings: none(),
    upcoming: nextMeetingOf(g.data, today)?.date,
    next: withHours(nextMeetingOf(g.data, today), meetingHours(timeWords.get(g.id))),
    actions: none(),
    openActions: 0,
    reviews: none(),
    reportedBy: [],
  }));
  const partnerIndex = indexById(partners);
  const visionIndex = indexById(visions);
  const themeIndex = indexById(themes);
  const groupIndex = indexById(groups);
  for (const v of visions) v.easyReadChecked = easyReadChecked(v.data.easyReadChecked, (id) => groupIndex.get(id));
  const themeName = (id: string) => themeIndex.get(id)?.data.name ?? id;

  // Commitments, with their status and flags. Seen as of `today`: an update from after that day
  // (when the site is rebuilt as of an earlier day) had not happened yet.
  const updatesInOrder = [...input.updates].sort(newestFirst);
  const seenBy = bucket(
    updatesInOrder.filter((u) => u.data.date <= today),
    (u) => u.data.commitment,
  );
  const commitments = input.commitments
    .map((c): CommitmentView => {
      const vision = visionIndex.must(c.data.vision, `The commitment ${c.id}`);
      const serves = new Set(c.data.aims);
      // Overdue is judged against the latest agreed due date.
      const due = deadline(c.data, c.translation);
      return {
        ...c,
        state: commitmentState(
          { made: c.data.made, due: due.due },
          seenBy.of(c.id).map((u) => ({ id: u.id, ...u.data })),
          today,
        ),
        partner: partnerIndex.must(c.data.partner, `The commitment ${c.id}`),
        vision,
        aims: vision.aims.filter((aim) => serves.has(aim.id)),
        updates: none(),
        inputs: none(),
        minutes: none(),
        measures: nonEmpty(c.data.measures),
        aimTitles: c.data.aims.map((id) => aimOf.get(aimKey(vision.id, id))?.title ?? id),
        deadline: due,
        reviews: none(),
      };
    })
    .sort(byTitle);
  const commitmentIndex = indexById(commitments);

  // Updates, minutes and inputs, each with what it points at.
  const updates = updatesInOrder.map((u): UpdateView => {
    const commitment = commitmentIndex.must(u.data.commitment, `The update ${u.id}`);
    return {
      ...u,
      commitment,
      partner: commitment.partner,
      evidence: nonEmpty(u.data.evidence),
      easyRead: easyReadView(u.data, u.translation),
      easyReadChecked: easyReadChecked(u.data.easyReadChecked, (id) => groupIndex.get(id)),
    };
  });
  const minutes = [...input.minutes].sort(newestFirst).map((m): MinutesView => ({
    ...m,
    group: groupIndex.must(m.data.group, `The minutes ${m.id}`),
    themes: listing(themeIndex.pick(m.data.themes)),
    themeNames: (m.data.themes ?? []).map(themeName),
    commitments: listing(commitmentIndex.pick(m.data.commitments)),
    inputs: none(),
    decisions: nonEmpty(m.data.decisions),
    actions: undefined,
    record: { state: 'not-recorded' },
    corrections: nonEmpty(corrections(m.data)),
  }));
  const minutesIndex = indexById(minutes);
  for (const c of commitments) {
    c.deadline.moves = c.deadline.moves.map((m) => ({
      ...m,
      minutes: m.meeting === undefined ? undefined : minutesIndex.get(m.meeting),
    }));
  }
  const anyAgreed = minutes.some((m) => m.data.agreed !== undefined);
  for (const m of minutes) m.record = minutesRecord(m.data, anyAgreed, (id) => minutesIndex.get(id));
  const standard = input.site.respondWithin ?? DEFAULT_RESPOND_WITHIN;
  const holidays = holidaysFor(input.site.bankHolidays, input.site.englandAndWalesBankHolidays ?? true);
  const inputs = [...input.inputs].sort(byRefNumber).map((i): InputView => {
    const led = commitmentIndex.pick(i.data.commitments);
    return {
      ...i,
      themes: listing(themeIndex.pick(i.data.themes)),
      themeNames: i.data.themes.map(themeName),
      meeting: i.data.meeting === undefined ? undefined : minutesIndex.get(i.data.meeting),
      commitments: listing(led),
      partners: [...new Set(led.map((c) => c.partner))].sort((a, b) => a.data.name.localeCompare(b.data.name)),
      clock: replyClock(i.data, today, standard, holidays),
      answeredBy: [],
      story: [],
    };
  });
  // In the order the minutes were read, so actions that tie are listed as they always were.
  const actions = orderActions(
    input.minutes.map((m) => minutesIndex.must(m.id, 'The minutes')),
    groups,
    today,
  );

  // The links back, each from one pass over the entries that point.
  const updatesOf = bucket(
    updates.filter((u) => u.data.date <= today),
    (u) => u.data.commitment,
  );
  const inputsFor = bucket(inputs, (i) => i.data.commitments);
  const minutesOn = bucket(minutes, (m) => m.data.commitments);
  for (const c of commitments) {
    c.updates = listing(updatesOf.of(c.id));
    // Kept in the order this list has always had (see byRefText).
    c.inputs = listing([...inputsFor.of(c.id)].sort(byRefText));
    c.minutes = listing(minutesOn.of(c.id));
    c.easyRead = commitmentEasyRead(
      c.data.title,
      easyReadView(c.data, c.translation),
      easyReadChecked(c.data.easyReadChecked, (id) => groupIndex.get(id)),
      c.updates.items,
      wordsIn(c.translation, 'title'),
    );
  }
  const madeBy = bucket(commitments, (c) => c.data.partner);
  for (const p of partners) {
    const own = madeBy.of(p.id);
    p.commitments = listing(own);
    p.states = own.map((c) => c.state);
    p.scorecard = scorecard(p.states);
  }
  const towards = bucket(commitments, (c) => c.data.aims.map((aim) => aimKey(c.data.vision, aim)));
  for (const aim of aims) {
    const own = towards.of(aimKey(aim.vision.id, aim.id));
    aim.commitments = listing(own);
  }
  const saidAbout = bucket(inputs, (i) => i.data.themes);
  const discussedIn = bucket(minutes, (m) => m.data.themes);
  for (const t of themes) {
    const said = saidAbout.of(t.id);
    t.inputs = listing(said);
    t.outcomes = said.map((i) => i.data.outcome);
    t.meetings = listing(discussedIn.of(t.id));
    t.commitments = listing(commitmentIndex.pick(said.flatMap((i) => i.data.commitments ?? [])));
  }
  const meetingsOf = bucket(minutes, (m) => m.data.group);
  const actionsOf = bucket(actions, (a) => a.group.id);
  for (const g of groups) {
    g.meetings = listing(meetingsOf.of(g.id));
    g.actions = listing(actionsOf.of(g.id));
    g.openActions = g.actions.items.filter((a) => a.action.status === 'open').length;
  }
  // Each meeting's actions are the views in the list of every action, so both say the same.
  const viewOf = new Map(actions.map((a) => [a.action, a]));
  for (const m of minutes) m.actions = nonEmpty(m.data.actions?.map((a) => viewOf.get(a)!));
  const saidAt = bucket(inputs, (i) => i.data.meeting);
  for (const m of minutes) m.inputs = listing(saidAt.of(m.id));

  // Check-ins, each with a snapshot of the commitments towards its vision on its day and now.
  const updateLikes = (c: CommitmentView) => c.updates.items.map((u) => ({ id: u.id, ...u.data }));
  const towardsVision = bucket(commitments, (c) => c.data.vision);
  const checkinsByDay = [...(input.checkins ?? [])].sort((a, b) => -newestFirst(a, b));
  const checkinsAsRead = checkinsByDay.map((k): CheckinView => ({
    ...k,
    vision: visionIndex.must(k.data.vision, `The check-in ${k.id}`),
    snapshot: [],
    reviews: none(),
  }));
  const checkinsOn = bucket(checkinsAsRead, (k) => k.data.vision);
  for (const v of visions) {
    const held = checkinsOn.of(v.id);
    held.forEach((k, i) => {
      k.previous = held[i - 1];
      k.following = held[i + 1];
      k.snapshot = snapshot(
        towardsVision.of(v.id),
        (c) => ({ made: c.data.made, updates: updateLikes(c), now: c.state.status }),
        k.data.date,
        k.previous?.data.date,
      );
      if (k.previous) k.changes = changesSince(k.snapshot);
    });
    v.checkins = listing([...held].reverse());
    const next = held[held.length - 1]?.data.next;
    if (next !== undefined) v.nextCheckin = { date: next, passed: next < today };
  }
  const checkins = [...checkinsAsRead].reverse();
  const checkinIndex = indexById(checkins);

  // Reviews, each beside what the partner had reported by its day.
  const reviews = (input.reviews ?? [])
    .map((r): ReviewView => {
      const commitment = commitmentIndex.must(r.data.commitment, `The review ${r.id}`);
      return {
        ...r,
        ...assessReview(r.data, updateLikes(commitment)),
        commitment,
        partner: commitment.partner,
        group: groupIndex.must(r.data.group, `The review ${r.id}`),
        checkin: r.data.checkin === undefined ? undefined : checkinIndex.get(r.data.checkin),
        evidence: nonEmpty(r.data.evidence),
        latest: false,
        beforeLatestUpdate: commitment.state.lastUpdate !== undefined && r.data.date < commitment.state.lastUpdate,
        involvement: involvementGap(commitment.data.involvement, r.data.involvement),
      };
    })
    .sort((a, b) => COMPARISONS.indexOf(a.comparison) - COMPARISONS.indexOf(b.comparison) || newestFirst(a, b));
  const reviewsOf = bucket(reviews, (r) => r.data.commitment);
  const reviewFields = (r: ReviewView) => ({ id: r.id, ...r.data });
  for (const c of commitments) {
    const own = [...reviewsOf.of(c.id)].sort(newestFirst);
    c.reviews = listing(own);
    c.community = communityView(own, reviewFields, updateLikes(c), c.data.involvement);
    if (c.community) c.community.latest.latest = true;
  }
  const reviewedBy = bucket(reviews, (r) => r.data.group);
  for (const g of groups) g.reviews = listing(reviewedBy.of(g.id));
  const partOf = bucket(reviews, (r) => r.data.checkin);
  for (const k of checkins)
    k.reviews = listing([...partOf.of(k.id)].sort((a, b) => byTitle(a.commitment, b.commitment)));
  for (const p of partners) {
    const own = p.commitments.items;
    p.community = communityCounts(own.map((c) => c.community));
    p.involvement = listing(own.filter((c) => c.data.involvement !== undefined || c.community?.involvementFound));
    p.deadlines = deadlineCounts(own.map((c) => c.deadline));
    p.moved = listing(own.filter((c) => c.deadline.moves.length > 0));
  }

  for (const g of groups) {
    g.reportsTo = g.data.reportsTo === undefined ? undefined : groupIndex.get(g.data.reportsTo);
    g.reportsTo?.reportedBy.push(g);
  }
  for (const g of groups) g.reportedBy.sort((a, b) => a.data.name.localeCompare(b.data.name));
  const answering = bucket(actions, (a) => a.action.inputs);
  for (const i of inputs) {
    i.answeredBy = answering.of(i.data.ref);
    i.story = inputStory({ input: i, actions: i.answeredBy, today });
  }
  const clocks = inputs.map((i) => i.clock);
  const waitingDays = (i: InputView) => (i.clock.state === 'waiting' ? i.clock.workingDays : 0);
  const replies: Replies = {
    standard,
    waiting: cutList(
      inputs
        .filter((i) => i.clock.state === 'waiting')
        .sort((a, b) => waitingDays(b) - waitingDays(a) || byRefNumber(a, b)),
      WAITING_ON_OVERVIEW,
      WAITING_PER_PAGE,
    ),
    figures: replyFigures(clocks),
    bySource: replyFiguresBy(inputs, (i) => i.data.source).sort((a, b) => a.key.localeCompare(b.key)),
    byYear: replyFiguresBy(inputs, (i) => i.data.received.slice(0, 4)).sort((a, b) => a.key.localeCompare(b.key)),
    bands: replyBands(clocks),
  };
  const involvementContent = { groups, minutes, inputs, commitments, reviews };
  const involvement = involvementYears(involvementContent, today).map((year) =>
    involvementYear(involvementContent, year, today),
  );

  const views = {
    visions,
    commitments,
    partners,
    themes,
    groups,
    updates,
    minutes,
    inputs,
    actions,
    reviews,
    checkins,
  };
  const uses = {
    reviews: reviews.length > 0,
    checkins: checkins.length > 0,
    movedDeadlines: commitments.some((c) => c.deadline.moves.length > 0),
    involvement: commitments.some((c) => c.data.involvement !== undefined),
    easyRead: visions.some((v) => v.easyRead) || commitments.some((c) => c.easyRead),
  };
  return {
    site: input.site,
    language: input.language,
    today,
    aims,
    ...views,
    uses,
    ...buildLists(views, today),
    replies,
    levels: levelsOf(groups),
    involvement,
  };
}
