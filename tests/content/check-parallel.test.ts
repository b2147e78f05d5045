// `npm run check` shares the files it must check afresh with worker threads
// (src/check/check-workers.ts). Whichever thread checks a file, the check must find exactly the
// same: the same errors and warnings in the same order, and the same entries, with the same data,
// HTML, headings, addresses and lines, as the check on one thread.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, checkContentInParallel, type CheckedContent } from '../../src/check/check.ts';
import { checkInWorkers } from '../../src/check/check-workers.ts';
import { listContent } from '../../src/check/files.ts';
import type { RawEntry } from '../../src/check/read.ts';
import { copyFixture, PROJECT, type Copy } from '../helpers/fixture.ts';

const TODAY = '2026-12-01';
let copy: Copy | undefined;
afterEach(() => copy?.dispose());

/** An entry as far as anything after the check can see it: everything but its functions, and the lines they answer. */
const entryView = (raw: RawEntry, data: unknown) => ({
  collection: raw.collection,
  id: raw.id,
  file: raw.file,
  raw: raw.data,
  data,
  text: raw.text,
  body: raw.body,
  bodyLine: raw.bodyLine,
  rendered: raw.rendered,
  lines: raw.lines?.(),
  titleLine: raw.lineOf(['title']),
});

/** Everything the check returns, in order. */
const view = (c: CheckedContent) => ({
  problems: c.problems,
  warnings: c.warnings,
  site: c.site && entryView(c.site.raw, c.site.data),
  byCollection: Object.fromEntries(
    Object.entries(c.byCollection).map(([name, entries]) => [name, entries.map((e) => entryView(e.raw, e.data))]),
  ),
  translations: c.translations.map((t) => ({ ...t, raw: entryView(t.raw, t.data) })),
});

/** The files of a project, all of which a worker is asked to check. */
const filesOf = (root: string) => listContent(join(root, 'src', 'content'), root).files;

describe('the check shared with worker threads', () => {
  it('has the workers check every file they are given, when this thread leaves them all to them', async () => {
    copy = copyFixture(join(PROJECT, 'src', 'content'));
    // site.yaml is always read by the main thread first, since its contacts are what the others may hold.
    const files = filesOf(copy.root).filter((f) => f.collection !== 'site');
    const records = await checkInWorkers(
      { root: copy.root, allow: { emails: [], phones: [] }, files },
      { workers: 2, alongside: false },
    );
    expect([...records.keys()]).toEqual(expect.arrayContaining(files));
    expect(records.size).toBe(files.length);
  });

  it('leaves content nested too deeply for the main thread to the main thread, so both find the same', async () => {
    copy = copyFixture();
    // 3,000 quotes inside each other: more than the main thread's stack can read, less than a
    // 4 MB worker stack could; the file must be refused whichever thread it falls to.
    copy.write(
      'updates/deep-quotes.mdx',
      `---\ntitle: Deep\ndate: 2025-08-18\ncommitment: night-line\nstatus: in-progress\n---\n\n${'> '.repeat(3000)}hello\n`,
    );
    const alone = checkContent(copy.root, { today: TODAY });
    expect(alone.problems.map((p) => p.file)).toContain('src/content/updates/deep-quotes.mdx');
    const byWorkers = await checkContentInParallel(copy.root, { today: TODAY }, { from: 0, alongside: false });
    expect(view(byWorkers)).toEqual(view(alone));
  });

  it('finds the same in the example content as the check on one thread, whoever checks the files', async () => {
    copy = copyFixture(join(PROJECT, 'src', 'content'));
    const alone = view(checkContent(copy.root, { today: TODAY }));
    expect(alone.translations.length).toBeGreaterThan(0);
    const byWorkers = await checkContentInParallel(copy.root, { today: TODAY }, { from: 0, alongside: false });
    expect(view(byWorkers)).toEqual(alone);
    const together = await checkContentInParallel(copy.root, { today: TODAY }, { from: 0 });
    expect(view(together)).toEqual(alone);
  });

  it('finds the same errors and warnings, at the same lines and in the same order, in content with mistakes of every kind', async () => {
    copy = copyFixture();
    // Not YAML: an unclosed bracket.
    copy.write('partners/broken.yaml', 'name: [Broken Partner\nkind: charity\n');
    // A field no collection has.
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: in-progress\ncolour: blue');
    // Personal data, in a body and in the front matter.
    copy.edit(
      'commitments/night-line.mdx',
      'Body.',
      'Body.\n\nCall Sam on 07700 900123 or write to sam.jones@mail.example.',
    );
    copy.edit('minutes/forum-one.mdx', 'owner: Chair', 'owner: Chair (DOB 3 March 1961)');
    // Wording to reconsider (a warning) and wording that is wrong (an error).
    copy.edit(
      'updates/crisis-beds-open.mdx',
      /\n---\n/,
      '\n---\n\nShe suffers from depression. He committed suicide.\n',
    );
    // A component the site does not offer, and code.
    copy.edit('visions/plan.mdx', /\n---\n/, '\n---\n\n<Quotee>Hello</Quotee>\n\n{1 + 1}\n');
    const alone = checkContent(copy.root, { today: TODAY });
    const said = [...alone.problems, ...alone.warnings].map((p) => p.message).join('\n');
    for (const words of [
      'not valid YAML',
      'colour',
      'a UK phone number',
      'an email address',
      'a date of birth',
      'suffers from',
      'committed suicide',
      '`<Quotee>` is not one of the components',
      'curly brackets',
    ])
      expect(said).toContain(words);
    expect(alone.warnings.length).toBeGreaterThan(0);
    const byWorkers = await checkContentInParallel(copy.root, { today: TODAY }, { from: 0, alongside: false });
    expect(view(byWorkers)).toEqual(view(alone));
    const together = await checkContentInParallel(copy.root, { today: TODAY }, { from: 0, workers: 1 });
    expect(view(together)).toEqual(view(alone));
  });

  it('remembers what the workers found, and the next run reuses it', async () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going well.\n\nShe suffers from depression.');
    const alone = view(checkContent(copy.root, { today: TODAY }));
    const first = await checkContentInParallel(copy.root, { today: TODAY, cache: true }, { from: 0, alongside: false });
    expect(view(first)).toEqual(alone);
    expect(first.cacheUse).toEqual({ reused: 0, checked: filesOf(copy.root).length - 1 });
    const second = await checkContentInParallel(copy.root, { today: TODAY, cache: true });
    expect(second.cacheUse).toEqual({ reused: first.cacheUse!.checked, checked: 0 });
    expect(view(second)).toEqual(alone);
  });
});
