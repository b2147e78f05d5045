// Every field of every schema, given a value of each wrong type, gets a message in plain words:
// none of Zod's own wording ("Invalid input: expected object, received string") reaches a volunteer.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/check/read.ts';
import { validateEntry } from '../../src/check/validate.ts';
import { COLLECTION_NAMES, collections, siteSchema } from '../../src/contract/index.ts';
import { allFields, fieldAt } from '../../src/contract/schema-walk.ts';

const ZOD_WORDING =
  /Invalid input|Invalid (string|option|union|key|element|value)|Too (big|small)|expected \w+, received|Unrecognized key|must match pattern|Expected/;
const WRONG: unknown[] = ['text', 42, -1, 3.5, true, null, [], ['a'], [{}], {}, { x: 1 }, '2025-02-30', ''];

/** Every field path in a schema, nested fields and list items included (the first item of each list). */
function paths(schema: z.ZodType): PropertyKey[][] {
  return allFields(schema).map((f) => f.path.map((step) => (step === '[]' ? 0 : step)));
}

function setAt(path: PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [setAt(rest, value)] : { [head as string]: setAt(rest, value) };
}

const schemas = [
  ['site', siteSchema] as const,
  ...COLLECTION_NAMES.map((name) => [name, collections[name].schema] as const),
];

describe('messages for a value of the wrong type', () => {
  for (const [name, schema] of schemas) {
    it(`are plain words for every field of ${name}`, () => {
      const all = paths(schema);
      expect(all.length).toBeGreaterThan(0);
      for (const path of all) {
        expect(fieldAt(schema, path), path.join('.')).toBeDefined();
        for (const value of WRONG) {
          const entry = {
            collection: name,
            id: 'x',
            file: `src/content/${name}/x.yaml`,
            data: setAt(path, value),
            body: '',
            bodyLine: 1,
            text: '',
            readable: [],
            lineOf: () => 1,
          } as RawEntry;
          for (const problem of validateEntry(entry).problems) {
            expect(problem.message, `${name} ${path.join('.')} = ${JSON.stringify(value)}`).not.toMatch(ZOD_WORDING);
          }
        }
      }
    });
  }
  it('accept Easy Read as plain text as well as in sections', () => {
    const vision = {
      title: 'V',
      summary: 'S',
      status: 'draft',
      coProduction: 'Workshops',
      aims: [{ id: 'a', title: 'A', description: 'D' }],
    };
    const check = (easyRead: unknown) =>
      validateEntry({
        collection: 'visions',
        id: 'v',
        file: 'src/content/visions/v.mdx',
        data: { ...vision, easyRead },
        body: '',
        bodyLine: 1,
        text: '',
        readable: [],
        lineOf: () => 1,
      } as RawEntry).problems;
    expect(check('We want help in a crisis.\nWe want it day and night.')).toEqual([]);
    expect(check({ title: 'Our plan', sections: [{ heading: 'Help', lines: ['Help at night.'] }] })).toEqual([]);
    expect(check(42)[0]?.message).toBe(
      '`easyRead` must be the Easy Read text: either plain text, one short sentence a line, or a short `title` and `sections`, each with a `heading` and `lines`; you wrote `42`.',
    );
  });
});
