// The content editor's configuration (/admin/config.yml), written from the registry, so every
// field the editor offers is a field the content check accepts, with the same allowed values.
import type { z } from 'astro/zod';
import { hasText, type Collection, type Registry } from './collection.ts';
import { collections } from './index.ts';
import { siteSchema } from './site.ts';
import { choicesOf, elementOf, isOptional, kindOf, metaOf, shapeOf } from './schema-walk.ts';

type Schema = z.ZodType;
export type Field = Record<string, unknown> & { name: string; widget: string };

const label = (name: string) =>
  name.charAt(0).toUpperCase() +
  name
    .slice(1)
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();

/** The collection a field (or each item of a list field) names entries of, when it names whole entries. */
function relationOf(schema: Schema, registry: Registry): Collection | undefined {
  const meta = metaOf(elementOf(schema) ?? schema);
  return meta.refersTo && !meta.part ? registry[meta.refersTo] : undefined;
}

export function fieldFor(name: string, schema: Schema, registry: Registry = collections): Field {
  const hint = metaOf(schema).description;
  const common = { name, label: label(name), required: !isOptional(schema), ...(hint ? { hint } : {}) };
  const relation = relationOf(schema, registry);
  if (relation) {
    return {
      ...common,
      widget: 'relation',
      collection: relation.name,
      value_field: '{{slug}}',
      search_fields: [relation.nameField],
      display_fields: [relation.nameField],
      ...(elementOf(schema) ? { multiple: true } : {}),
    };
  }
  switch (kindOf(schema)) {
    case 'date':
      return { ...common, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'enum':
      return { ...common, widget: 'select', options: choicesOf(schema) };
    case 'boolean':
      return { ...common, widget: 'boolean' };
    case 'number':
      return { ...common, widget: 'number', value_type: 'int' };
    case 'fields':
      return { ...common, widget: 'object', fields: fieldsOf(schema, registry) };
    case 'list': {
      const element = elementOf(schema)!;
      return shapeOf(element)
        ? { ...common, widget: 'list', fields: fieldsOf(element, registry) }
        : { ...common, widget: 'list' };
    }
    case 'either':
      // Plain text is the form a volunteer writes in the editor; the set-of-fields form is for files.
      return { ...common, widget: 'text' };
    default:
      return { ...common, widget: 'string' };
  }
}

function fieldsOf(schema: Schema, registry: Registry): Field[] {
  return Object.entries(shapeOf(schema) ?? {}).map(([name, field]) => fieldFor(name, field, registry));
}

/**
 * How the editor names a new file: from one field as it slugs a title, or from several fields
 * joined with hyphens, as `npm run new` does.
 */
function naming(c: Collection): Record<string, string> {
  if (c.idFrom.length > 1) return { slug: c.idFrom.map((f) => `{{fields.${f}}}`).join('-') };
  return { slug: '{{slug}}', ...(c.idFrom[0] !== 'title' ? { identifier_field: c.idFrom[0]! } : {}) };
}

function folderOf(c: Collection, registry: Registry): Record<string, unknown> {
  const text = hasText(c);
  return {
    name: c.name,
    label: c.label.many,
    label_singular: c.label.one,
    folder: `src/content/${c.name}`,
    create: true,
    ...naming(c),
    extension: c.ending.slice(1),
    format: text ? 'frontmatter' : 'yaml',
    fields: [
      ...fieldsOf(c.schema, registry),
      ...(text
        ? [
            {
              name: 'body',
              label: 'Text',
              widget: 'markdown',
              required: c.textRequired ?? true,
              hint: 'Plain Markdown. Curly brackets, scripts, imports and most HTML are refused by the check; use the Quote and Callout components for quotations and boxes.',
            },
          ]
        : []),
    ],
  };
}

export function cmsConfig(
  repository: string,
  branch = 'main',
  registry: Registry = collections,
): Record<string, unknown> {
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
            fields: fieldsOf(siteSchema, registry),
          },
        ],
      },
      ...Object.values(registry).map((c) => folderOf(c, registry)),
    ],
  };
}
