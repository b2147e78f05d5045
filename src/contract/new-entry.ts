// What `npm run new` writes: a valid entry from a few answers, with a free id and, for an input,
// the next free reference code. Pure functions; bin/new.ts asks the questions and writes the file.
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { hasText, type Collection } from './collection.ts';
import { SLUG } from './fields.ts';
import { shapeOf } from './schema-walk.ts';
import { slugOf } from './slug.ts';

/** Words to a new file's name: lower case, hyphens, nothing else, at most eight words. */
export function slugify(text: string): string {
  return slugOf(text.replace(/&/g, ' and ')).split('-').slice(0, 8).join('-');
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

/** The value at a dotted field path, like `attendance.total`. */
export function valueAt(fields: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, step) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined),
      fields,
    );
}

/** `fields` with the value set at a dotted field path, like `attendance.total`. */
export function withValue(fields: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...fields, [head]: value };
  const inner = (fields[head] && typeof fields[head] === 'object' ? fields[head] : {}) as Record<string, unknown>;
  return { ...fields, [head]: withValue(inner, rest.join('.'), value) };
}

/** The id a new entry's file gets: the fields the collection is named by, made lower case with hyphens. */
export function idFor(collection: Collection, fields: Record<string, unknown>): string {
  return collection.idFrom
    .map((field) => slugify(String(valueAt(fields, field) ?? '')))
    .filter(Boolean)
    .join('-');
}

/** The fields in the order the schema lists them, as a volunteer reading the contract expects. */
function inSchemaOrder(schema: z.ZodType, fields: Record<string, unknown>): Record<string, unknown> {
  const shape = shapeOf(schema) ?? {};
  const known = Object.keys(shape).filter((name) => fields[name] !== undefined);
  const others = Object.keys(fields).filter((name) => !(name in shape) && fields[name] !== undefined);
  return Object.fromEntries(
    [...known, ...others].map((name) => {
      const value = fields[name];
      const nested = shape[name] && value && typeof value === 'object' && !Array.isArray(value);
      return [name, nested ? inSchemaOrder(shape[name]!, value as Record<string, unknown>) : value];
    }),
  );
}

/** A file's text: YAML alone, or front matter and a body. */
export function fileText(collection: Collection, fields: Record<string, unknown>, body?: string): string {
  const yaml = stringify(inSchemaOrder(collection.schema, fields), { lineWidth: 0 }).trimEnd();
  if (!hasText(collection)) return `${yaml}\n`;
  return `---\n${yaml}\n---\n${body ? `\n${body.trim()}\n` : ''}`;
}
