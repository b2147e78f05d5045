// The editor offers exactly the fields the content check accepts, with the same allowed values.
// Every expected value here is written out by hand from the contract, not worked out by the code
// under test.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, type Field } from '../../src/contract/editor-config.ts';
import { collections } from '../../src/contract/index.ts';
import { SITE_TRANSLATABLE } from '../../src/contract/site.ts';
import { localesOf } from '../../src/integrations/editor.ts';

type Collection = {
  name: string;
  label?: string;
  label_singular?: string;
  folder?: string;
  extension?: string;
  format?: string;
  slug?: string;
  identifier_field?: string;
  fields?: Field[];
  files?: { file: string; fields: Field[] }[];
};
const config = cmsConfig('owner/portal') as {
  backend: Record<string, string>;
  publish_mode: string;
  collections: Collection[];
};
const byName = new Map(config.collections.map((c) => [c.name, c]));
const fieldsOf = (name: string) => byName.get(name)!.fields!;
const field = (collection: string, name: string) => fieldsOf(collection).find((f) => f.name === name)!;

describe('the editor’s configuration', () => {
  it('opens a pull request for every save, on the site’s repository', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/portal', branch: 'main' });
  });

  it('lists site settings, then every collection in the registry’s order', () => {
    expect(config.collections.map((c) => c.name)).toEqual([
      'site',
      'partners',
      'themes',
      'groups',
      'visions',
      'commitments',
      'updates',
      'minutes',
      'inputs',
      'reviews',
      'checkins',
    ]);
  });

  it.each([
    ['partners', 'Partners', 'Partner', 'yaml', 'yaml'],
    ['themes', 'Topics', 'Topic', 'yaml', 'yaml'],
    ['groups', 'Groups', 'Group', 'yaml', 'yaml'],
    ['visions', 'Visions', 'Vision', 'mdx', 'frontmatter'],
    ['commitments', 'Commitments', 'Commitment', 'mdx', 'frontmatter'],
    ['updates', 'Updates', 'Update', 'mdx', 'frontmatter'],
    ['minutes', 'Minutes', 'Set of minutes', 'mdx', 'frontmatter'],
    ['inputs', 'You said, we did', 'Input', 'md', 'frontmatter'],
  ])('keeps %s in its folder, labelled “%s” and “%s”, as .%s files', (name, many, one, extension, format) => {
    expect(byName.get(name)).toMatchObject({
      folder: `src/content/${name}`,
      label: many,
      label_singular: one,
      extension,
      format,
    });
  });

  it('names a new file the way npm run new does', () => {
    expect(byName.get('updates')).toMatchObject({ slug: '{{fields.commitment}}-{{fields.date}}' });
    expect(byName.get('minutes')).toMatchObject({ slug: '{{fields.group}}-{{fields.date}}' });
    expect(byName.get('inputs')).toMatchObject({ slug: '{{slug}}', identifier_field: 'ref' });
    expect(byName.get('partners')).toMatchObject({ slug: '{{slug}}', identifier_field: 'name' });
    expect(byName.get('commitments')!.slug).toBe('{{slug}}');
    expect(byName.get('commitments')!.identifier_field).toBeUndefined();
  });

  it('offers every field of an update, in the order the schema has them, then the text', () => {
    expect(fieldsOf('updates').map((f) => [f.name, f.widget, f.required])).toEqual([
      ['title', 'string', true],
      ['date', 'datetime', true],
      ['commitment', 'relation', true],
      ['status', 'select', true],
      ['progress', 'number', false],
      ['evidence', 'list', false],
      ['author', 'string', false],
      ['easyRead', 'text', false],
      ['easyReadChecked', 'object', false],
      ['body', 'markdown', true],
    ]);
  });

  it('offers every field of a set of minutes, nested fields included', () => {
    expect(fieldsOf('minutes').map((f) => f.name)).toEqual([
      'title',
      'date',
      'group',
      'attendance',
      'themes',
      'decisions',
      'actions',
      'commitments',
      'agreed',
      'corrections',
      'body',
    ]);
    expect((field('minutes', 'attendance').fields as Field[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['total', 'number', true],
      ['livedExperience', 'number', false],
      ['roles', 'list', false],
    ]);
    expect((field('minutes', 'actions').fields as Field[]).map((f) => f.name)).toEqual([
      'id',
      'action',
      'owner',
      'due',
      'status',
      'closed',
      'outcome',
      'inputs',
    ]);
    expect((field('minutes', 'agreed').fields as Field[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['date', 'datetime', true],
      ['meeting', 'relation', false],
    ]);
    expect((field('minutes', 'corrections').fields as Field[]).map((f) => [f.name, f.required])).toEqual([
      ['date', true],
      ['what', true],
    ]);
  });

  it('lets an input be saved without text below its fields, but not an update', () => {
    expect(field('inputs', 'body').required).toBe(false);
    expect(field('updates', 'body').required).toBe(true);
  });

  it('offers the values the check accepts for each choice', () => {
    expect(field('updates', 'status').options).toEqual([
      'not-started',
      'in-progress',
      'at-risk',
      'delivered',
      'partly-delivered',
      'not-delivered',
      'withdrawn',
    ]);
    expect(field('inputs', 'outcome').options).toEqual([
      'acted-on',
      'in-progress',
      'considering',
      'not-taken-forward',
      'awaiting-response',
    ]);
    expect(field('groups', 'kind').options).toEqual(['forum', 'working-group', 'board', 'other']);
    expect(field('partners', 'kind').options).toEqual(['council', 'nhs', 'voluntary', 'user-led', 'other']);
  });

  it('asks for dates as YYYY-MM-DD, in UTC so a time zone cannot move the day', () => {
    expect(field('commitments', 'due')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
      required: false,
    });
  });

  it('offers the entries of the right collection wherever a field names one, by their name or title', () => {
    expect(field('updates', 'commitment')).toMatchObject({
      widget: 'relation',
      collection: 'commitments',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
    });
    expect(field('updates', 'commitment').multiple).toBeUndefined();
    expect(field('inputs', 'themes')).toMatchObject({
      widget: 'relation',
      collection: 'themes',
      display_fields: ['name'],
      multiple: true,
    });
    expect(field('inputs', 'meeting')).toMatchObject({ widget: 'relation', collection: 'minutes', required: false });
    expect(field('commitments', 'partner')).toMatchObject({ widget: 'relation', collection: 'partners' });
    expect(field('commitments', 'vision')).toMatchObject({ widget: 'relation', collection: 'visions' });
    expect(field('minutes', 'group')).toMatchObject({ widget: 'relation', collection: 'groups' });
  });

  it('leaves aims as a list of ids, since they are aims of the chosen vision, not entries', () => {
    expect(field('commitments', 'aims')).toMatchObject({ widget: 'list', required: true });
  });

  it('warns beside an Easy Read box that saving here removes an Easy Read version written in sections', () => {
    expect(field('commitments', 'easyRead').hint).toMatch(
      /^The Easy Read version: .* box is empty here: change that entry in its file instead, as saving it here removes them\.$/,
    );
  });

  it('shows each field’s description as its hint', () => {
    expect(field('partners', 'website').hint).toBe('Its website, starting with https://.');
  });

  it('has site.yaml, with every field of its schema', () => {
    const site = byName.get('site')!.files![0]!;
    expect(site.file).toBe('src/content/site.yaml');
    expect(site.fields.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['name', 'string', true],
      ['partnership', 'string', true],
      ['description', 'string', true],
      ['contact', 'string', true],
      ['phone', 'string', false],
      ['phoneHours', 'string', false],
      ['address', 'list', false],
      ['accessibility', 'object', false],
      ['formats', 'object', false],
      ['exampleContent', 'boolean', true],
      ['locale', 'string', false],
      ['languages', 'list', false],
      ['allowedPostcodes', 'list', false],
      ['allowedEmails', 'list', false],
      ['allowedPhoneNumbers', 'list', false],
      ['help', 'list', false],
      ['timeZone', 'string', false],
      ['respondWithin', 'number', false],
      ['bankHolidays', 'list', false],
      ['englandAndWalesBankHolidays', 'boolean', false],
      ['licence', 'object', false],
    ]);
  });
});

// Translations: the editor writes a translation beside its original (`crisis-cafe.tr.mdx`), with
// only the words the collection's contract lets a translation set. The expected fields below are
// worked out from each collection's `translatable` list with plain string tests, not with the
// functions the configuration is written with.
const EXAMPLE_LANGUAGES = (parse(readFileSync('src/content/site.yaml', 'utf8')) as { languages: string[] }).languages;
const translating = cmsConfig('owner/portal', 'main', collections, EXAMPLE_LANGUAGES) as {
  i18n?: Record<string, unknown>;
  output?: Record<string, unknown>;
  collections: (Collection & { i18n?: unknown; files?: { file: string; i18n?: unknown; fields: Field[] }[] })[];
};
const inEditor = new Map(translating.collections.map((c) => [c.name, c]));

/** Every field of a form with its path, list items as `*`, as `translatable` lists them. */
function walk(fields: Field[], prefix: string[] = []): { path: string; field: Field }[] {
  return fields.flatMap((field) => {
    // The text below the fields is `text` in the contract.
    const path = field.name === 'body' && prefix.length === 0 ? ['text'] : [...prefix, field.name];
    const inside = [
      ...(field.widget === 'object' ? walk(field.fields as Field[], path) : []),
      ...(field.widget === 'list' && field.fields ? walk(field.fields as Field[], [...path, '*']) : []),
      ...(field.widget === 'list' && field.field
        ? [{ path: [...path, '*'].join('.'), field: field.field as Field }]
        : []),
    ];
    return [{ path: path.join('.'), field }, ...inside];
  });
}

/** Each form the editor shows (every collection, and site.yaml) with the words its translations may set. */
const forms: [string, Field[], readonly string[]][] = [
  ['site', inEditor.get('site')!.files![0]!.fields, SITE_TRANSLATABLE],
  ...Object.values(collections).map((c): [string, Field[], readonly string[]] => [
    c.name,
    inEditor.get(c.name)!.fields!,
    c.translatable ?? [],
  ]),
];
const holdsLists = (f: Field) => f.widget === 'object' || f.widget === 'list';

describe('the editor’s configuration, for a site in several languages', () => {
  it('offers the example’s languages, the content’s own first, and names translations as the check does', () => {
    expect(EXAMPLE_LANGUAGES).toEqual(['en', 'tr', 'pl', 'ar']);
    expect(translating.i18n).toEqual({
      structure: 'multiple_files',
      locales: ['en', 'tr', 'pl', 'ar'],
      default_locale: 'en',
      omit_default_locale_from_file_path: true,
      initial_locales: 'default',
    });
  });

  it('offers each collection with words to translate in every language, and no other', () => {
    for (const c of Object.values(collections))
      expect(inEditor.get(c.name)!.i18n, c.name).toBe((c.translatable ?? []).length > 0 ? true : undefined);
  });

  it('keeps site.yaml’s translations beside it, as site.tr.yaml, with the original at site.yaml', () => {
    const site = inEditor.get('site')!;
    expect(site.i18n).toBe(true);
    expect(site.files![0]).toMatchObject({ file: 'src/content/site.{{locale}}.yaml', i18n: true });
  });

  it.each(forms)(
    'offers in every language exactly the %s fields whose words a translation may set, and the lists and groups holding them',
    (_name, fields, words) => {
      for (const { path, field } of walk(fields)) {
        const expected = words.includes(path) || (holdsLists(field) && words.some((w) => w.startsWith(`${path}.`)));
        expect(field.i18n, path).toBe(expected ? true : undefined);
      }
    },
  );

  it.each(forms)('has a field for every word a translation of %s may set', (_name, fields, words) => {
    const paths = new Map(walk(fields).map(({ path, field }) => [path, field]));
    for (const word of words) {
      // An Easy Read version in sections is written in files; the editor offers its plain text form.
      const steps = word.split('.');
      const at = steps.map((_, i) => steps.slice(0, steps.length - i).join('.')).find((p) => paths.has(p))!;
      const field = paths.get(at)!;
      expect(field.i18n, word).toBe(true);
      if (at !== word) expect(field.widget, word).toBe('text');
    }
  });

  it('never copies a fact into a translation: no field is duplicated into the other languages', () => {
    const values = walk(forms.flatMap(([, fields]) => fields)).map(({ field }) => field.i18n);
    expect(new Set(values)).toEqual(new Set([true, undefined]));
  });

  it.each(forms)(
    'needs the %s words the original needs in the content’s own language only, so a translation may leave them out',
    (_name, fields) => {
      for (const { path, field } of walk(fields))
        if (field.i18n) expect([false, ['en']], path).toContainEqual(field.required);
        else expect(typeof field.required, path).toBe('boolean');
    },
  );

  it('needs a commitment’s title and text in English only, and its partner, a fact, as before', () => {
    const fields = inEditor.get('commitments')!.fields!;
    expect(fields.find((f) => f.name === 'title')!.required).toEqual(['en']);
    expect(fields.find((f) => f.name === 'body')).toMatchObject({ i18n: true, required: ['en'] });
    expect(fields.find((f) => f.name === 'partner')).toMatchObject({ required: true });
    expect(fields.find((f) => f.name === 'partner')!.i18n).toBeUndefined();
  });

  it('gives each sentence of a list to translate an input of its own, empty in a new translation', () => {
    const decisions = inEditor.get('minutes')!.fields!.find((f) => f.name === 'decisions')!;
    expect(decisions).toMatchObject({
      widget: 'list',
      i18n: true,
      required: false,
      field: { name: 'decisions', widget: 'string', i18n: true, required: ['en'] },
    });
  });

  it.each(forms)(
    'gives each item of every plain list of %s a field of its own, so a fact in a list is never copied into a new translation',
    (_name, fields) => {
      for (const { path, field } of walk(fields))
        if (field.widget === 'list') expect(field.fields ?? field.field, path).toBeDefined();
    },
  );

  it('offers site.yaml’s address lines in English only, and each known issue in every language', () => {
    const site = inEditor.get('site')!.files![0]!.fields;
    expect(site.find((f) => f.name === 'address')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect((site.find((f) => f.name === 'address')!.field as Field).i18n).toBeUndefined();
    const accessibility = site.find((f) => f.name === 'accessibility')!.fields as Field[];
    expect(accessibility.find((f) => f.name === 'knownIssues')!.field).toMatchObject({ widget: 'string', i18n: true });
  });

  it('leaves a field left empty out of the file, so an untranslated word is never written as empty text', () => {
    expect(translating.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('offers no languages at all for a site in one language, whatever it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,3}$/), (code) => {
        for (const languages of [[], [code]]) {
          const config = cmsConfig('owner/portal', 'main', collections, languages);
          const text = JSON.stringify(config);
          expect(text.includes('i18n'), 'an i18n option').toBe(false);
          expect(text.includes('{{locale}}'), 'a file named by language').toBe(false);
          expect(/"required":\[/.test(text), 'a field needed in some languages only').toBe(false);
          expect(config).toEqual(cmsConfig('owner/portal'));
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('Sveltia CMS', () => {
  // The JSON schema of the configuration that ships with the installed @sveltia/cms.
  const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
  const accepts = new Ajv({ strict: false, validateFormats: false }).compile(schema);

  it.each([
    ['one language', []],
    ['the example’s four', EXAMPLE_LANGUAGES],
  ])('accepts the configuration for a site in %s', (_name, languages) => {
    const valid = accepts(cmsConfig('owner/portal', 'main', collections, languages));
    expect(accepts.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('refuses a field marked in a way it does not know, so the check above has teeth', () => {
    const config = cmsConfig('owner/portal', 'main', collections, EXAMPLE_LANGUAGES) as typeof translating;
    (config.collections[1]!.fields![0] as Field).i18n = 'copy';
    expect(accepts(config)).toBe(false);
  });
});

describe('the languages the built editor offers', () => {
  it('are those the content check gave Astro’s routing from site.yaml, in their order', () => {
    expect(localesOf(['en', 'tr', 'pl', 'ar'])).toEqual(['en', 'tr', 'pl', 'ar']);
    expect(localesOf([{ path: 'cy' }, 'en'])).toEqual(['cy', 'en']);
  });

  it('are none when Astro was given none', () => {
    expect(localesOf(undefined)).toEqual([]);
  });
});
