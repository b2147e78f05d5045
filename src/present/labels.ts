// The words the site uses for each value: a status is always shown in words.
import type { ActionStatus, Outcome } from '../contract/index.ts';
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

/** The heading over the partnership's response, by outcome: a reason not to act is given as much room as a result. */
export const RESPONSE_HEADINGS: Record<Outcome, string> = {
  'acted-on': 'What we did',
  'in-progress': 'What we are doing',
  considering: 'What happens next',
  'not-taken-forward': 'Why we did not take it forward',
  'awaiting-response': 'What we have said so far',
};
