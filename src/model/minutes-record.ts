// Whether a set of minutes is a draft or was agreed as a true record, and its corrections.
import type { Minutes } from '../contract/index.ts';

export type MinutesRecord<M> =
  | { state: 'agreed'; date: string; meeting?: M }
  /** Not agreed yet, where the partnership records agreement on other minutes. */
  | { state: 'draft' }
  /** The partnership records no agreement on any minutes, so the site cannot say either way. */
  | { state: 'not-recorded' };

export function minutesRecord<M>(
  minutes: Minutes,
  anyAgreed: boolean,
  meetingOf: (id: string) => M | undefined,
): MinutesRecord<M> {
  if (minutes.agreed)
    return {
      state: 'agreed',
      date: minutes.agreed.date,
      meeting: minutes.agreed.meeting === undefined ? undefined : meetingOf(minutes.agreed.meeting),
    };
  return anyAgreed ? { state: 'draft' } : { state: 'not-recorded' };
}

/** Corrections, oldest first. */
export function corrections(minutes: Minutes): { date: string; what: string }[] {
  return [...(minutes.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}
