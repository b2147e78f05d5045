// A commitment's current status and its flags, derived from its updates: never stored.
import { UPDATE_STATUSES, type UpdateStatus } from '../contract/index.ts';
import { addMonths, daysBetween } from './days.ts';

/** A commitment's status: its latest update's status, or `no-update` when it has none. */
export type CommitmentStatus = UpdateStatus | 'no-update';

/** Statuses after which a commitment is closed: it can no longer be overdue or stale. */
export const FINAL_STATUSES: readonly UpdateStatus[] = ['delivered', 'partly-delivered', 'not-delivered', 'withdrawn'];

/** Every status a commitment can have, in the order the site lists them. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['no-update', ...UPDATE_STATUSES];

/** How long without an update before a commitment is stale. */
export const STALE_AFTER_MONTHS = 6;

export function isFinal(status: CommitmentStatus): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

/** The fields of an update that status derivation reads. */
export interface UpdateLike {
  id: string;
  date: string;
  status: UpdateStatus;
  progress?: number;
}

/**
 * The latest update by date (not by file name). Same-day updates agree on status (the content
 * check makes sure), so the id only breaks the tie for a stable choice.
 */
export function latestUpdate<U extends UpdateLike>(updates: readonly U[]): U | undefined {
  let latest: U | undefined;
  for (const u of updates) {
    if (!latest || u.date > latest.date || (u.date === latest.date && u.id > latest.id)) latest = u;
  }
  return latest;
}

/**
 * The day a commitment reached the final status it has now (delivered, partly delivered, not
 * delivered, withdrawn): the first of the run of updates with that status it ends with, since an
 * update repeating "delivered" a month later does not deliver it again. Undefined when its status
 * is not final.
 */
export function finalSince(updates: readonly UpdateLike[]): string | undefined {
  const latest = latestUpdate(updates);
  if (!latest || !isFinal(latest.status)) return undefined;
  const oldestFirst = [...updates].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  let since: string | undefined;
  for (const u of oldestFirst) since = u.status === latest.status ? (since ?? u.date) : undefined;
  return since;
}

/** The day a commitment was delivered, when it is delivered now (finalSince). */
export function deliveredSince(updates: readonly UpdateLike[]): string | undefined {
  return latestUpdate(updates)?.status === 'delivered' ? finalSince(updates) : undefined;
}

/** A commitment's updates as the status rules read them. */
export const updateFacts = (
  items: readonly { id: string; data: { date: string; status: UpdateStatus } }[],
): UpdateLike[] => items.map((u) => ({ id: u.id, date: u.data.date, status: u.data.status }));

/** The current status: the latest update's, or `no-update`. */
export function deriveStatus(updates: readonly UpdateLike[]): CommitmentStatus {
  return latestUpdate(updates)?.status ?? 'no-update';
}

/** Days past the due date, or null when not overdue (no due date, not yet passed, or final). */
export function overdueDays(due: string | undefined, status: CommitmentStatus, today: string): number | null {
  if (!due || isFinal(status)) return null;
  const days = daysBetween(due, today);
  return days > 0 ? days : null;
}

/**
 * Days since the last update (or since the commitment was made, when it has none), or null
 * when it is not stale: final, or updated within the last six months.
 */
export function staleDays(
  made: string,
  lastUpdate: string | undefined,
  status: CommitmentStatus,
  today: string,
): number | null {
  if (isFinal(status)) return null;
  const since = lastUpdate ?? made;
  return today > addMonths(since, STALE_AFTER_MONTHS) ? daysBetween(since, today) : null;
}

/** Everything derived about one commitment on one day. */
export interface CommitmentState {
  status: CommitmentStatus;
  /** Date of the latest update, if any. */
  lastUpdate?: string;
  /** Progress from the latest update that gave one. */
  progress?: number;
  /** Days overdue, or null. */
  overdue: number | null;
  /** Days without an update, or null when not stale. */
  stale: number | null;
}

export function commitmentState(
  commitment: { made: string; due?: string },
  updates: readonly UpdateLike[],
  today: string,
): CommitmentState {
  const latest = latestUpdate(updates);
  const status = latest?.status ?? 'no-update';
  const withProgress = latestUpdate(updates.filter((u) => u.progress !== undefined));
  return {
    status,
    lastUpdate: latest?.date,
    progress: withProgress?.progress,
    overdue: overdueDays(commitment.due, status, today),
    stale: staleDays(commitment.made, latest?.date, status, today),
  };
}
