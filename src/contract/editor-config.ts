// The content editor's configuration (/admin/config.yml), written from the schemas, so every
// field the editor offers is a field the content check accepts, with the same allowed values.
import type { z } from 'astro/zod';
import { collections, siteSchema, type CollectionName } from './index.ts';
import { defOf, isDate, isOptional, unwrap } from './schema-walk.ts';

type Schema = z.ZodType;
export type Field = Record<string, unknown> & { name: string; widget: string };

/** Fields that name another entry: the editor offers a choice of them. */
const RELATIONS: Record<string, { collection: CollectionName; display: string }> = {
  'commitments.partner': { collection: 'partners', display: 'name' },
  'commitments.vision': { collection: 'visions', display: 'title' },
  'updates.commitment': { collection: 'commitments', display: 'title' },
  'minutes.group': { collection: 'groups', display: 'name' },
  'minutes.themes': { collection: 'themes', display: 'name' },
  'minutes.commitments': { collection: 'commitments', display: 'title' },
  'inputs.meeting': { collection: 'minutes', display: 'title' },
  'inputs.themes': { collection: 'themes', display: 'name' },
  'inputs.commitments': { collection: 'commitments', display: 'title' },
};

const LABELS: Record<CollectionName, [string, string]> = {
  partners: ['Partners', 'Partner'],
  themes: ['Topics', 'Topic'],
  groups: ['Groups', 'Group'],
  visions: ['Visions', 'Vision'],
  commitments: ['Commitments', 'Commitment'],
  updates: ['Updates', 'Update'],
  minutes: ['Minutes', 'Set of minutes'],
  inputs: ['You said, we did', 'Input'],
};

function describe(schema: Schema): string | undefined {
  for (let s: Schema | undefined = schema; s; s = defOf(s).innerType) if (s.description) return s.description;
  return undefined;
}

const label = (name: string) =>
  name.charAt(0).toUpperCase() +
  name
    .slice(1)
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();

export function fieldFor(name: string, schema: Schema, where: string): Field {
  const common = {
    name,
    label: label(name),
    required: !isOptional(schema),
    ...(describe(schema) ? { hint: describe(schema) } : {}),
  };
  const relation = RELATIONS[`${where}.${name}`];
  const def = defOf(unwrap(schema));
  if (relation) {
    return {
      ...common,
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      search_fields: [relation.display],
      display_fields: [relation.display],
      ...(def.type === 'array' ? { multiple: true } : {}),
    };
  }
  if (isDate(schema))
    return { ...common, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  switch (def.type) {
    case 'enum':
      return { ...common, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'boolean':
      return { ...common, widget: 'boolean' };
    case 'number':
      return { ...common, widget: 'number', value_type: 'int' };
    case 'object':
      return { ...common, widget: 'object', fields: fieldsOf(unwrap(schema), `${where}.${name}`) };
    case 'array': {
      const element = unwrap(def.element!);
      return defOf(element).type === 'object'
        ? { ...common, widget: 'list', fields: fieldsOf(element, `${where}.${name}`) }
        : { ...common, widget: 'list' };
    }
    case 'union':
      // Plain text is the form a volunteer writes in the editor; the set-of-fields form is for files.
      return { ...common, widget: 'text' };
    default:
      return { ...common, widget: 'string' };
  }
}

function fieldsOf(schema: Schema, where: string): Field[] {
  return Object.entries(defOf(unwrap(schema)).shape ?? {}).map(([name, field]) => fieldFor(name, field, where));
}

/** How new files are named: from the title, or the field given here, made lower case with hyphens. */
const IDENTIFIERS: Partial<Record<CollectionName, string>> = {
  partners: 'name',
  themes: 'name',
  groups: 'name',
  inputs: 'ref',
};
const SLUGS: Partial<Record<CollectionName, string>> = { updates: '{{year}}-{{month}}-{{day}}-{{slug}}' };

export function cmsConfig(repository: string, branch = 'main'): Record<string, unknown> {
  const folders = (Object.keys(collections) as CollectionName[]).map((name) => {
    const { endings, schema } = collections[name];
    const text = endings.includes('.md' as never);
    return {
      name,
      label: LABELS[name][0],
      label_singular: LABELS[name][1],
      folder: `src/content/${name}`,
      create: true,
      slug: SLUGS[name] ?? '{{slug}}',
      ...(IDENTIFIERS[name] ? { identifier_field: IDENTIFIERS[name] } : {}),
      ...(text
        ? { extension: name === 'inputs' ? 'md' : 'mdx', format: 'frontmatter' }
        : { extension: 'yaml', format: 'yaml' }),
      fields: [
        ...fieldsOf(schema, name),
        ...(text
          ? [
              {
                name: 'body',
                label: 'Text',
                widget: 'markdown',
                required: name !== 'inputs',
                hint: 'Plain Markdown. Curly brackets, scripts, imports and most HTML are refused by the check; use the Quote and Callout components for quotations and boxes.',
              },
            ]
          : []),
      ],
    };
  });
  return {
    backend: { name: 'github', repo: repository, branch },
    // Every save opens a pull request, which the content check then checks.
    publish_mode: 'editorial_workflow',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    // Uploads are re-encoded in the browser before they are saved: WebP, no camera or GPS metadata.
    // The content check refuses anything in public/uploads that is not an allowed image anyway.
    media_libraries: {
      default: {
        config: {
          max_file_size: 5_000_000,
          slugify_filename: true,
          transformations: { raster_image: { format: 'webp', quality: 85 } },
        },
      },
    },
    collections: [
      {
        name: 'site',
        label: 'The site',
        files: [
          {
            name: 'site',
            label: 'Site settings',
            file: 'src/content/site.yaml',
            format: 'yaml',
            fields: fieldsOf(siteSchema, 'site'),
          },
        ],
      },
      ...folders,
    ],
  };
}
