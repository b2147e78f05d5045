// Matching what a member types to a reference code, forgiving the ways people copy codes from a
// letter: any letter case, spaces for hyphens, and leading zeros dropped or added.

const LOOSE = /^([a-z]{2,5})[\s\-–—_.]*(\d{4})[\s\-–—_.]*(\d+)$/i;

/** A code's key: letters, year and number, with letter case and leading zeros set aside. */
export function refKey(typed: string): string | undefined {
  const m = LOOSE.exec(typed.trim());
  return m ? `${m[1]!.toUpperCase()}-${m[2]}-${Number(m[3])}` : undefined;
}

export type Lookup =
  { found: true; ref: string } | { found: false; reason: 'empty' | 'not-a-code' | 'unknown'; typed: string };

/** Finds the code a member typed among the known codes. */
export function lookUpRef(typed: string, refs: readonly string[]): Lookup {
  if (!typed.trim()) return { found: false, reason: 'empty', typed };
  const key = refKey(typed);
  if (!key) return { found: false, reason: 'not-a-code', typed };
  const ref = refs.find((r) => refKey(r) === key);
  return ref ? { found: true, ref } : { found: false, reason: 'unknown', typed };
}

/** The year a typed code is from (its middle part), or undefined when it is not a code. */
export function refYear(typed: string): string | undefined {
  return LOOSE.exec(typed.trim())?.[2];
}

/** One year's codes, for the code box to fetch when a member looks up a code from that year. */
export interface CodeYear {
  year: string;
  /** What each input said, by its code, in the order given. */
  codes: Record<string, string>;
}

/**
 * Every code split by its year, oldest year first, so that looking one up fetches one small file
 * instead of every page carrying every code. A code that is not well formed goes under no year
 * (the content check refuses those).
 */
export function codesByYear(inputs: readonly { ref: string; said: string }[]): CodeYear[] {
  const years = new Map<string, Record<string, string>>();
  for (const { ref, said } of inputs) {
    const year = refYear(ref);
    if (year === undefined) continue;
    let codes = years.get(year);
    if (!codes) years.set(year, (codes = {}));
    codes[ref] = said;
  }
  return [...years].sort(([a], [b]) => a.localeCompare(b)).map(([year, codes]) => ({ year, codes }));
}
