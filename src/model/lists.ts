// What the site's lists hold, in their order, with their counts: the home page's summary, the
// commitments by status and overdue, partners and topics by name, the pages of updates.
import type { Outcome } from '../contract/index.ts';
import { nextRef } from '../contract/new-entry.ts';
import { upcomingMeetings } from './actions.ts';
import { communityCounts, type CommunityCounts } from './community.ts';
import { deadlineCounts, type DeadlineCounts } from './deadlines.ts';
import { scorecard, type Scorecard } from './counts.ts';
import { picturesOf, type CommitmentEasyRead, type EasyReadView } from './easy-read.ts';
import { bucket, byName, listing, type Listing } from './entries.ts';
import { splitPages, type ListPage } from './pages.ts';
import { codesByYear, refYear, type CodeYear } from './refcode.ts';
import { COMMITMENT_STATUSES, type CommitmentState, type CommitmentStatus } from './status.ts';
import type {
  ActionView,
  AimView,
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

/** Counts over everything. */
export interface Totals {
  /** The same counts as a partner's scorecard, over every commitment. */
  commitments: Scorecard;
  /** Every commitment's state, by title. */
  states: CommitmentState[];
  inputs: number;
  /** Every input's outcome, by reference code. */
  outcomes: Outcome[];
  actions: number;
  openActions: number;
  /** What lived-experience reviewers made of every commitment. */
  community: CommunityCounts;
  /** Every moved deadline. */
  deadlines: DeadlineCounts;
  reviews: number;
  checkins: number;
}

export interface HomeView {
  /** The adopted vision, or else the first. */
  vision?: VisionView;
  /** The four newest updates. */
  latestUpdates: Listing<UpdateView>;
  /** Groups meeting today or later, soonest first. */
  upcoming: Listing<GroupView>;
  /** The three newest minutes. */
  recentMinutes: Listing<MinutesView>;
  /** Every input's reference code, by code. */
  refs: Listing<string>;
  /**
   * A code to show what one looks like, and the year in it: the content's first, else the first
   * `npm run new` would give this year. Codes' letters are the partnership's own, not always YS.
   */
  exampleRef: { code: string; year: string };
  /** Every code split by year, for the code box to fetch one year when it is used. */
  codeYears: CodeYear[];
}

/**
 * Commitments as a list page shows them under one heading: the first few, with how many there
 * are, and that heading's own pages holding every one of them, so no page grows with the content.
 */
export interface Shortlist {
  /** By title. */
  commitments: Listing<CommitmentView>;
  /** The first {@link COMMITMENTS_IN_SHORTLIST} of them, as the overview shows them. */
  shown: Listing<CommitmentView>;
  /** Every one of them, a page at a time ({@link COMMITMENTS_PER_PAGE} a page). */
  pages: ListPage<CommitmentView>[];
  /** The overview cannot show them all, so it links to their pages (which exist only then). */
  cut: boolean;
}

export interface CommitmentsWithStatus extends Shortlist {
  status: CommitmentStatus;
}

/** Commitments under one heading of a grouping the reader chose: each commitment is under one heading only. */
export interface CommitmentGroup<K> extends Shortlist {
  key: K;
}

/** An aim with every commitment towards it (under whichever of its aims a commitment names first). */
export interface AimShortlist extends Shortlist {
  aim: AimView;
}

/** How many commitments an overview lists under each heading, at most, before it links to that heading's own pages. */
export const COMMITMENTS_IN_SHORTLIST = 10;
/** How many commitments an overview lists in all, at most: with many headings, each lists fewer. */
export const COMMITMENTS_ON_OVERVIEW = 120;
/** How many commitments a page of one heading's commitments, or of the overdue ones, holds. */
export const COMMITMENTS_PER_PAGE = 100;

/** How many inputs /you-said/ lists under each of `topics` topics: none, with only the link, when there are very many. */
export function inputShortlistSize(topics: number): number {
  return Math.min(INPUTS_IN_SHORTLIST, Math.floor(INPUTS_ON_OVERVIEW / Math.max(1, topics)));
}

function inputsByTheme(themes: ThemeView[]): Lists['inputsByTheme'] {
  const withInputs = themes.filter((t) => t.inputs.count > 0);
  const size = inputShortlistSize(withInputs.length);
  return withInputs.map((theme) => ({
    theme,
    shown: listing(theme.inputs.items.slice(0, size)),
    cut: theme.inputs.count > size,
  }));
}

/** How many an overview with `headings` headings lists under each: none, with only the link, when there are very many. */
export function shortlistSize(headings: number): number {
  return Math.min(COMMITMENTS_IN_SHORTLIST, Math.floor(COMMITMENTS_ON_OVERVIEW / Math.max(1, headings)));
}

/**
 * A list an overview shows the start of, in its order: the whole of it on pages of its own when the
 * overview cannot show it all (those pages exist only then), so the overview stays the same size.
 */
export interface CutList<T> {
  all: Listing<T>;
  /** The start of it, as the overview shows it. */
  shown: Listing<T>;
  /** The overview cannot show it all, so it links to its pages. */
  cut: boolean;
  /** Every item, a page at a time; none when the overview shows them all. */
  pages: ListPage<T>[];
}

export function cutList<T>(items: T[], shown: number, perPage: number): CutList<T> {
  const cut = items.length > shown;
  return {
    all: listing(items),
    shown: listing(items.slice(0, shown)),
    cut,
    pages: cut ? splitPages(items, perPage) : [],
  };
}

export function shortlist(commitments: CommitmentView[], size = COMMITMENTS_IN_SHORTLIST): Shortlist {
  return {
    commitments: listing(commitments),
    shown: listing(commitments.slice(0, size)),
    pages: splitPages(commitments, COMMITMENTS_PER_PAGE),
    cut: commitments.length > size,
  };
}

export interface Lists {
  /** Adopted first, then under review, draft and retired. */
  visions: VisionView[];
  /** The visions that have an Easy Read version, as read. */
  easyReads: (VisionView & { easyRead: EasyReadView })[];
  /** The commitments that have an Easy Read page (their own Easy Read or an update's), by title. */
  easyReadCommitments: (CommitmentView & { easyRead: CommitmentEasyRead<UpdateView, GroupView> })[];
  /** Every picture some Easy Read version uses, once each: the picture files the site serves. */
  pictures: string[];
  /** Each status that some commitment has, in the site's order of statuses. */
  commitmentsByStatus: CommitmentsWithStatus[];
  /** Each partner that has made a commitment, by name, with its commitments. */
  commitmentsByPartner: CommitmentGroup<PartnerView>[];
  /**
   * Each aim, vision by vision in the vision's order, with the commitments that name it first: a
   * commitment towards several aims is listed once, under the first aim it names.
   */
  commitmentsByAim: CommitmentGroup<AimView>[];
  /** For each vision by its id, each of its aims with every commitment towards it: what its page lists under each aim. */
  aimsOfVision: Record<string, AimShortlist[]>;
  /**
   * The headings of the overviews that cannot show all their commitments, each given pages of its
   * own: a status, a partner, an aim (whose pages hold every commitment towards it).
   */
  shortlistPages: {
    status: CommitmentsWithStatus[];
    partner: CommitmentGroup<PartnerView>[];
    aim: AimShortlist[];
  };
  /** Commitments past their due date and not finished, longest overdue first. */
  overdue: Listing<CommitmentView>;
  /** The same, a page at a time. */
  overduePages: ListPage<CommitmentView>[];
  /** By name. */
  partners: PartnerView[];
  /** By name. */
  themes: ThemeView[];
  /** The topics something was said about, as read. */
  themesWithInputs: ThemeView[];
  /** Each topic's page: what people said, {@link INPUTS_PER_PAGE} a page; the first page has the charts and links. */
  themePages: { theme: ThemeView; page: ListPage<InputView>; inputs: Listing<InputView> }[];
  /**
   * The same topics as /you-said/ lists them: the first few inputs of each (fewer when there are
   * many topics, see {@link inputShortlistSize}), the topic's page holding all.
   */
  inputsByTheme: { theme: ThemeView; shown: Listing<InputView>; cut: boolean }[];
  /**
   * Every reference code, as /you-said/ lists them: all on the page while there are few, else by
   * year, each year a page of its own.
   */
  codeList: { all?: string[]; years: { year: string; codes: Listing<string> }[] };
  /** Every update, newest first, a page at a time. */
  updatePages: ListPage<UpdateView>[];
  /** Every action, open ones first and longest waiting first, a page at a time. */
  actionPages: ListPage<ActionView>[];
  /** Each group that has done a review, by name, with its reviews (disputed first, then newest first). */
  reviewsByGroup: { key: GroupView; reviews: Listing<ReviewView> }[];
  /** Each partner that has made a commitment, by name, with what reviewers made of its commitments. */
  communityByPartner: PartnerView[];
  /** Every commitment that has been reviewed, by title. */
  reviewed: Listing<CommitmentView>;
}

/** How many updates a page of the list of updates holds. */
export const UPDATES_PER_PAGE = 20;
/** Inputs listed under each topic on /you-said/, at most (the topic's page lists all of them). */
export const INPUTS_IN_SHORTLIST = 10;
/** Inputs listed under the topics on /you-said/ in all, at most: with many topics, each lists fewer. */
export const INPUTS_ON_OVERVIEW = 120;
/** Inputs waiting for a reply that /you-said/ lists, longest waiting first, before it links to all of them. */
export const WAITING_ON_OVERVIEW = 50;
/** Inputs on each page of the list of every input waiting for a reply. */
export const WAITING_PER_PAGE = 100;
/** Inputs on each page of a topic's page. */
export const INPUTS_PER_PAGE = 50;
/** Up to this many reference codes are listed on /you-said/ itself; more go on a page for each year. */
export const CODES_ON_PAGE = 300;
/** How many actions a page of the list of every action holds. */
export const ACTIONS_PER_PAGE = 100;

const VISION_ORDER = ['adopted', 'under-review', 'draft', 'retired'];

interface Views {
  visions: VisionView[];
  commitments: CommitmentView[];
  partners: PartnerView[];
  themes: ThemeView[];
  groups: GroupView[];
  updates: UpdateView[];
  minutes: MinutesView[];
  inputs: InputView[];
  actions: ActionView[];
  reviews: ReviewView[];
  checkins: unknown[];
}

function exampleRef(code: string, today: string): { code: string; year: string } {
  return { code, year: refYear(code) ?? today.slice(0, 4) };
}

export function buildLists(views: Views, today: string): { totals: Totals; home: HomeView; lists: Lists } {
  const { visions, commitments, partners, themes, groups, updates, minutes, inputs, actions, reviews } = views;
  const states = commitments.map((c) => c.state);
  const withStatus = bucket(commitments, (c) => c.state.status);
  const aimKey = (vision: string, aim: string) => `${vision}/${aim}`;
  const firstTowards = bucket(commitments, (c) => aimKey(c.vision.id, c.data.aims[0]!));
  const withCommitments = [...partners].sort(byName).filter((p) => p.commitments.count > 0);
  const aimsFirst = visions
    .flatMap((v) => v.aims)
    .map((aim) => ({ aim, first: firstTowards.of(aimKey(aim.vision.id, aim.id)) }))
    .filter((a) => a.first.length > 0);
  const byStatus = COMMITMENT_STATUSES.map((status) => ({
    status,
    ...shortlist(withStatus.of(status)),
  })).filter((g) => g.commitments.count > 0);
  const byPartner = withCommitments.map((p) => ({
    key: p,
    ...shortlist(p.commitments.items, shortlistSize(withCommitments.length)),
  }));
  const byAim = aimsFirst.map(({ aim, first }) => ({ key: aim, ...shortlist(first, shortlistSize(aimsFirst.length)) }));
  const cutByAim = new Set(byAim.filter((g) => g.cut).map((g) => g.key));
  const aimsOfVision = Object.fromEntries(
    visions.map((v) => [
      v.id,
      v.aims.map((aim) => ({ aim, ...shortlist(aim.commitments.items, shortlistSize(v.aims.length)) })),
    ]),
  );
  const overdue = commitments
    .filter((c) => c.state.overdue !== null)
    .sort((a, b) => b.state.overdue! - a.state.overdue!);
  return {
    totals: {
      commitments: scorecard(states),
      states,
      inputs: inputs.length,
      outcomes: inputs.map((i) => i.data.outcome),
      actions: actions.length,
      openActions: actions.filter((a) => a.action.status === 'open').length,
      community: communityCounts(commitments.map((c) => c.community)),
      deadlines: deadlineCounts(commitments.map((c) => c.deadline)),
      reviews: reviews.length,
      checkins: views.checkins.length,
    },
    home: {
      vision: visions.find((v) => v.data.status === 'adopted') ?? visions[0],
      latestUpdates: listing(updates.slice(0, 4)),
      upcoming: listing(upcomingMeetings(groups, today)),
      recentMinutes: listing(minutes.slice(0, 3)),
      refs: listing(inputs.map((i) => i.data.ref)),
      exampleRef: exampleRef(inputs[0]?.data.ref ?? nextRef([], today.slice(0, 4)), today),
      codeYears: codesByYear(inputs.map((i) => i.data)),
    },
    lists: {
      visions: [...visions].sort((a, b) => VISION_ORDER.indexOf(a.data.status) - VISION_ORDER.indexOf(b.data.status)),
      easyReads: visions.filter((v): v is VisionView & { easyRead: EasyReadView } => v.easyRead !== undefined),
      easyReadCommitments: commitments.filter(
        (c): c is CommitmentView & { easyRead: CommitmentEasyRead<UpdateView, GroupView> } => c.easyRead !== undefined,
      ),
      pictures: picturesOf([
        ...visions.map((v) => v.easyRead),
        ...commitments.flatMap((c) => [c.easyRead?.own, ...(c.easyRead?.updates?.map((u) => u.easyRead) ?? [])]),
      ]),
      commitmentsByStatus: byStatus,
      commitmentsByPartner: byPartner,
      commitmentsByAim: byAim,
      aimsOfVision,
      shortlistPages: {
        status: byStatus.filter((g) => g.cut),
        partner: byPartner.filter((g) => g.cut),
        // By-aim's headings hold only the commitments that name the aim first, but link to every
        // commitment towards it: an aim gets its pages when either its vision's page or by-aim cuts it short.
        aim: visions.flatMap((v) => aimsOfVision[v.id]!).filter((a) => a.cut || cutByAim.has(a.aim)),
      },
      overdue: listing(overdue),
      overduePages: splitPages(overdue, COMMITMENTS_PER_PAGE),
      partners: [...partners].sort(byName),
      themes: [...themes].sort(byName),
      themesWithInputs: themes.filter((t) => t.inputs.count > 0),
      themePages: themes.flatMap((theme) =>
        splitPages(theme.inputs.items, INPUTS_PER_PAGE).map((page) => ({ theme, page, inputs: listing(page.items) })),
      ),
      inputsByTheme: inputsByTheme(themes),
      codeList: {
        ...(inputs.length <= CODES_ON_PAGE ? { all: inputs.map((i) => i.data.ref) } : {}),
        years: codesByYear(inputs.map((i) => i.data)).map(({ year, codes }) => ({
          year,
          codes: listing(Object.keys(codes)),
        })),
      },
      updatePages: splitPages(updates, UPDATES_PER_PAGE),
      actionPages: splitPages(actions, ACTIONS_PER_PAGE),
      reviewsByGroup: [...groups]
        .sort(byName)
        .filter((g) => g.reviews.count > 0)
        .map((g) => ({ key: g, reviews: g.reviews })),
      communityByPartner: [...partners].sort(byName).filter((p) => p.commitments.count > 0),
      reviewed: listing(commitments.filter((c) => c.community !== undefined)),
    },
  };
}
