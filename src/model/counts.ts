// Counts over many commitments: status at a glance and each partner's scorecard.
import { COMMITMENT_STATUSES, type CommitmentState, type CommitmentStatus } from './status.ts';

export type StatusCounts = Record<CommitmentStatus, number>;

/** How many commitments have each status (every status present, zero where none). */
export function countByStatus(states: readonly CommitmentState[]): StatusCounts {
  const counts = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const state of states) counts[state.status] += 1;
  return counts;
}

/** A partner's record in numbers. */
export interface Scorecard {
  made: number;
  byStatus: StatusCounts;
  /**
   * Every status, in the order the site lists them, with how many commitments have it (zero where
   * none): one entry per status, so the counts always add up to `made`.
   */
  statuses: { status: CommitmentStatus; count: number }[];
  delivered: number;
  inProgress: number;
  atRisk: number;
  overdue: number;
  stale: number;
  /** Date of the partner's most recent update on any commitment. */
  lastUpdate?: string;
}

export function scorecard(states: readonly CommitmentState[]): Scorecard {
  const byStatus = countByStatus(states);
  const dates = states.map((s) => s.lastUpdate).filter((d): d is string => d !== undefined);
  return {
    made: states.length,
    byStatus,
    statuses: COMMITMENT_STATUSES.map((status) => ({ status, count: byStatus[status] })),
    delivered: byStatus.delivered,
    inProgress: byStatus['in-progress'],
    atRisk: byStatus['at-risk'],
    overdue: states.filter((s) => s.overdue !== null).length,
    stale: states.filter((s) => s.stale !== null).length,
    lastUpdate: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined,
  };
}
