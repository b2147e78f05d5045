// The field reference in CONTRIBUTING.md, written from the schemas so the two cannot drift apart.
import type { z } from 'astro/zod';
import { collections, siteSchema, type CollectionName } from './index.ts';
import { defOf, isDate, isOptional, objectForm, unwrap } from './schema-walk.ts';

type Schema = z.ZodType;

/** What to write in a field, in words: "a date, YYYY-MM-DD", "one of: `a`, `b`". */
function kindOf(schema: Schema): string {
  if (isDate(schema)) return 'a date, written YYYY-MM-DD';
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'enum':
      return `one of: ${Object.values(def.entries ?? {})
        .map((v) => `\`${v}\``)
        .join(', ')}`;
    case 'boolean':
      return '`true` or `false`';
    case 'number':
      return 'a number';
    case 'array': {
      const element = def.element!;
      const elementDef = defOf(unwrap(element));
      return elementDef.type === 'object'
        ? 'a list, each item with the fields below'
        : `a list, each item ${kindOf(element)}`;
    }
    case 'object':
      return 'the fields below';
    case 'union':
      return (def.options ?? []).map((o) => kindOf(o)).join('; or ');
    default:
      return 'text';
  }
}

function describe(schema: Schema): string {
  let s: Schema | undefined = schema;
  while (s) {
    if (s.description) return s.description;
    const def = defOf(s);
    s = def.innerType;
  }
  return '';
}

function rows(schema: Schema, prefix = ''): string[] {
  const def = defOf(unwrap(schema));
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const row = `| \`${path}\` | ${isOptional(field) ? 'no' : 'yes'} | ${kindOf(field)} | ${describe(field).replace(/\|/g, '\\|')} |`;
    const inner = defOf(unwrap(field));
    const form = objectForm(field);
    const nested =
      inner.type === 'object'
        ? rows(field, `${path}.`)
        : inner.type === 'array' && inner.element
          ? rows(inner.element, `${path}[].`)
          : form
            ? rows(form, `${path}.`)
            : [];
    return [row, ...nested];
  });
}

const TITLES: Record<CollectionName, string> = {
  partners: 'Partners',
  themes: 'Topics (themes)',
  groups: 'Groups',
  visions: 'Visions',
  commitments: 'Commitments',
  updates: 'Updates',
  minutes: 'Minutes',
  inputs: 'You said, we did (inputs)',
};

export function fieldReference(): string {
  const table = (title: string, where: string, schema: Schema) =>
    [
      `### ${title}`,
      '',
      where,
      '',
      '| Field | Needed? | What to write | What it is |',
      '| --- | --- | --- | --- |',
      ...rows(schema),
      '',
    ].join('\n');
  return [
    table('The site', 'One file: `src/content/site.yaml`.', siteSchema),
    ...(Object.keys(collections) as CollectionName[]).map((name) => {
      const { endings, schema } = collections[name];
      const text = endings.includes('.md' as never);
      const file = text
        ? `\`src/content/${name}/<id>.mdx\` (or \`.md\`), the fields between two \`---\` lines, then the text`
        : `\`src/content/${name}/<id>.yaml\``;
      return table(TITLES[name], `One file per entry: ${file}.`, schema);
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
