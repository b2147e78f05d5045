// The editor offers exactly the fields the content check accepts, with the same allowed values.
import { describe, expect, it } from 'vitest';
import { cmsConfig, type Field } from '../../src/contract/editor-config.ts';
import { collections, siteSchema, type CollectionName } from '../../src/contract/index.ts';
import { defOf, isDate, isOptional, keysOf, unwrap } from '../../src/contract/schema-walk.ts';

type Collection = {
  name: string;
  folder?: string;
  extension?: string;
  fields?: Field[];
  files?: { file: string; fields: Field[] }[];
};
const config = cmsConfig('owner/portal') as {
  backend: Record<string, string>;
  publish_mode: string;
  collections: Collection[];
};
const byName = new Map(config.collections.map((c) => [c.name, c]));

function expectFieldsMatch(fields: Field[], schema: Parameters<typeof keysOf>[0], where: string) {
  const shape = defOf(unwrap(schema!)).shape!;
  expect(
    fields.filter((f) => f.name !== 'body').map((f) => f.name),
    where,
  ).toEqual(Object.keys(shape));
  for (const field of fields.filter((f) => f.name !== 'body')) {
    const s = shape[field.name]!;
    expect(field.required, `${where}.${field.name} required`).toBe(!isOptional(s));
    const inner = defOf(unwrap(s));
    if (field.widget === 'select')
      expect(field.options, `${where}.${field.name}`).toEqual(Object.values(inner.entries ?? {}));
    if (isDate(s)) expect(field.widget, `${where}.${field.name}`).toBe('datetime');
    if (inner.type === 'number') expect(field.widget).toBe('number');
    if (inner.type === 'boolean') expect(field.widget).toBe('boolean');
    if (field.widget === 'relation')
      expect(byName.has(field.collection as string), `${where}.${field.name} points at ${field.collection}`).toBe(true);
    if (field.fields)
      expectFieldsMatch(field.fields as Field[], inner.type === 'array' ? inner.element : s, `${where}.${field.name}`);
  }
}

describe('the editor’s configuration', () => {
  it('opens a pull request for every save, on the site’s repository', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/portal', branch: 'main' });
  });
  it.each(Object.keys(collections) as CollectionName[])(
    'has the %s collection in its folder, with every field of its schema',
    (name) => {
      const c = byName.get(name)!;
      expect(c.folder).toBe(`src/content/${name}`);
      expect(collections[name].endings).toContain(`.${c.extension}`);
      expectFieldsMatch(c.fields!, collections[name].schema, name);
    },
  );
  it('has site.yaml, with every field of its schema', () => {
    const site = byName.get('site')!.files![0]!;
    expect(site.file).toBe('src/content/site.yaml');
    expectFieldsMatch(site.fields, siteSchema, 'site');
  });
  it('offers the entries of the right collection wherever a field names one', () => {
    const updates = byName.get('updates')!.fields!;
    expect(updates.find((f) => f.name === 'commitment')).toMatchObject({
      widget: 'relation',
      collection: 'commitments',
      value_field: '{{slug}}',
    });
    expect(byName.get('inputs')!.fields!.find((f) => f.name === 'themes')).toMatchObject({
      widget: 'relation',
      collection: 'themes',
      multiple: true,
    });
  });
});
