// Every field that shows words is either translatable or stays in the content's language, and the
// pages mark the latter with its language: so a text field added to the contract must be put in
// one list or the other, or named here as a fact that is not words (an id, a code, an address).
import { describe, expect, it } from 'vitest';
import {
  SITE_FIXED_WORDS,
  SITE_TRANSLATABLE,
  collections,
  siteSchema,
  type TranslatableFields,
} from '../../src/contract/index.ts';
import { allFields, kindOf } from '../../src/contract/schema-walk.ts';
import type { z } from 'astro/zod';

const described: [string, z.ZodType, TranslatableFields, TranslatableFields][] = [
  ...Object.values(collections).map((c): [string, z.ZodType, TranslatableFields, TranslatableFields] => [
    c.name,
    c.schema,
    c.translatable ?? [],
    c.fixedWords ?? [],
  ]),
  ['site', siteSchema, SITE_TRANSLATABLE, SITE_FIXED_WORDS],
];

/** The text fields that are not words anyone reads as a language: ids, codes, links, numbers. */
const FACTS: Record<string, string[]> = {
  partners: ['website'],
  themes: [],
  groups: ['reportsTo'],
  visions: ['aims.*.id', 'easyRead.sections.*.lines.*.picture', 'easyReadChecked.group'],
  commitments: [
    'partner',
    'vision',
    'aims.*',
    'dueChanges.*.meeting',
    'easyRead.sections.*.lines.*.picture',
    'easyReadChecked.group',
  ],
  updates: ['commitment', 'evidence.*.url', 'easyRead.sections.*.lines.*.picture', 'easyReadChecked.group'],
  minutes: ['group', 'themes.*', 'actions.*.id', 'actions.*.inputs.*', 'commitments.*', 'agreed.meeting'],
  inputs: ['ref', 'meeting', 'themes.*', 'commitments.*'],
  reviews: ['group', 'commitment', 'evidence.*.url', 'checkin'],
  checkins: ['vision'],
  site: [
    'contact',
    'phone',
    'locale',
    'timeZone',
    'languages.*',
    'allowedPostcodes.*',
    'allowedEmails.*',
    'allowedPhoneNumbers.*',
    'help.*.phone',
    'help.*.web',
    'licence.url',
  ],
};

const textFields = (schema: z.ZodType) =>
  allFields(schema)
    .filter((f) => kindOf(f.schema) === 'text')
    .map((f) => f.path.map((step) => (step === '[]' ? '*' : step)).join('.'));

describe.each(described)('the fields of %s', (name, schema, translatable, fixed) => {
  it('that are text are words (translatable, or staying in the content’s language, or both) or facts, each one of them', () => {
    const wrong = textFields(schema).filter(
      (path) => (translatable.includes(path) || fixed.includes(path)) === FACTS[name]!.includes(path),
    );
    expect(wrong).toEqual([]);
  });

  it('that stay in the content’s language are each a text field of the schema', () => {
    expect(fixed.filter((path) => !textFields(schema).includes(path))).toEqual([]);
  });
});
