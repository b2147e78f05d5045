// How to write as a list what was written as one value. A volunteer with one aim writes
// `aims: crisis`, not knowing that a list of one is still a list, so "must be a list" alone leaves
// them guessing at the YAML: the message shows the list written out, with what they wrote in it.
import type { z } from 'astro/zod';
import { elementOf, fieldAt, isOptional, kindOf, shapeOf } from '../contract/schema-walk.ts';

/** Text that YAML would read as something else in a list (a comma, a colon and space, a quote): written in quotes. */
const NEEDS_QUOTES = /[,[\]{}#&*!|>'"%@`]|:\s|:$|^[-?:]|^\s|\s$/;

/** One item as it is written in a list, in quotes where YAML needs them. */
function item(text: string): string {
  return NEEDS_QUOTES.test(text) ? JSON.stringify(text) : text;
}

/**
 * The items a single value stands for: `crisis, housing` is two ids written with commas, as a
 * list is in speech; words with spaces between commas are one sentence, kept whole.
 */
function itemsOf(written: string | number | boolean): string[] {
  const text = String(written).trim();
  const parts = text.split(',').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^\S+$/.test(part)) ? parts : [text];
}

/** The fields each item of a list needs, in the order they are written, those needed first. */
function itemFields(element: z.ZodType): string[] {
  const shape = shapeOf(element) ?? {};
  const names = Object.keys(shape);
  const needed = names.filter((name) => !isOptional(shape[name]!));
  return needed.length ? needed : names;
}

/** "a, b and c". */
const inWords = (names: string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** How to write a list of items that each have fields: `- ` and the first field, the rest lined up under it. */
function listOfFields(name: string, fields: string[]): string {
  const [first, ...rest] = fields.map((f) => `\`${f}: …\``);
  return ` Write it as a list: each item starts with \`- \` on its own line under \`${name}:\`, like \`- ${fields[0]}: …\`${rest.length ? `, with ${inWords(rest)} on the lines below it, lined up under ${first}` : ''}.`;
}

/**
 * The sentence that shows how to write `written` as the list the field at `path` needs, or ""
 * when the field is not a list. Only the field's own name is shown (`inputs`, not the path to it),
 * as it is written in the file.
 */
export function asListHint(schema: z.ZodType, path: readonly PropertyKey[], written: unknown): string {
  const name = path.at(-1);
  const list = fieldAt(schema, path);
  const element = list && elementOf(list);
  if (typeof name !== 'string' || !element) return '';
  if (kindOf(element) === 'fields') return listOfFields(name, itemFields(element));
  if (typeof written !== 'string' && typeof written !== 'number' && typeof written !== 'boolean')
    return ` Write it as a list: each item on its own line under \`${name}:\`, starting with \`- \`.`;
  const items = itemsOf(written).map(item);
  return items.length === 1
    ? ` Write it as a list: \`${name}: [${items[0]}]\`, or one \`- ${items[0]}\` per line under \`${name}:\`.`
    : ` Write it as a list: \`${name}: [${items.join(', ')}]\`, or each on its own line under \`${name}:\`, starting with \`- \`, like \`- ${items[0]}\`.`;
}

/** How a translation writes a list the original has: item for item, so with as many items. */
export function asListLike(name: string, items: number): string {
  return items === 1
    ? ` Write it as a list, as the original does: one line under \`${name}:\`, starting with \`- \`.`
    : ` Write it as a list, as the original does: its ${items} items, each on its own line under \`${name}:\` starting with \`- \`, in the same order.`;
}
