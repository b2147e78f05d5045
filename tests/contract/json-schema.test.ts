// The contract as JSON Schema, judged by Ajv (draft 2020-12, strict, with ajv-formats): the
// schemas are valid, the example content validates against them, and malformed files do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { collections as registry, translationName } from '../../src/contract/index.ts';
import { contractSchemas, schemaText } from '../../src/contract/json-schema.ts';
import { PROJECT } from '../helpers/fixture.ts';

const schemas = contractSchemas(registry);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validators = Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, ajv.compile(s)]));

/** The fields of a content file: the whole of a YAML file, or the front matter of a Markdown one. */
function fieldsOf(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) return parseYaml(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return parseYaml(match![1]!);
}

/** The entries' files under `folder`; translations hold words only, and are checked against their originals instead. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory()
      ? filesUnder(join(folder, item.name))
      : /\.(ya?ml|mdx?)$/.test(item.name) &&
          !/^readme/i.test(item.name) &&
          !translationName(item.name.replace(/\.[^.]+$/, ''))
        ? [join(folder, item.name)]
        : [],
  );
}

const content = join(PROJECT, 'src', 'content');
const exampleFiles = [
  { name: 'site', file: join(content, 'site.yaml') },
  ...Object.keys(registry).flatMap((name) => filesUnder(join(content, name)).map((file) => ({ name, file }))),
];

describe('the contract as JSON Schema', () => {
  it('has a schema for site.yaml and for every collection in the registry', () => {
    expect(Object.keys(schemas)).toEqual(['site', ...Object.keys(registry)]);
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.additionalProperties, name).toBe(false);
    }
  });

  it('describes every field in the contract’s own words', () => {
    const props = schemas.commitments!.properties as Record<string, { description?: string }>;
    expect(props.partner!.description).toBe('The id of the partner that made it (a file name in partners/).');
    expect(Object.values(props).every((p) => typeof p.description === 'string')).toBe(true);
  });

  it.each(exampleFiles.map((f) => [f.file.slice(content.length + 1), f] as const))(
    'the example file %s validates',
    (_, { name, file }) => {
      const validate = validators[name]!;
      expect(validate(fieldsOf(file)), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('a malformed file does not, and Ajv says which field', () => {
    const update = validators.updates!;
    expect(update({ title: 't', date: '2026-01-01', commitment: 'c', status: 'deliverd' })).toBe(false);
    expect(update.errors!.map((e) => [e.instancePath, e.keyword])).toContainEqual(['/status', 'enum']);
    expect(update({ title: 't', date: '1 March 2026', commitment: 'c', status: 'delivered' })).toBe(false);
    expect(update.errors!.map((e) => [e.instancePath, e.keyword])).toContainEqual(['/date', 'format']);
    const commitment = validators.commitments!;
    expect(commitment({ titel: 'x' })).toBe(false);
    expect(commitment.errors!.map((e) => e.keyword)).toEqual(
      expect.arrayContaining(['required', 'additionalProperties']),
    );
    const partner = validators.partners!;
    expect(partner({ name: 'A', kind: 'charity' })).toBe(false);
    expect(partner.errors![0]!.instancePath).toBe('/kind');
  });

  it('the published text is the same however many times it is worked out', () => {
    // A copy of the registry is another key, so its schemas are worked out afresh.
    const again = contractSchemas({ ...registry });
    expect(again).not.toBe(schemas);
    expect(Object.keys(again)).toEqual(Object.keys(schemas));
    for (const name of Object.keys(schemas)) expect(schemaText(again[name]!)).toBe(schemaText(schemas[name]!));
  });

  it('is worked out once for a registry, however many pages ask', () => {
    expect(contractSchemas(registry)).toBe(schemas);
  });
});
