// What happened to a commitment over time, as dated events: for the feeds, which tell a follower
// when something changed, on the day it changed (never the day the site was built).
import type { UpdateStatus } from '../contract/index.ts';
import { addDays } from './days.ts';
import { isFinal, type CommitmentStatus } from './status.ts';

/** A change of a commitment's status, on the day of the update that changed it. */
export interface StatusChange {
  /** The update that reported the new status. */
  update: string;
  date: string;
  from: CommitmentStatus;
  to: UpdateStatus;
}

/**
 * Each change of status, oldest first: the first update changes `no-update` to its status, and a
 * later update that gives the same status as the one before it changes nothing. Updates on the
 * same day are read in id order, as the current status reads them.
 */
export function statusChanges(updates: readonly { id: string; date: string; status: UpdateStatus }[]): StatusChange[] {
  const oldestFirst = [...updates].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const changes: StatusChange[] = [];
  let current: CommitmentStatus = 'no-update';
  for (const u of oldestFirst) {
    if (u.status !== current) changes.push({ update: u.id, date: u.date, from: current, to: u.status });
    current = u.status;
  }
  return changes;
}

/**
 * The day a commitment became overdue: the day after its due date, when it is overdue now (it has
 * a due date, that day has passed, and its status is not final); else undefined.
 */
export function overdueSince(due: string | undefined, status: CommitmentStatus, today: string): string | undefined {
  if (!due || isFinal(status)) return undefined;
  const since = addDays(due, 1);
  return since <= today ? since : undefined;
}
