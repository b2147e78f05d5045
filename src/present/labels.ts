// The words the site uses for each value: a status is always shown in words.
import type { ActionStatus, Difference, Involvement, Outcome, Verdict } from '../contract/index.ts';
import type { Comparison, Rung } from '../model/community.ts';
import type { CommitmentStatus } from '../model/status.ts';

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  'no-update': 'No update yet',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'at-risk': 'At risk',
  delivered: 'Delivered',
  'partly-delivered': 'Partly delivered',
  'not-delivered': 'Not delivered',
  withdrawn: 'Withdrawn',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'acted-on': 'Acted on',
  'in-progress': 'In progress',
  considering: 'Being considered',
  'not-taken-forward': 'Not taken forward',
  'awaiting-response': 'Waiting for a reply',
};

export const ACTION_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

export const PARTNER_KIND_LABELS = {
  council: 'Council',
  nhs: 'NHS',
  voluntary: 'Voluntary sector',
  'user-led': 'User-led group',
  other: 'Other',
} as const;

export const GROUP_KIND_LABELS = {
  forum: 'Open forum',
  'working-group': 'Working group',
  board: 'Board',
  other: 'Group',
} as const;

export const VISION_STATUS_LABELS = {
  adopted: 'Adopted',
  'under-review': 'Being reviewed',
  draft: 'Draft',
  retired: 'No longer in use',
} as const;

/** What lived-experience reviewers found: the partners' own words for a status, and one more. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  delivered: 'Delivered',
  'partly-delivered': 'Partly delivered',
  'in-progress': 'In progress',
  'at-risk': 'At risk',
  'not-delivered': 'Not delivered',
  'too-early': 'Too early to judge',
};

/** How the reviewers' verdict stands against the partner's report, in a few words. */
export const COMPARISON_LABELS: Record<Comparison, string> = {
  disputed: 'Disputed',
  agrees: 'Agrees',
  'found-more': 'Reviewers found more',
  'no-report': 'Nothing to compare',
  'too-early': 'Too early to judge',
};

/** The same, said in full, for the reader who wants to know what it means. */
export const COMPARISON_MEANINGS: Record<Comparison, string> = {
  disputed: 'The partner reports more than the reviewers found.',
  agrees: 'The reviewers found what the partner reports.',
  'found-more': 'The reviewers found more than the partner reports.',
  'no-report': 'The partner had not reported anything yet, so there was nothing to compare.',
  'too-early': 'The reviewers said it is too soon to judge, so it neither agrees nor disputes.',
};

export const DIFFERENCE_LABELS: Record<Difference, string> = {
  big: 'A big difference',
  some: 'Some difference',
  none: 'No difference yet',
  worse: 'Things are worse',
  'too-early': 'Too early to say',
};

/** The rungs of the co-production ladder, most involvement first. */
export const INVOLVEMENT_LABELS: Record<Involvement, string> = {
  'co-produced': 'Co-produced',
  'co-designed': 'Co-designed',
  engaged: 'Engaged',
  consulted: 'Consulted',
  informed: 'Informed',
  'not-involved': 'Not involved',
};

export const INVOLVEMENT_MEANINGS: Record<Involvement, string> = {
  'co-produced': 'People with lived experience shared power and decisions from start to finish.',
  'co-designed': 'People with lived experience helped design it, but others made the final decisions.',
  engaged: 'People with lived experience were asked for ideas and kept involved as it went on.',
  consulted: 'People with lived experience were asked what they thought, once or now and then.',
  informed: 'People with lived experience were told about it, but not asked.',
  'not-involved': 'People with lived experience were not involved.',
};

/** The rungs of the ladder of how much of a promise is done (src/model/community.ts), in words. */
export const RUNG_LABELS: Record<Rung, string> = {
  all: 'All of it done',
  some: 'Some of it done, and no more to come',
  'on-track': 'Under way',
  'at-risk': 'Under way, but it may not be done',
  none: 'Nothing done',
};

/** Where a commitment stood on a check-in's day, when it had not been made yet. */
export const NOT_MADE_LABEL = 'Not made yet';
/** The heading over the partnership's response, by outcome: a reason not to act is given as much room as a result. */
export const RESPONSE_HEADINGS: Record<Outcome, string> = {
  'acted-on': 'What we did',
  'in-progress': 'What we are doing',
  considering: 'What happens next',
  'not-taken-forward': 'Why we did not take it forward',
  'awaiting-response': 'What we have said so far',
};
/**
 * The two flags a commitment can carry beside its status, each named once. "No recent update" (its
 * last update is older than the stale limit) is a different fact from the status "No update yet"
 * (nothing has ever been reported), so each has its own words and neither is said any other way.
 */
export const FLAG_LABELS = {
  overdue: 'Overdue',
  stale: 'No recent update',
} as const;
