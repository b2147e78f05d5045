// The content editor's configuration (/admin/config.yml), written from the registry, so every
// field the editor offers is a field the content check accepts, with the same allowed values.
import type { z } from 'astro/zod';
import { hasText, type Collection, type Registry } from './collection.ts';
import { collections } from './index.ts';
import { SITE_TRANSLATABLE, siteSchema } from './site.ts';
import { BODY, holdsTranslatable, isTranslatable, type TranslatableFields } from './translation.ts';
import { choicesOf, elementOf, isOptional, kindOf, metaOf, shapeOf } from './schema-walk.ts';

type Schema = z.ZodType;
export type Field = Record<string, unknown> & { name: string; widget: string };

const label = (name: string) =>
  name.charAt(0).toUpperCase() +
  name
    .slice(1)
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();

/** Beside a field that takes plain text or a set of fields (Easy Read), what the editor does to the set of fields. */
const SET_OF_FIELDS_IN_FILE =
  'If the file writes this in parts (like Easy Read sections with headings and pictures), the box is empty here: change that entry in its file instead, as saving it here removes them.';

/** The collection a field (or each item of a list field) names entries of, when it names whole entries. */
function relationOf(schema: Schema, registry: Registry): Collection | undefined {
  const meta = metaOf(elementOf(schema) ?? schema);
  return meta.refersTo && !meta.part ? registry[meta.refersTo] : undefined;
}

/**
 * What the editor needs to offer translations: the content's own language, in which the words
 * are written first, and the paths of the fields whose words a translation may set.
 */
interface Words {
  own: string;
  fields: TranslatableFields;
}

export function fieldFor(name: string, schema: Schema, registry: Registry = collections): Field {
  return fieldAt(name, [name], schema, registry);
}

/**
 * The editor's field for the schema at `path` (list items as `*`). With `words`, a field holding
 * words a translation may set (or, for a list or a set of fields, holding such words inside it)
 * is offered in every language (`i18n: true`); every other field is a fact, offered only in the
 * content's own language and left out of the translation's file (Sveltia's default, `i18n: false`).
 * `duplicate` is never used: it would copy the fact into each translation, which the check refuses.
 */
function fieldAt(name: string, path: readonly string[], schema: Schema, registry: Registry, words?: Words): Field {
  const hint = metaOf(schema).description;
  const kind = kindOf(schema);
  const container = kind === 'list' || kind === 'fields';
  const translated =
    words !== undefined && (isTranslatable(path, words.fields) || (container && holdsTranslatable(path, words.fields)));
  const required = !isOptional(schema);
  const common = {
    name,
    label: label(name),
    // A translation may leave any words out, which then show in the original's words: a word
    // needed in the original is needed only in the content's own language.
    required: translated && required ? [words.own] : required,
    ...(translated ? { i18n: true } : {}),
    ...(hint ? { hint } : {}),
  };
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
  switch (kind) {
    case 'date':
      return { ...common, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'enum':
      return { ...common, widget: 'select', options: choicesOf(schema) };
    case 'boolean':
      return { ...common, widget: 'boolean' };
    case 'number':
      return { ...common, widget: 'number', value_type: 'int' };
    case 'fields':
      return { ...common, widget: 'object', fields: fieldsOf(schema, registry, path, words) };
    case 'list': {
      const element = elementOf(schema)!;
      const item = [...path, '*'];
      if (shapeOf(element)) return { ...common, widget: 'list', fields: fieldsOf(element, registry, item, words) };
      // Where there are translations, each item of a plain list is a field of its own, so that
      // Sveltia knows whether it is words or a fact when a language is switched on: a plain
      // list's items are copied into the new translation as they are, facts (an address, aim
      // ids) included, and sentences to translate would pass for translated.
      if (words) return { ...common, widget: 'list', field: fieldAt(name, item, element, registry, words) };
      return { ...common, widget: 'list' };
    }
    case 'either':
      // Plain text is the form a volunteer writes in the editor; the set-of-fields form is for files.
      // The editor cannot show that form: it opens such an entry with the box empty, and saving
      // leaves the field out (an empty optional field is not written), so the hint says so where
      // the harm would be done.
      return { ...common, hint: [hint, SET_OF_FIELDS_IN_FILE].filter(Boolean).join(' '), widget: 'text' };
    default:
      return { ...common, widget: 'string' };
  }
}

function fieldsOf(schema: Schema, registry: Registry, path: readonly string[] = [], words?: Words): Field[] {
  return Object.entries(shapeOf(schema) ?? {}).map(([name, field]) =>
    fieldAt(name, [...path, name], field, registry, words),
  );
}

/**
 * How the editor names a new file: from one field as it slugs a title, or from several fields
 * joined with hyphens, as `npm run new` does.
 */
function naming(c: Collection): Record<string, string> {
  if (c.idFrom.length > 1) return { slug: c.idFrom.map((f) => `{{fields.${f}}}`).join('-') };
  return { slug: '{{slug}}', ...(c.idFrom[0] !== 'title' ? { identifier_field: c.idFrom[0]! } : {}) };
}

/** The words of `fields` a translation may set, when the site is offered in more than one language. */
function wordsOf(fields: TranslatableFields | undefined, languages: readonly string[]): Words | undefined {
  return languages.length > 1 && fields?.length ? { own: languages[0]!, fields } : undefined;
}

/** Marks a collection, or site.yaml, as one whose entries have translations. */
const translatable = (words: Words | undefined) => (words ? { i18n: true } : {});

function folderOf(c: Collection, registry: Registry, languages: readonly string[]): Record<string, unknown> {
  const text = hasText(c);
  const words = wordsOf(c.translatable, languages);
  const body = words !== undefined && isTranslatable([BODY], words.fields);
  const required = c.textRequired ?? true;
  return {
    name: c.name,
    label: c.label.many,
    label_singular: c.label.one,
    folder: `src/content/${c.name}`,
    create: true,
    ...naming(c),
    extension: c.ending.slice(1),
    format: text ? 'frontmatter' : 'yaml',
    ...translatable(words),
    fields: [
      ...fieldsOf(c.schema, registry, [], words),
      ...(text
        ? [
            {
              name: 'body',
              label: 'Text',
              widget: 'markdown',
              required: body && required ? [words!.own] : required,
              ...(body ? { i18n: true } : {}),
              hint: 'Plain Markdown. Curly brackets, scripts, imports and most HTML are refused by the check; use the Quote and Callout components for quotations and boxes.',
            },
          ]
        : []),
    ],
  };
}

/**
 * Translations as the content check reads them (src/contract/translation.ts): a file beside its
 * original, named with the language before the ending (`crisis-cafe.tr.mdx` beside
 * `crisis-cafe.mdx`). Sveltia's `multiple_files` names files `<slug>.<language>.<ending>`; the
 * original keeps its own name without the content's language in it.
 */
function translations(languages: readonly string[]): Record<string, unknown> {
  if (languages.length < 2) return {};
  return {
    i18n: {
      structure: 'multiple_files',
      locales: [...languages],
      default_locale: languages[0],
      omit_default_locale_from_file_path: true,
      // A new entry is written in the content's own language; a volunteer switches another
      // language on for an entry when translating it. Otherwise every new entry would be saved
      // with an empty translation into each language.
      initial_locales: 'default',
    },
  };
}

/**
 * The editor's configuration. `languages` are site.yaml's `languages`, the content's own first;
 * with more than one, every collection with words to translate is offered in each of them.
 */
export function cmsConfig(
  repository: string,
  branch = 'main',
  registry: Registry = collections,
  languages: readonly string[] = [],
): Record<string, unknown> {
  const site = wordsOf(SITE_TRANSLATABLE, languages);
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
    // A field left empty is left out of the file rather than written as '', which the check
    // refuses: an optional field of an original, and any words a translation does not translate
    // (they then show in the original's words).
    output: { omit_empty_optional_fields: true },
    ...translations(languages),
    collections: [
      {
        name: 'site',
        label: 'The site',
        ...translatable(site),
        files: [
          {
            name: 'site',
            label: 'Site settings',
            // `{{locale}}` is where a translation's language goes: site.tr.yaml; the original is site.yaml.
            file: site ? 'src/content/site.{{locale}}.yaml' : 'src/content/site.yaml',
            format: 'yaml',
            ...translatable(site),
            fields: fieldsOf(siteSchema, registry, [], site),
          },
        ],
      },
      ...Object.values(registry).map((c) => folderOf(c, registry, languages)),
    ],
  };
}
