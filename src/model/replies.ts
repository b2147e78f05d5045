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

/** The bands reply times are counted in, for the chart. */
export const REPLY_BANDS = [
  { label: 'Up to 5 working days', upTo: 5 },
  { label: '6 to 10 working days', upTo: 10 },
  { label: '11 to 20 working days', upTo: 20 },
  { label: '21 to 40 working days', upTo: 40 },
  { label: 'More than 40 working days', upTo: Infinity },
] as const;

/** How many answered and how many still waiting fall in each band. */
export function replyBands(clocks: readonly ReplyClock[]): { label: string; answered: number; waiting: number }[] {
  return REPLY_BANDS.map((band, i) => {
    const from = i === 0 ? 0 : REPLY_BANDS[i - 1]!.upTo + 1;
    const inBand = (c: ReplyClock) => c.state !== 'unrecorded' && c.workingDays >= from && c.workingDays <= band.upTo;
    return {
      label: band.label,
      answered: clocks.filter((c) => c.state === 'answered' && inBand(c)).length,
      waiting: clocks.filter((c) => c.state === 'waiting' && inBand(c)).length,
    };
  });
}
