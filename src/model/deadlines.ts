// A commitment's deadline as it stands, and every time it moved. A deadline moved openly is
// judged against its latest agreed date, but every move stays on show, so a target that keeps
// moving cannot hide.
import type { DueChange } from '../contract/index.ts';
import { daysBetween } from './days.ts';
import { wordsIn, type LanguageState } from './translations.ts';

export interface DeadlineMove {
  /** The due date before the move; absent when no date had been set. */
  from?: string;
  to: string;
  reason: string;
  /** The language of the reason, when it is the original's shown in another language. */
  reasonIn?: string;
  agreed: string;
  /** The minutes id of the meeting that agreed it. */
  meeting?: string;
  /** Days the move added (negative when it brought the date forward); absent when there was no date before. */
  days?: number;
}

export interface Deadline {
  /** The due date the commitment was made with. */
  original?: string;
  /** The latest agreed due date: what overdue is judged against. */
  due?: string;
  /** Every move, in the order agreed. */
  moves: DeadlineMove[];
  /** Days added by all the moves together (the latest date against the first one set). */
  daysAdded: number;
}

export function deadline(
  commitment: { due?: string; dueChanges?: readonly DueChange[] },
  state?: LanguageState,
): Deadline {
  // Oldest first; the check makes sure they are listed so, and a stable sort keeps them if not.
  const changes = (commitment.dueChanges ?? [])
    .map((change, index) => ({ ...change, reasonIn: wordsIn(state, `dueChanges.${index}.reason`) }))
    .sort((a, b) => a.agreed.localeCompare(b.agreed));
  let current = commitment.due;
  let daysAdded = 0;
  const moves = changes.map((change): DeadlineMove => {
    const days = current === undefined ? undefined : daysBetween(current, change.due);
    daysAdded += days ?? 0;
    const move: DeadlineMove = {
      ...(current === undefined ? {} : { from: current }),
      to: change.due,
      reason: change.reason,
      ...(change.reasonIn === undefined ? {} : { reasonIn: change.reasonIn }),
      agreed: change.agreed,
      ...(change.meeting === undefined ? {} : { meeting: change.meeting }),
      ...(days === undefined ? {} : { days }),
    };
    current = change.due;
    return move;
  });
  return { original: commitment.due, due: current, moves, daysAdded };
}

/** Moved deadlines over many commitments, for a scorecard. */
export interface DeadlineCounts {
  /** Commitments whose deadline moved at least once. */
  moved: number;
  /** Moves, all told. */
  moves: number;
  /** Days added by every move together. */
  daysAdded: number;
}

export function deadlineCounts(deadlines: readonly Deadline[]): DeadlineCounts {
  let moved = 0;
  let moves = 0;
  let daysAdded = 0;
  for (const d of deadlines) {
    if (d.moves.length > 0) moved += 1;
    moves += d.moves.length;
    daysAdded += d.daysAdded;
  }
  return { moved, moves, daysAdded };
}
