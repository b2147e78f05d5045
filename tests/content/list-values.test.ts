// A single value written where a list is needed (`aims: crisis`) is reported with the list
// written out, holding what the volunteer wrote: "must be a list" alone leaves them to guess the
// YAML. Every list field of every collection says so, not only `aims`.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/check/problem.ts';
import type { RawEntry } from '../../src/check/read.ts';
import { validateEntry } from '../../src/check/validate.ts';
import { COLLECTION_NAMES, collections, siteSchema } from '../../src/contract/index.ts';
import { allFields, elementOf, kindOf } from '../../src/contract/schema-walk.ts';
import { changedFixtures } from '../helpers/changed-fixture.ts';

const { problemsAfter } = changedFixtures();

const C = 'commitments/night-line.mdx';
const M = 'minutes/forum-one.mdx';
const U = 'updates/night-line-started.mdx';

const one = (file: string, line: number, field: string, message: string): Problem[] => [
  { file: `src/content/${file}`, line, field, message },
];

describe('a single value where a list is needed', () => {
  it('shows a commitment’s one aim written as a list', () => {
    expect(problemsAfter((c) => c.edit(C, 'aims:\n  - crisis', 'aims: crisis'))).toEqual(
      one(
        C,
        6,
        'aims',
        '`aims` must be a list of aim ids; you wrote `crisis`. Write it as a list: `aims: [crisis]`, or one `- crisis` per line under `aims:`.',
      ),
    );
  });

  it('shows ids written with commas as a list of each of them', () => {
    expect(problemsAfter((c) => c.edit(M, 'themes:\n  - crisis', 'themes: crisis, housing'))).toEqual(
      one(
        M,
        8,
        'themes',
        '`themes` must be a list of theme ids; you wrote `crisis, housing`. Write it as a list: `themes: [crisis, housing]`, or each on its own line under `themes:`, starting with `- `, like `- crisis`.',
      ),
    );
  });

  it('shows a reference code inside an action written as a list, by the field’s own name', () => {
    const problems = problemsAfter((c) =>
      c.edit(M, '    closed: 2024-04-20', '    closed: 2024-04-20\n    inputs: NM-2024-1'),
    );
    expect(problems).toEqual(
      one(
        M,
        16,
        'actions › item 1 › inputs',
        '`inputs` must be a list of reference codes, like YS-2025-014; you wrote `NM-2024-1`. Write it as a list: `inputs: [NM-2024-1]`, or one `- NM-2024-1` per line under `inputs:`.',
      ),
    );
  });

  it('puts a sentence with a comma in quotes, so the list holds it whole', () => {
    const problems = problemsAfter((c) =>
      c.edit(M, 'commitments:', 'decisions: Open the line, then review it.\ncommitments:'),
    );
    expect(problems).toEqual(
      one(
        M,
        16,
        'decisions',
        '`decisions` must be a list of decisions; you wrote `Open the line, then review it.`. Write it as a list: `decisions: ["Open the line, then review it."]`, or one `- "Open the line, then review it."` per line under `decisions:`.',
      ),
    );
  });

  it('shows a list whose items have fields of their own with `- ` and the first field', () => {
    const problems = problemsAfter((c) =>
      c.edit(U, /evidence:\n(?: {2}.*\n)+/, 'evidence: https://council.northmoor.example/report\n'),
    );
    expect(problems).toEqual(
      one(
        U,
        7,
        'evidence',
        '`evidence` must be a list of links, each with a label and a url; you wrote `https://council.northmoor.example/report`. Write it as a list: each item starts with `- ` on its own line under `evidence:`, like `- label: …`, with `url: …` on the lines below it, lined up under `label: …`.',
      ),
    );
  });

  it('finds it inside Easy Read written in sections, at the field, not only “Easy Read is wrong”', () => {
    const problems = problemsAfter((c) =>
      c.edit(
        C,
        'due: 2024-12-31',
        'due: 2024-12-31\neasyRead:\n  title: A phone line at night\n  sections:\n    - heading: What we promised\n      lines: You can call us at night.',
      ),
    );
    expect(problems).toEqual(
      one(
        C,
        14,
        'easyRead › sections › item 1 › lines',
        '`lines` must be a list of short sentences; you wrote `You can call us at night.`. Write it as a list: `lines: [You can call us at night.]`, or one `- You can call us at night.` per line under `lines:`.',
      ),
    );
  });

  it('in a translation, shows the list with as many items as the original', () => {
    const problems = problemsAfter((c) => {
      c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlanguages: [en, tr]');
      c.edit(M, 'commitments:', 'decisions:\n  - Open a night line.\n  - Meet again in May.\ncommitments:');
      c.write('minutes/forum-one.tr.mdx', '---\ndecisions: Bir gece hattı açın.\n---\n');
    });
    expect(problems).toEqual(
      one(
        'minutes/forum-one.tr.mdx',
        2,
        'decisions',
        '`decisions` must be a list, as in the original, forum-one.mdx; here it is text. Write it as a list, as the original does: its 2 items, each on its own line under `decisions:` starting with `- `, in the same order.',
      ),
    );
  });
});

/** Every list field of a schema: its path, with its first item standing for each, and what an item is. */
function listFields(schema: z.ZodType): { path: (string | number)[]; items: z.ZodType }[] {
  return allFields(schema).flatMap((f) => {
    const items = elementOf(f.schema);
    return items ? [{ path: f.path.map((step) => (step === '[]' ? 0 : step)), items }] : [];
  });
}

/** An entry of `collection` with `value` at `path` and nothing else. */
function entryWith(collection: string, path: (string | number)[], value: unknown): RawEntry {
  const data = path.reduceRight<unknown>(
    (inner, step) => (typeof step === 'number' ? [inner] : { [step]: inner }),
    value,
  );
  return {
    collection,
    id: 'x',
    file: `src/content/${collection}/x.yaml`,
    data,
    body: '',
    bodyLine: 1,
    text: '',
    readable: [],
    lineOf: () => 1,
  } as RawEntry;
}

describe('one value where site.yaml’s allow lists need a list', () => {
  it('is shown written as a list, in full, and its address is not also reported as a detail to allow', () => {
    expect(
      problemsAfter((c) =>
        c.edit(
          'site.yaml',
          'exampleContent: false',
          'exampleContent: false\nallowedEmails: info@northmoor-voices.example',
        ),
      ),
    ).toEqual(
      one(
        'site.yaml',
        6,
        'allowedEmails',
        '`allowedEmails` must be a list of email addresses; you wrote `info@northmoor-voices.example`. Write it as a list: `allowedEmails: ["info@northmoor-voices.example"]`, or one `- "info@northmoor-voices.example"` per line under `allowedEmails:`.',
      ),
    );
  });

  it('gives its example postcode unmasked', () => {
    const [problem] = problemsAfter((c) =>
      c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nallowedPostcodes: {place: hall}'),
    );
    expect(problem!.message).toMatch(/^`allowedPostcodes` must be a list of postcodes, like "ZZ99 1WF"/);
  });
});

describe('every list field of every collection', () => {
  const withLists = [
    ['site', siteSchema] as const,
    ...COLLECTION_NAMES.map((name) => [name, collections[name].schema] as const),
  ].filter(([, schema]) => listFields(schema).length > 0);

  it.each(withLists)('of %s shows a single value written as a list', (name, schema) => {
    for (const { path, items } of listFields(schema)) {
      const field = String(path.at(-1));
      const problem = validateEntry(entryWith(name, path, 'crisis')).problems.find(
        (p) => p.field === path.map((step) => (typeof step === 'number' ? `item ${step + 1}` : step)).join(' › '),
      );
      const written =
        kindOf(items) === 'fields'
          ? `each item starts with \`- \` on its own line under \`${field}:\``
          : `\`${field}: [crisis]\`, or one \`- crisis\` per line under \`${field}:\``;
      expect(problem?.message, `${name} ${path.join('.')}`).toContain(`Write it as a list: ${written}`);
    }
  });
});
