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
