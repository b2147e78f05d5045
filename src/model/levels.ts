// The levels of representation, from each group's `reportsTo`: who takes points to whom.
import type { Group } from '../contract/index.ts';
import type { Entry } from './entries.ts';

export interface Levels<G> {
  /** Bottom first: the groups furthest from the top, then up to the groups that report to none. */
  levels: G[][];
  /** Groups that neither report to another nor have one reporting to them. */
  apart: G[];
}

/** Levels from `reportsTo`; the check refuses loops, and a loop here is cut rather than followed forever. */
export function levelsOf<G extends Entry<Group>>(groups: readonly G[]): Levels<G> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const reportedTo = new Set(groups.flatMap((g) => (g.data.reportsTo ? [g.data.reportsTo] : [])));
  const height = (g: G): number => {
    const seen = new Set<string>([g.id]);
    let hops = 0;
    for (let up = byId.get(g.data.reportsTo ?? ''); up && !seen.has(up.id); up = byId.get(up.data.reportsTo ?? '')) {
      seen.add(up.id);
      hops++;
    }
    return hops;
  };
  const connected = groups.filter((g) => (g.data.reportsTo && byId.has(g.data.reportsTo)) || reportedTo.has(g.id));
  const apart = groups.filter((g) => !connected.includes(g));
  const top = Math.max(-1, ...connected.map(height));
  const levels: G[][] = [];
  for (let h = top; h >= 0; h--) levels.push(connected.filter((g) => height(g) === h));
  return { levels: levels.filter((l) => l.length > 0), apart };
}
