// What `npm run new` writes: a valid entry from a few answers, with a free id and, for an input,
// the next free reference code. Pure functions; bin/new.ts asks the questions and writes the file.
import { stringify } from 'yaml';
import { SLUG } from './fields.ts';

export const KINDS = ['update', 'commitment', 'minutes', 'input', 'partner', 'theme', 'group'] as const;
export type Kind = (typeof KINDS)[number];

export const FOLDERS: Record<Kind, string> = {
  update: 'updates',
  commitment: 'commitments',
  minutes: 'minutes',
  input: 'inputs',
  partner: 'partners',
  theme: 'themes',
  group: 'groups',
};

export const ENDINGS: Record<Kind, string> = {
  update: '.mdx',
  commitment: '.mdx',
  minutes: '.mdx',
  input: '.md',
  partner: '.yaml',
  theme: '.yaml',
  group: '.yaml',
};

/** Words to a file name: lower case, hyphens, nothing else. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const start = SLUG.test(base) ? base : 'entry';
  if (!taken.has(start)) return start;
  for (let n = 2; ; n++) if (!taken.has(`${start}-${n}`)) return `${start}-${n}`;
}

/**
 * The next reference code for the year: the letters most codes use, and one more than the highest
 * number used that year, padded like the others. YS-2026-007 follows YS-2026-006.
 */
export function nextRef(refs: readonly string[], year: string, fallbackPrefix = 'YS'): string {
  const parsed = refs
    .map((r) => /^([A-Z]{2,5})-(\d{4})-(\d+)$/.exec(r))
    .filter((m): m is RegExpExecArray => m !== null);
  const counts = new Map<string, number>();
  for (const m of parsed) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const prefix =
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? fallbackPrefix;
  const mine = parsed.filter((m) => m[1] === prefix);
  const width = mine.length ? Math.max(...mine.map((m) => m[3]!.length)) : 3;
  const highest = Math.max(0, ...mine.filter((m) => m[2] === year).map((m) => Number(m[3])));
  return `${prefix}-${year}-${String(highest + 1).padStart(width, '0')}`;
}

/** A file's text: YAML alone, or front matter and a body. */
export function fileText(kind: Kind, fields: Record<string, unknown>, body?: string): string {
  const yaml = stringify(fields, { lineWidth: 0 }).trimEnd();
  if (ENDINGS[kind] === '.yaml') return `${yaml}\n`;
  return `---\n${yaml}\n---\n${body ? `\n${body.trim()}\n` : ''}`;
}
