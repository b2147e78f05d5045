// A check-in's snapshot: where each commitment towards the vision stood on the check-in's day,
// from the updates up to that day, beside where it stands now, and what changed since the
// check-in before it.
import { COMMITMENT_STATUSES, deriveStatus, type CommitmentStatus, type UpdateLike } from './status.ts';

/** Where a commitment stood on a day: its status then, or `not-made` when it had not been made yet. */
export type StatusThen = CommitmentStatus | 'not-made';

export function statusOn(commitment: { made: string }, updates: readonly UpdateLike[], day: string): StatusThen {
  if (commitment.made > day) return 'not-made';
  return deriveStatus(updates.filter((u) => u.date <= day));
}

export interface SnapshotRow<C> {
  commitment: C;
  /** On the check-in's day. */
  then: StatusThen;
  /** On the build day. */
  now: CommitmentStatus;
  /** On the previous check-in's day; absent when there was none. */
  before?: StatusThen;
}

/** What the snapshot reads of a commitment: when it was made, and its updates up to the build day. */
export interface SnapshotCommitment {
  made: string;
  updates: readonly UpdateLike[];
  now: CommitmentStatus;
}

export function snapshot<C>(
  commitments: readonly C[],
  read: (c: C) => SnapshotCommitment,
  day: string,
  previousDay: string | undefined,
): SnapshotRow<C>[] {
  return commitments.map((commitment) => {
    const c = read(commitment);
    return {
      commitment,
      then: statusOn(c, c.updates, day),
      now: c.now,
      ...(previousDay === undefined ? {} : { before: statusOn(c, c.updates, previousDay) }),
    };
  });
}

/**
 * How many commitments reached each status between the previous check-in and this one, counting
 * those made by the previous one; those made since are counted apart.
 */
export interface Changes {
  /** Each status some commitment moved into, in the site's order of statuses, with how many. */
  reached: { status: CommitmentStatus; count: number }[];
  /** Commitments made since the previous check-in. */
  newlyMade: number;
  /** Commitments whose status was the same at both check-ins. */
  unchanged: number;
}

/** Over the rows of a snapshot taken with a previous check-in's day (rows without one are left out). */
export function changesSince(rows: readonly SnapshotRow<unknown>[]): Changes {
  const counts = new Map<CommitmentStatus, number>();
  let newlyMade = 0;
  let unchanged = 0;
  for (const r of rows) {
    if (r.before === undefined || r.then === 'not-made') continue;
    if (r.before === 'not-made') newlyMade += 1;
    else if (r.before === r.then) unchanged += 1;
    else counts.set(r.then, (counts.get(r.then) ?? 0) + 1);
  }
  return {
    reached: COMMITMENT_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! })),
    newlyMade,
    unchanged,
  };
}
