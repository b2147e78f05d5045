// What the site's lists hold, in their order, with their counts: the home page's summary, the
// commitments by status and overdue, partners and topics by name, the pages of updates.
import type { Outcome } from '../contract/index.ts';
import { upcomingMeetings } from './actions.ts';
import { communityCounts, type CommunityCounts } from './community.ts';
import { deadlineCounts, type DeadlineCounts } from './deadlines.ts';
import { scorecard, type Scorecard } from './counts.ts';
import type { EasyReadView } from './easy-read.ts';
import { bucket, byName, listing, type Listing } from './entries.ts';
import { splitPages, type ListPage } from './pages.ts';
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
}

export interface CommitmentsWithStatus {
  status: CommitmentStatus;
  /** By title. */
  commitments: Listing<CommitmentView>;
}

/** Commitments under one heading of a grouping the reader chose: each commitment is under one heading only. */
export interface CommitmentGroup<K> {
  key: K;
  /** By title. */
  commitments: Listing<CommitmentView>;
}

export interface Lists {
  /** Adopted first, then under review, draft and retired. */
  visions: VisionView[];
  /** The visions that have an Easy Read version, as read. */
  easyReads: (VisionView & { easyRead: EasyReadView })[];
  /** Each status that some commitment has, in the site's order of statuses. */
  commitmentsByStatus: CommitmentsWithStatus[];
  /** Each partner that has made a commitment, by name, with its commitments. */
  commitmentsByPartner: CommitmentGroup<PartnerView>[];
  /**
   * Each aim, vision by vision in the vision's order, with the commitments that name it first: a
   * commitment towards several aims is listed once, under the first aim it names.
   */
  commitmentsByAim: CommitmentGroup<AimView>[];
  /** Commitments past their due date and not finished, longest overdue first. */
  overdue: Listing<CommitmentView>;
  /** By name. */
  partners: PartnerView[];
  /** By name. */
  themes: ThemeView[];
  /** The topics something was said about, as read. */
  themesWithInputs: ThemeView[];
  /** Every update, newest first, a page at a time. */
  updatePages: ListPage<UpdateView>[];
  /** Each group that has done a review, by name, with its reviews (disputed first, then newest first). */
  reviewsByGroup: { key: GroupView; reviews: Listing<ReviewView> }[];
  /** Each partner that has made a commitment, by name, with what reviewers made of its commitments. */
  communityByPartner: PartnerView[];
  /** Every commitment that has been reviewed, by title. */
  reviewed: Listing<CommitmentView>;
}

/** How many updates a page of the list of updates holds. */
export const UPDATES_PER_PAGE = 20;

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

export function buildLists(views: Views, today: string): { totals: Totals; home: HomeView; lists: Lists } {
  const { visions, commitments, partners, themes, groups, updates, minutes, inputs, actions, reviews } = views;
  const states = commitments.map((c) => c.state);
  const withStatus = bucket(commitments, (c) => c.state.status);
  const aimKey = (vision: string, aim: string) => `${vision}/${aim}`;
  const firstTowards = bucket(commitments, (c) => aimKey(c.vision.id, c.data.aims[0]!));
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
    },
    lists: {
      visions: [...visions].sort((a, b) => VISION_ORDER.indexOf(a.data.status) - VISION_ORDER.indexOf(b.data.status)),
      easyReads: visions.filter((v): v is VisionView & { easyRead: EasyReadView } => v.easyRead !== undefined),
      commitmentsByStatus: COMMITMENT_STATUSES.map((status) => ({
        status,
        commitments: listing(withStatus.of(status)),
      })).filter((g) => g.commitments.count > 0),
      commitmentsByPartner: [...partners]
        .sort(byName)
        .filter((p) => p.commitments.count > 0)
        .map((p) => ({ key: p, commitments: p.commitments })),
      commitmentsByAim: visions
        .flatMap((v) => v.aims)
        .map((aim) => ({ key: aim, commitments: listing(firstTowards.of(aimKey(aim.vision.id, aim.id))) }))
        .filter((g) => g.commitments.count > 0),
      overdue: listing(
        commitments.filter((c) => c.state.overdue !== null).sort((a, b) => b.state.overdue! - a.state.overdue!),
      ),
      partners: [...partners].sort(byName),
      themes: [...themes].sort(byName),
      themesWithInputs: themes.filter((t) => t.inputs.count > 0),
      updatePages: splitPages(updates, UPDATES_PER_PAGE),
      reviewsByGroup: [...groups]
        .sort(byName)
        .filter((g) => g.reviews.count > 0)
        .map((g) => ({ key: g, reviews: g.reviews })),
      communityByPartner: [...partners].sort(byName).filter((p) => p.commitments.count > 0),
      reviewed: listing(commitments.filter((c) => c.community !== undefined)),
    },
  };
}
