// What the site knows about each entry: its own data, its body, what it links to and what links
// back to it, and what is derived from those. Links in the content run one way (an update names
// its commitment, an input its themes); every view here has them both ways, so a page looks
// nothing up. Views link to views: a commitment's partner is that partner's view, whose
// commitments include this one.
import type {
  Action,
  Checkin,
  Commitment,
  Group,
  Input,
  Measure,
  Minutes,
  Outcome,
  Partner,
  Review,
  Theme,
  Update,
  Vision,
} from '../contract/index.ts';
import type { Changes, SnapshotRow } from './checkins.ts';
import type { CommunityCounts, CommunityView, InvolvementGap, ReviewFinding } from './community.ts';
import type { Scorecard } from './counts.ts';
import type { Deadline, DeadlineCounts, DeadlineMove } from './deadlines.ts';
import type { CommitmentEasyRead, EasyReadCheckedView, EasyReadView } from './easy-read.ts';
import type { Entry, Listing } from './entries.ts';
import type { NextMeeting } from './next-meeting.ts';
import type { CommitmentState } from './status.ts';
import type { MinutesRecord } from './minutes-record.ts';
import type { ReplyClock } from './replies.ts';
import type { StoryEvent } from './story.ts';
import type { LanguageState } from './translations.ts';

export type Evidence = NonNullable<Update['evidence']>[number];

export interface PartnerView extends Entry<Partner> {
  /** Its commitments, by title. */
  commitments: Listing<CommitmentView>;
  /** Those commitments' states, in the same order. */
  states: CommitmentState[];
  scorecard: Scorecard;
  /** What lived-experience reviewers made of its commitments. */
  community: CommunityCounts;
  /** Its commitments that say how far people were involved, or whose reviewers did, by title. */
  involvement: Listing<CommitmentView>;
  /** Its moved deadlines. */
  deadlines: DeadlineCounts;
  /** Its commitments whose deadline moved, by title. */
  moved: Listing<CommitmentView>;
}

export interface VisionView extends Entry<Vision> {
  /** Its aims, in the vision's order. */
  aims: AimView[];
  /** The Easy Read version, when it has one. */
  easyRead?: EasyReadView;
  /** When and by which group its Easy Read was checked with people with learning disabilities. */
  easyReadChecked?: EasyReadCheckedView<GroupView>;
  /** Its check-ins with residents, newest first. */
  checkins: Listing<CheckinView>;
  /** When the next check-in is planned, from the latest check-in. */
  nextCheckin?: { date: string; passed: boolean };
}

export interface AimView {
  id: string;
  title: string;
  description: string;
  vision: VisionView;
  /** The commitments towards it, by title. */
  commitments: Listing<CommitmentView>;
  /** In a portal built in a language: which of the aim's words are in it. */
  translation?: LanguageState;
}

export interface CommitmentView extends Entry<Commitment> {
  /** Status and flags as of the build day. */
  state: CommitmentState;
  partner: PartnerView;
  vision: VisionView;
  /** The aims it works towards, in the vision's order. */
  aims: AimView[];
  /** Its updates up to the build day, newest first. */
  updates: Listing<UpdateView>;
  /** What people said that led to it, by reference code. */
  inputs: Listing<InputView>;
  /** The meetings that discussed it, newest first. */
  minutes: Listing<MinutesView>;
  measures?: Measure[];
  /** Its aims' titles in the order the commitment names them (what search files it under). */
  aimTitles: string[];
  /** Its due date as first set and as last agreed, and every move between. */
  deadline: DeadlineView;
  /** Lived-experience reviews of it, newest first. */
  reviews: Listing<ReviewView>;
  /** Its latest review set against what the partner reported; absent when it has not been reviewed. */
  community?: CommunityView<ReviewView>;
  /** Its Easy Read page: present when it or any of its updates has an Easy Read version. */
  easyRead?: CommitmentEasyRead<UpdateView, GroupView>;
}

/** A move of a deadline, with the minutes of the meeting that agreed it. */
export interface MoveView extends DeadlineMove {
  minutes?: MinutesView;
}

export interface DeadlineView extends Deadline {
  moves: MoveView[];
}

/** A lived-experience group's review of a commitment, beside what the partner had reported by then. */
export interface ReviewView extends Entry<Review>, ReviewFinding {
  commitment: CommitmentView;
  /** The partner who made the commitment. */
  partner: PartnerView;
  /** The group that did the review. */
  group: GroupView;
  /** The check-in it was part of, if any. */
  checkin?: CheckinView;
  evidence?: Evidence[];
  /** Whether it is the commitment's latest review (the one its page leads with). */
  latest: boolean;
  /** The partner has published an update on the commitment since the review. */
  beforeLatestUpdate: boolean;
  /** The partner's own account of involvement against this review's; absent when either is missing. */
  involvement?: InvolvementGap;
}

/** A check-in with residents, with where each commitment towards its vision stood then and now. */
export interface CheckinView extends Entry<Checkin> {
  vision: VisionView;
  /** Every commitment towards the vision, by title, as it stood on the day and as it stands now. */
  snapshot: SnapshotRow<CommitmentView>[];
  /** The check-in on the same vision before this one. */
  previous?: CheckinView;
  /** The check-in on the same vision after this one. */
  following?: CheckinView;
  /** What changed between the previous check-in and this one; absent for the first. */
  changes?: Changes;
  /** Reviews done as part of it, by commitment title. */
  reviews: Listing<ReviewView>;
}

export interface UpdateView extends Entry<Update> {
  commitment: CommitmentView;
  /** The partner who made the commitment. */
  partner: PartnerView;
  evidence?: Evidence[];
  /** Its Easy Read version, shown on its commitment's Easy Read page. */
  easyRead?: EasyReadView;
  easyReadChecked?: EasyReadCheckedView<GroupView>;
}

export interface ThemeView extends Entry<Theme> {
  /** What people said about it, by reference code. */
  inputs: Listing<InputView>;
  /** Those inputs' outcomes, in the same order. */
  outcomes: Outcome[];
  /** The meetings that discussed it, newest first. */
  meetings: Listing<MinutesView>;
  /** The commitments what people said about it led to, by title. */
  commitments: Listing<CommitmentView>;
}

export interface GroupView extends Entry<Group> {
  /** Its meetings' minutes, newest first. */
  meetings: Listing<MinutesView>;
  /** The date of its next meeting, when that is today or later. */
  upcoming?: string;
  /** Its next meeting, with when, where and how to join, when its day is today or later. */
  next?: NextMeeting;
  /** The actions its meetings agreed, in the order of every action (open ones first). */
  actions: Listing<ActionView>;
  /** How many of those are still open. */
  openActions: number;
  /** The reviews it has done, disputed first, then newest first. */
  reviews: Listing<ReviewView>;
  /** The group it takes its points to, if any. */
  reportsTo?: GroupView;
  /** The groups that take their points to it, by name. */
  reportedBy: GroupView[];
}

export interface MinutesView extends Entry<Minutes> {
  group: GroupView;
  /** The topics it discussed, in the topics' own order. */
  themes: Listing<ThemeView>;
  /** Their names in the order the minutes give them (what search files the meeting under). */
  themeNames: string[];
  /** The commitments it discussed, by title. */
  commitments: Listing<CommitmentView>;
  /** What people said at this meeting, by reference code. */
  inputs: Listing<InputView>;
  decisions?: string[];
  /** The actions it agreed, in the minutes' own order: the same views as the list of every action. */
  actions?: ActionView[];
  /** Agreed as a true record, a draft, or not recorded either way. */
  record: MinutesRecord<MinutesView>;
  /** Corrections, oldest first; none when it has none. */
  corrections?: { date: string; what: string }[];
}

export interface InputView extends Entry<Input> {
  /** Its topics, in the topics' own order. */
  themes: Listing<ThemeView>;
  /** Their names in the order the input gives them (what search files it under). */
  themeNames: string[];
  /** The meeting where it was said, if any. */
  meeting?: MinutesView;
  /** The commitments it led to or informed, by title. */
  commitments: Listing<CommitmentView>;
  /** The partners of those commitments, each once, by name. */
  partners: PartnerView[];
  /** How long the reply took, or how long it has waited. */
  clock: ReplyClock;
  /** The actions agreed at meetings that answer it, in the order of every action. */
  answeredBy: ActionView[];
  /** What happened to it, as one dated timeline. */
  story: StoryEvent[];
}

/** One action from one meeting, with how long it has waited or took. */
export interface ActionView<M extends Entry<Minutes> = MinutesView, G extends Entry<Group> = GroupView> {
  action: Action;
  meeting: M;
  group: G;
  /** For an open action, days since the meeting that set it; for a closed one, days it took. */
  age: number;
  /** Days past its due date, for an open action; else null. */
  overdue: number | null;
  /** For a closed action, the day it closed (the meeting's day when the minutes give none); else null. */
  closedOn: string | null;
  /** In a portal built in a language: which of the action's words are in it. */
  translation?: LanguageState;
}
