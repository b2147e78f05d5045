// Adding a collection is one step: a collection described once, with defineCollection, and put in
// a registry, gets the check's rules, the content editor's configuration and the field reference
// with no edit anywhere else. The collection here exists only in this test.
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedContent } from '../../src/check/check.ts';
import { cmsConfig, type Field } from '../../src/contract/editor-config.ts';
import { fieldReference } from '../../src/contract/field-reference.ts';
import { collections, defineCollection, isoDate, refTo, text } from '../../src/contract/index.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

const notes = defineCollection({
  name: 'notes',
  schema: z.strictObject({
    title: text.describe('What the note is about.'),
    date: isoDate.meta({ happened: 'A note records something that was seen' }).describe('The day it was written.'),
    commitment: refTo('commitments').describe('The commitment it is about.'),
    themes: z.array(refTo('themes')).optional().describe('The topics it touches.'),
    mood: z.enum(['hopeful', 'worried']).describe('How the writers felt.'),
  }),
  form: 'fields-and-text',
  ending: '.md',
  noun: { one: 'note', many: 'notes' },
  label: { one: 'Field note', many: 'Field notes' },
  nameField: 'title',
  idFrom: ['commitment', 'date'],
});
const registry = { ...collections, notes };
const TODAY = '2025-02-01';

let copy: Copy;
let checked: CheckedContent;
beforeAll(() => {
  copy = copyFixture();
  copy.write(
    'notes/good.md',
    '---\ntitle: Beds open\ndate: 2025-01-20\ncommitment: crisis-beds\nthemes: [crisis]\nmood: hopeful\n---\n\nSeen on a visit.\n',
  );
  copy.write(
    'notes/bad.md',
    '---\ntitle: Night line\ndate: 2025-03-01\ncommitment: night-lines\nthemes: [crisis, housing]\nmood: hopeful\n---\n',
  );
  checked = checkContent(copy.root, { registry, today: TODAY });
});
afterAll(() => copy.dispose());

const problemsIn = (file: string) => checked.problems.filter((p) => p.file === `src/content/notes/${file}`);

describe('a collection added to the registry', () => {
  it('is read and validated: the entries that pass its schema come back under its name', () => {
    expect(checked.byCollection.notes!.map((e) => e.raw.id)).toEqual(['bad', 'good']);
    expect(problemsIn('good.md')).toEqual([]);
  });

  it('gets the reference rule from its tagged fields, with a suggestion and the file’s line', () => {
    expect(problemsIn('bad.md')).toContainEqual({
      file: 'src/content/notes/bad.md',
      line: 4,
      field: 'commitment',
      message: expect.stringMatching(
        /^There is no commitment `night-lines` \(no file commitments\/night-lines\.mdx\)\. Did you mean `night-line`\?/,
      ),
    });
  });

  it('checks each item of a tagged list', () => {
    expect(problemsIn('bad.md')).toContainEqual(
      expect.objectContaining({
        line: 5,
        field: 'themes › item 2',
        message: expect.stringContaining('There is no theme `housing`'),
      }),
    );
  });

  it('gets the rule that a day that happened cannot be after today, in its own words', () => {
    expect(problemsIn('bad.md')).toContainEqual(
      expect.objectContaining({
        line: 3,
        field: 'date',
        message: `\`date\` is 2025-03-01, but today is ${TODAY}. A note records something that was seen: until then it would count as if it had already happened. Check the date, or add the file on the day.`,
      }),
    );
  });

  it('gets the schema’s own checks, in plain words', () => {
    copy.write('notes/odd.md', '---\ntitle: T\ndate: 2025-01-02\ncommitment: crisis-beds\nmood: cross\n---\n');
    const odd = checkContent(copy.root, { registry, today: TODAY }).problems.filter((p) => p.file.endsWith('odd.md'));
    copy.remove('notes/odd.md');
    expect(odd).toHaveLength(1);
    expect(odd[0]).toMatchObject({ line: 5, field: 'mood' });
    expect(odd[0]!.message).toBe('`mood` must be one of: hopeful, worried; you wrote `cross`.');
  });

  it('is a stray folder to a check that does not know it', () => {
    const problems = checkContent(copy.root, { today: TODAY }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'src/content/notes',
        message: expect.stringContaining('This is not part of the content, so the site would not read it.'),
      }),
    );
  });

  it('appears in the content editor, named like npm run new names files, with a choice of entries where it names them', () => {
    const config = cmsConfig('owner/portal', 'main', registry) as { collections: Record<string, unknown>[] };
    const editor = config.collections.find((c) => c.name === 'notes')!;
    expect(editor).toMatchObject({
      label: 'Field notes',
      label_singular: 'Field note',
      folder: 'src/content/notes',
      extension: 'md',
      format: 'frontmatter',
      slug: '{{fields.commitment}}-{{fields.date}}',
    });
    const fields = editor.fields as Field[];
    expect(fields.map((f) => [f.name, f.widget])).toEqual([
      ['title', 'string'],
      ['date', 'datetime'],
      ['commitment', 'relation'],
      ['themes', 'relation'],
      ['mood', 'select'],
      ['body', 'markdown'],
    ]);
    expect(fields[3]).toMatchObject({ collection: 'themes', multiple: true, required: false });
  });

  it('has its table in the field reference', () => {
    const reference = fieldReference(registry);
    expect(reference).toContain(
      [
        '### Field notes (notes)',
        '',
        'One file per entry: `src/content/notes/<id>.md` (or `.mdx`), the fields between two `---` lines, then the text.',
        '',
        '| Field | Needed? | What to write | What it is |',
        '| --- | --- | --- | --- |',
        '| `title` | yes | text | What the note is about. |',
        '| `date` | yes | a date, written YYYY-MM-DD | The day it was written. |',
        '| `commitment` | yes | the id of a commitment | The commitment it is about. |',
        '| `themes` | no | a list, each item the id of a theme | The topics it touches. |',
        '| `mood` | yes | one of: `hopeful`, `worried` | How the writers felt. |',
      ].join('\n'),
    );
  });
});

describe('the words the project publishes about its fields', () => {
  it('name no place or organisation of the example partnership, which a partnership of its own replaces', () => {
    // The field reference holds every field's description, as /contributing/, the data dictionary and the content editor show them.
    expect(fieldReference().match(/Wrenfold|Kestrel|Larch Street/g)).toBeNull();
    expect(JSON.stringify(cmsConfig('owner/portal')).match(/Wrenfold|Kestrel|Larch Street/g)).toBeNull();
  });
});
