// The editor offers exactly the fields the content check accepts, with the same allowed values.
// Every expected value here is written out by hand from the contract, not worked out by the code
// under test.
import { describe, expect, it } from 'vitest';
import { cmsConfig, type Field } from '../../src/contract/editor-config.ts';

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
      ['allowedEmails', 'list', false],
      ['allowedPhoneNumbers', 'list', false],
      ['help', 'list', false],
      ['respondWithin', 'number', false],
      ['bankHolidays', 'list', false],
      ['licence', 'object', false],
    ]);
  });
});
