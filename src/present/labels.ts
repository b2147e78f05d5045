// The words the site uses for each value: a status is always shown in words, in the reader's
// language. Each value names its key in the catalogues (src/present/catalogues/<code>.yaml); the
// order of each list is the order the site shows them in.
import type { ActionStatus, Difference, Involvement, Outcome, Verdict } from '../contract/index.ts';
import type { Comparison, Rung } from '../model/community.ts';
import type { CommitmentStatus } from '../model/status.ts';
import type { Messages } from './messages.ts';

const STATUS_KEYS: Record<CommitmentStatus, string> = {
  'no-update': 'status.noUpdate',
  'not-started': 'status.notStarted',
  'in-progress': 'status.inProgress',
  'at-risk': 'status.atRisk',
  delivered: 'status.delivered',
  'partly-delivered': 'status.partlyDelivered',
  'not-delivered': 'status.notDelivered',
  withdrawn: 'status.withdrawn',
};

const OUTCOME_KEYS: Record<Outcome, string> = {
  'acted-on': 'outcome.actedOn',
  'in-progress': 'outcome.inProgress',
  considering: 'outcome.considering',
  'not-taken-forward': 'outcome.notTakenForward',
  'awaiting-response': 'outcome.awaitingResponse',
};

const ACTION_KEYS: Record<ActionStatus, string> = {
  open: 'action.open',
  done: 'action.done',
  dropped: 'action.dropped',
};

const PARTNER_KIND_KEYS = {
  council: 'partnerKind.council',
  nhs: 'partnerKind.nhs',
  voluntary: 'partnerKind.voluntary',
  'user-led': 'partnerKind.userLed',
  other: 'partnerKind.other',
} as const;

const GROUP_KIND_KEYS = {
  forum: 'groupKind.forum',
  'working-group': 'groupKind.workingGroup',
  board: 'groupKind.board',
  other: 'groupKind.other',
} as const;

const VISION_STATUS_KEYS = {
  adopted: 'visionStatus.adopted',
  'under-review': 'visionStatus.underReview',
  draft: 'visionStatus.draft',
  retired: 'visionStatus.retired',
} as const;

const VERDICT_KEYS: Record<Verdict, string> = {
  delivered: 'verdict.delivered',
  'partly-delivered': 'verdict.partlyDelivered',
  'in-progress': 'verdict.inProgress',
  'at-risk': 'verdict.atRisk',
  'not-delivered': 'verdict.notDelivered',
  'too-early': 'verdict.tooEarly',
};

const COMPARISON_KEYS: Record<Comparison, string> = {
  disputed: 'comparison.disputed',
  agrees: 'comparison.agrees',
  'found-more': 'comparison.foundMore',
  'no-report': 'comparison.noReport',
  'too-early': 'comparison.tooEarly',
};

const COMPARISON_MEANING_KEYS: Record<Comparison, string> = {
  disputed: 'comparison.disputedMeaning',
  agrees: 'comparison.agreesMeaning',
  'found-more': 'comparison.foundMoreMeaning',
  'no-report': 'comparison.noReportMeaning',
  'too-early': 'comparison.tooEarlyMeaning',
};

const DIFFERENCE_KEYS: Record<Difference, string> = {
  big: 'difference.big',
  some: 'difference.some',
  none: 'difference.none',
  worse: 'difference.worse',
  'too-early': 'difference.tooEarly',
};

const INVOLVEMENT_KEYS: Record<Involvement, string> = {
  'co-produced': 'involvement.coProduced',
  'co-designed': 'involvement.coDesigned',
  engaged: 'involvement.engaged',
  consulted: 'involvement.consulted',
  informed: 'involvement.informed',
  'not-involved': 'involvement.notInvolved',
};

const INVOLVEMENT_MEANING_KEYS: Record<Involvement, string> = {
  'co-produced': 'involvement.coProducedMeaning',
  'co-designed': 'involvement.coDesignedMeaning',
  engaged: 'involvement.engagedMeaning',
  consulted: 'involvement.consultedMeaning',
  informed: 'involvement.informedMeaning',
  'not-involved': 'involvement.notInvolvedMeaning',
};

const RUNG_KEYS: Record<Rung, string> = {
  all: 'rung.all',
  some: 'rung.some',
  'on-track': 'rung.onTrack',
  'at-risk': 'rung.atRisk',
  none: 'rung.none',
};

const RESPONSE_HEADING_KEYS: Record<Outcome, string> = {
  'acted-on': 'response.actedOn',
  'in-progress': 'response.inProgress',
  considering: 'response.considering',
  'not-taken-forward': 'response.notTakenForward',
  'awaiting-response': 'response.awaitingResponse',
};

const FLAG_KEYS = {
  overdue: 'flag.overdue',
  stale: 'flag.stale',
} as const;

/** Each value of one list with its words, in the list's order. */
function wordsFor<K extends string>(m: Messages, keys: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(keys).map(([value, key]) => [value, m.t(key)])) as Record<K, string>;
}

/** The words for every value the site shows, in one language. */
export interface Labels {
  status: Record<CommitmentStatus, string>;
  outcome: Record<Outcome, string>;
  action: Record<ActionStatus, string>;
  partnerKind: Record<keyof typeof PARTNER_KIND_KEYS, string>;
  groupKind: Record<keyof typeof GROUP_KIND_KEYS, string>;
  visionStatus: Record<keyof typeof VISION_STATUS_KEYS, string>;
  /** What lived-experience reviewers found: the partners' own words for a status, and one more. */
  verdict: Record<Verdict, string>;
  /** How the reviewers' verdict stands against the partner's report, in a few words. */
  comparison: Record<Comparison, string>;
  /** The same, said in full, for the reader who wants to know what it means. */
  comparisonMeaning: Record<Comparison, string>;
  difference: Record<Difference, string>;
  /** The rungs of the co-production ladder, most involvement first. */
  involvement: Record<Involvement, string>;
  involvementMeaning: Record<Involvement, string>;
  /** The rungs of the ladder of how much of a promise is done (src/model/community.ts). */
  rung: Record<Rung, string>;
  /** Where a commitment stood on a check-in's day, when it had not been made yet. */
  notMade: string;
  /** The heading over the partnership's response, by outcome: a reason not to act is given as much room as a result. */
  responseHeading: Record<Outcome, string>;
  /**
   * The two flags a commitment can carry beside its status, each named once. "No recent update"
   * (its last update is older than the stale limit) is a different fact from the status "No update
   * yet" (nothing has ever been reported), so each has its own words and neither is said any other way.
   */
  flag: Record<keyof typeof FLAG_KEYS, string>;
}

// Pages ask for labels thousands of times; each language's are worked out once.
const made = new WeakMap<Messages, Labels>();

/** The words for every value the site shows, in the language of `m`. */
export function labels(m: Messages): Labels {
  let found = made.get(m);
  if (!found) {
    found = {
      status: wordsFor(m, STATUS_KEYS),
      outcome: wordsFor(m, OUTCOME_KEYS),
      action: wordsFor(m, ACTION_KEYS),
      partnerKind: wordsFor(m, PARTNER_KIND_KEYS),
      groupKind: wordsFor(m, GROUP_KIND_KEYS),
      visionStatus: wordsFor(m, VISION_STATUS_KEYS),
      verdict: wordsFor(m, VERDICT_KEYS),
      comparison: wordsFor(m, COMPARISON_KEYS),
      comparisonMeaning: wordsFor(m, COMPARISON_MEANING_KEYS),
      difference: wordsFor(m, DIFFERENCE_KEYS),
      involvement: wordsFor(m, INVOLVEMENT_KEYS),
      involvementMeaning: wordsFor(m, INVOLVEMENT_MEANING_KEYS),
      rung: wordsFor(m, RUNG_KEYS),
      notMade: m.t('status.notMadeYet'),
      responseHeading: wordsFor(m, RESPONSE_HEADING_KEYS),
      flag: wordsFor(m, FLAG_KEYS),
    };
    made.set(m, found);
  }
  return found;
}
