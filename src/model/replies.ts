// The response clock: how long the partnership has taken, or is taking, to reply to what people
// said, against the number of working days it promised; and the median reply time by group of inputs.
import { AWAITING, type Input } from '../contract/index.ts';
import type { Entry } from './entries.ts';
import { addWorkingDays, workingDaysBetween } from './working-days.ts';

export type ReplyClock =
  /** No reply yet: working days since it was received, the last day of the promise, and how far past it. */
  | { state: 'waiting'; workingDays: number; standard: number; due: string; pastBy: number | null }
  /** Replied on `on`, after `workingDays`; `late` is how many working days past the promise. */
  | { state: 'answered'; workingDays: number; standard: number; on: string; late: number | null }
  /** Replied, but the day of the reply was not recorded. */
  | { state: 'unrecorded'; standard: number };

export function replyClock(input: Input, today: string, standard: number, holidays: ReadonlySet<string>): ReplyClock {
  if (input.outcome === AWAITING) {
    const workingDays = workingDaysBetween(input.received, today, holidays);
    return {
      state: 'waiting',
      workingDays,
      standard,
      due: addWorkingDays(input.received, standard, holidays),
      pastBy: workingDays > standard ? workingDays - standard : null,
    };
  }
  if (input.responded === undefined) return { state: 'unrecorded', standard };
  const workingDays = workingDaysBetween(input.received, input.responded, holidays);
  return {
    state: 'answered',
    workingDays,
    standard,
    on: input.responded,
    late: workingDays > standard ? workingDays - standard : null,
  };
}

/** The middle value; the mean of the two middle values for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The reply figures for some inputs. */
export interface ReplyFigures {
  received: number;
  /** Replied, with the day recorded. */
  answered: number;
  /** Replied within the promise. */
  onTime: number;
  /** Replied after the promise. */
  late: number;
  /** Replied, day not recorded: what the figures do not know. */
  unrecorded: number;
  waiting: number;
  /** Still waiting and past the promise. */
  waitingPast: number;
  /** Median working days to reply, over those answered with the day recorded. */
  median: number | null;
}

export function replyFigures(clocks: readonly ReplyClock[]): ReplyFigures {
  const answered = clocks.flatMap((c) => (c.state === 'answered' ? [c] : []));
  const waiting = clocks.flatMap((c) => (c.state === 'waiting' ? [c] : []));
  return {
    received: clocks.length,
    answered: answered.length,
    onTime: answered.filter((c) => c.late === null).length,
    late: answered.filter((c) => c.late !== null).length,
    unrecorded: clocks.filter((c) => c.state === 'unrecorded').length,
    waiting: waiting.length,
    waitingPast: waiting.filter((c) => c.pastBy !== null).length,
    median: median(answered.map((c) => c.workingDays)),
  };
}

/** Reply figures for each value of `keyOf`, in the order the keys first appear. */
export function replyFiguresBy<T extends Entry<Input> & { clock: ReplyClock }>(
  inputs: readonly T[],
  keyOf: (input: T) => string,
): { key: string; figures: ReplyFigures }[] {
  const groups = new Map<string, ReplyClock[]>();
  for (const i of inputs) groups.set(keyOf(i), [...(groups.get(keyOf(i)) ?? []), i.clock]);
  return [...groups].map(([key, clocks]) => ({ key, figures: replyFigures(clocks) }));
}

/** The most working days in each band reply times are counted in, for the chart; the last has no end. */
export const REPLY_BANDS = [5, 10, 20, 40, Infinity] as const;

/** A band of working days: from `from` to `upTo`, or from `from` on when `upTo` is absent. */
export interface ReplyBand {
  from: number;
  upTo?: number;
  answered: number;
  waiting: number;
}

/** How many answered and how many still waiting fall in each band. */
export function replyBands(clocks: readonly ReplyClock[]): ReplyBand[] {
  return REPLY_BANDS.map((upTo, i) => {
    const from = i === 0 ? 0 : REPLY_BANDS[i - 1]! + 1;
    const inBand = (c: ReplyClock) => c.state !== 'unrecorded' && c.workingDays >= from && c.workingDays <= upTo;
    return {
      from,
      ...(Number.isFinite(upTo) ? { upTo } : {}),
      answered: clocks.filter((c) => c.state === 'answered' && inBand(c)).length,
      waiting: clocks.filter((c) => c.state === 'waiting' && inBand(c)).length,
    };
  });
}
