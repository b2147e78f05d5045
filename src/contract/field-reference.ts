// The field reference in CONTRIBUTING.md, written from the registry so the two cannot drift apart.
import type { z } from 'astro/zod';
import { hasText, type Registry } from './collection.ts';
import { collections } from './index.ts';
import { SITE_TRANSLATABLE, siteSchema } from './site.ts';
import { mayTranslate, type TranslatableFields } from './translation.ts';
import { choicesOf, elementOf, formsOf, isOptional, kindOf, metaOf, objectForm, shapeOf } from './schema-walk.ts';

type Schema = z.ZodType;

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** What to write in a field, in words: "a date, YYYY-MM-DD", "one of: `a`, `b`". */
function whatToWrite(schema: Schema, registry: Registry): string {
  const target = metaOf(schema).refersTo;
  const noun = target && !metaOf(schema).part ? registry[target]?.noun.one : undefined;
  if (noun) return `the id of ${article(noun)}`;
  switch (kindOf(schema)) {
    case 'date':
      return 'a date, written YYYY-MM-DD';
    case 'enum':
      return `one of: ${choicesOf(schema)!
        .map((v) => `\`${v}\``)
        .join(', ')}`;
    case 'boolean':
      return '`true` or `false`';
    case 'number':
      return 'a number';
    case 'list': {
      const element = elementOf(schema)!;
      return shapeOf(element)
        ? 'a list, each item with the fields below'
        : `a list, each item ${whatToWrite(element, registry)}`;
    }
    case 'fields':
      return 'the fields below';
    case 'either':
      return formsOf(schema)
        .map((o) => whatToWrite(o, registry))
        .join('; or ');
    default:
      return 'text';
  }
}

function rows(schema: Schema, registry: Registry, prefix = ''): string[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const about = (metaOf(field).description ?? '').replace(/\|/g, '\\|');
    const row = `| \`${path}\` | ${isOptional(field) ? 'no' : 'yes'} | ${whatToWrite(field, registry)} | ${about} |`;
    const element = elementOf(field);
    const nested = element
      ? rows(element, registry, `${path}[].`)
      : shapeOf(field)
        ? rows(objectForm(field) ?? field, registry, `${path}.`)
        : [];
    return [row, ...nested];
  });
}

/** What a translation of such a file may set, from the contract's list of its words (nothing to say when it has none). */
function translations(file: string, fields: TranslatableFields): string[] {
  return fields.length === 0
    ? []
    : [
        `A translation (${file}, beside the original) may set ${mayTranslate(fields, 'reference')}; every other field is a fact, the same in every language, so only the original sets it.`,
        '',
      ];
}

function table(title: string, where: string, schema: Schema, registry: Registry, translated: string[]): string {
  return [
    `### ${title}`,
    '',
    where,
    '',
    ...translated,
    '| Field | Needed? | What to write | What it is |',
    '| --- | --- | --- | --- |',
    ...rows(schema, registry),
    '',
  ].join('\n');
}

/** The reference for site.yaml and every collection in `registry`. */
export function fieldReference(registry: Registry = collections): string {
  return [
    table(
      'The site',
      'One file: `src/content/site.yaml`.',
      siteSchema,
      registry,
      translations('`src/content/site.<language>.yaml`', SITE_TRANSLATABLE),
    ),
    ...Object.values(registry).map((c) => {
      const [preferred, ...others] = c.endings;
      const also = others.length ? ` (or ${others.map((e) => `\`${e}\``).join(', ')})` : '';
      const file = `\`src/content/${c.name}/<id>${preferred}\`${also}${hasText(c) ? ', the fields between two `---` lines, then the text' : ''}`;
      // The label people see, with the folder's name where the two differ.
      const title = c.label.many.toLowerCase() === c.name ? c.label.many : `${c.label.many} (${c.name})`;
      return table(
        title,
        `One file per entry: ${file}.`,
        c.schema,
        registry,
        translations(`\`src/content/${c.name}/<id>.<language>${preferred}\``, c.translatable ?? []),
      );
    }),
  ].join('\n');
}

export const REFERENCE_START = '<!-- field-reference:start (written by npm run docs; do not edit by hand) -->';
export const REFERENCE_END = '<!-- field-reference:end -->';

/** The guide with its reference section replaced by a fresh one. */
export function withReference(guide: string): string {
  const start = guide.indexOf(REFERENCE_START);
  const end = guide.indexOf(REFERENCE_END);
  if (start === -1 || end === -1) throw new Error('CONTRIBUTING.md has lost its field-reference markers.');
  return `${guide.slice(0, start + REFERENCE_START.length)}\n\n${fieldReference()}\n${guide.slice(end)}`;
}
