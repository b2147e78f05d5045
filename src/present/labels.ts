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

/**
 * The two flags a commitment can carry beside its status, each named once. "No recent update" (its
 * last update is older than the stale limit) is a different fact from the status "No update yet"
 * (nothing has ever been reported), so each has its own words and neither is said any other way.
 */
export const FLAG_LABELS = {
  overdue: 'Overdue',
  stale: 'No recent update',
} as const;
