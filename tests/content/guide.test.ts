// The contributor guide's field reference is written from the schemas: it must match them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/contract/index.ts';
import { siteSchema } from '../../src/contract/site.ts';
import { withReference } from '../../src/contract/field-reference.ts';
import { keysOf } from '../../src/contract/schema-walk.ts';
import { PROJECT } from '../helpers/fixture.ts';

const guide = readFileSync(join(PROJECT, 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('has the field reference the schemas give today (run npm run docs after changing a schema)', () => {
    expect(withReference(guide)).toBe(guide);
  });
  it('lists every field of every kind of file', () => {
    for (const schema of [siteSchema, ...Object.values(collections).map((c) => c.schema)]) {
      for (const key of keysOf(schema)) expect(guide).toContain(`| \`${key}\` |`);
    }
  });
  it('is linked from the README', () => {
    expect(readFileSync(join(PROJECT, 'README.md'), 'utf8')).toContain('(CONTRIBUTING.md)');
  });
});
