// The check remembers each file's result (src/check/cache.ts) so that a second run is fast. It must
// never hide a problem: a file changed after it was remembered, a missing upload, a cross-file rule
// broken by another file, or a cache from other code must all be checked as if there were no cache.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_FILE, CHANGES_FILE, MOST_CHANGES, hashOf } from '../../src/check/cache.ts';
import { ChangedWhileChecking, checkContent } from '../../src/check/check.ts';
import { lineOfTable, readEntry } from '../../src/check/read.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

const TODAY = '2026-12-01';
let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const check = (c: Copy) => checkContent(c.root, { cache: true, today: TODAY });
/** Every problem as the report gives it: file, line, field and message. */
const said = (c: ReturnType<typeof check>) =>
  [...c.problems, ...c.warnings].map((p) => `${p.file}:${p.line} ${p.field ?? ''} ${p.message}`);

describe('the check with its cache', () => {
  it('reuses every unchanged file on a second run and finds the same as without a cache', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going well.\n\nShe suffers from depression.');
    const uncached = checkContent(copy.root, { today: TODAY });
    const first = check(copy);
    const second = check(copy);
    const files = first.cacheUse!.checked;
    expect(files).toBeGreaterThan(10);
    expect(second.cacheUse).toEqual({ reused: files, checked: 0 });
    expect(said(second)).toEqual(said(uncached));
    expect(said(second)).toHaveLength(1);
    for (const name of Object.keys(uncached.byCollection)) {
      const view = (c: typeof first) =>
        c.byCollection[name]!.map((e) => ({
          id: e.raw.id,
          data: e.data,
          html: e.raw.rendered?.html,
          text: e.raw.text,
          body: e.raw.body,
          bodyLine: e.raw.bodyLine,
        }));
      expect(view(second), name).toEqual(view(uncached));
    }
  });

  it('finds a mistake made in a file after its result was remembered, at its line and field', () => {
    copy = copyFixture();
    expect(check(copy).problems).toEqual([]);
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    const after = check(copy);
    expect(after.cacheUse!.checked).toBe(1);
    expect(said(after)).toEqual([
      expect.stringMatching(/^src\/content\/updates\/night-line-started\.mdx:5 status `status` must be one of/),
    ]);
  });

  it('finds a phone number added to a file after its result was remembered', () => {
    copy = copyFixture();
    check(copy);
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going well. Call Sam on 07700 900123.');
    expect(said(check(copy)).join('\n')).toContain('a UK phone number');
  });

  it('runs the rules across files on remembered files: a partner removed breaks a remembered commitment, at its line', () => {
    copy = copyFixture();
    check(copy);
    const commitment = copy.read('commitments/night-line.mdx');
    const partner = /^partner: (\S+)$/m.exec(commitment)![1]!;
    const line = commitment.split('\n').findIndex((l) => l.startsWith('partner:')) + 1;
    copy.remove(`partners/${partner}.yaml`);
    const after = check(copy);
    const problem = after.problems.find((p) => p.file === 'src/content/commitments/night-line.mdx');
    expect(problem?.line).toBe(line);
    expect(problem?.message).toContain(`There is no partner \`${partner}\``);
  });

  it('checks a file again when an image it shows is taken away', () => {
    copy = copyFixture();
    mkdirSync(join(copy.root, 'public', 'uploads'), { recursive: true });
    writeFileSync(
      join(copy.root, 'public', 'uploads', 'cafe.png'),
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
        'base64',
      ),
    );
    copy.edit(
      'updates/night-line-started.mdx',
      'Going well.',
      'Going well.\n\n![The café at night](/uploads/cafe.png)',
    );
    expect(check(copy).problems).toEqual([]);
    rmSync(join(copy.root, 'public', 'uploads', 'cafe.png'));
    expect(said(check(copy)).join('\n')).toContain('The image `/uploads/cafe.png` is missing');
  });

  it('ignores a cache written by other code, even one that says a bad file is fine', () => {
    copy = copyFixture();
    check(copy);
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    // Forge the remembered result: the bad file's bytes, with no problems, under another version's key.
    const path = join(copy.root, CACHE_FILE);
    const stored = deserialize(readFileSync(path)) as { key: string; files: Record<string, { hash: string }> };
    const file = 'src/content/updates/night-line-started.mdx';
    stored.files[file]!.hash = hashOf(readFileSync(join(copy.root, file)));
    writeFileSync(path, serialize({ ...stored, key: 'another version of the checker' }));
    const after = check(copy);
    expect(after.cacheUse!.reused).toBe(0);
    expect(after.problems.map((p) => p.file)).toEqual([file]);
  });

  it('writes only the changed results after an edit, and reads them back with the rest', () => {
    copy = copyFixture();
    const first = check(copy);
    const whole = readFileSync(join(copy.root, CACHE_FILE));
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    const second = check(copy);
    expect(second.cacheUse).toEqual({ reused: first.cacheUse!.checked - 1, checked: 1 });
    expect(readFileSync(join(copy.root, CACHE_FILE)).equals(whole)).toBe(true);
    const apart = deserialize(readFileSync(join(copy.root, CHANGES_FILE))) as { files: Record<string, unknown> };
    expect(Object.keys(apart.files)).toEqual(['src/content/updates/night-line-started.mdx']);
    const third = check(copy);
    expect(third.cacheUse).toEqual({ reused: first.cacheUse!.checked, checked: 0 });
    expect(said(third)).toEqual(said(second));
    expect(said(third)).toHaveLength(1);
  });

  it('writes the whole again, with every change in it, once more results have changed than it keeps apart', () => {
    copy = copyFixture();
    check(copy);
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    check(copy);
    expect(existsSync(join(copy.root, CHANGES_FILE))).toBe(true);
    const partner = readdirSync(join(copy.content, 'partners'))[0]!;
    const text = readFileSync(join(copy.content, 'partners', partner), 'utf8');
    for (let i = 0; i < MOST_CHANGES; i++) copy.write(`partners/added-${i}.yaml`, text);
    const after = check(copy);
    expect(after.cacheUse!.checked).toBe(MOST_CHANGES);
    expect(existsSync(join(copy.root, CHANGES_FILE))).toBe(false);
    const whole = deserialize(readFileSync(join(copy.root, CACHE_FILE))) as { files: Record<string, unknown> };
    expect(Object.keys(whole.files)).toHaveLength(after.cacheUse!.reused + MOST_CHANGES);
    expect(Object.keys(whole.files)).toContain('src/content/updates/night-line-started.mdx');
    expect(check(copy).cacheUse!.checked).toBe(0);
  });

  it('ignores changed results written by other code', () => {
    copy = copyFixture();
    check(copy);
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    check(copy);
    // Forge the changed result: no problems, under another version's key.
    const path = join(copy.root, CHANGES_FILE);
    const stored = deserialize(readFileSync(path)) as { key: string; files: Record<string, { validation: unknown[] }> };
    for (const record of Object.values(stored.files)) record.validation = [];
    writeFileSync(path, serialize({ ...stored, key: 'another version of the checker' }));
    const after = check(copy);
    expect(after.cacheUse!.checked).toBe(1);
    expect(after.problems.map((p) => p.file)).toEqual(['src/content/updates/night-line-started.mdx']);
  });

  it('is shared by npm run check (no base path) and the build (base path /)', () => {
    copy = copyFixture();
    const first = check(copy);
    const build = checkContent(copy.root, { cache: true, today: TODAY, base: '/' });
    expect(build.cacheUse).toEqual({ reused: first.cacheUse!.checked, checked: 0 });
  });

  it('trusts a hash just taken of a file instead of reading it again, and reads it when its text is wanted', () => {
    copy = copyFixture();
    const file = 'src/content/updates/night-line-started.mdx';
    const first = check(copy);
    const before = first.updates.find((u) => u.raw.file === file)!;
    const known = new Map([[file, hashOf(readFileSync(join(copy.root, file)))]]);
    // The file changes after it was hashed: the hash stands for the file, so the result is the remembered one...
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    const after = checkContent(copy.root, { cache: true, today: TODAY, known });
    expect(after.problems).toEqual([]);
    const entry = after.updates.find((u) => u.raw.file === file)!;
    expect(entry.data).toEqual(before.data);
    // ...but its text is no longer the text that result was for, and that is said, not used.
    expect(() => entry.raw.text).toThrow(`${file} changed while the check was running. Run the check again.`);
    expect(() => entry.raw.body).toThrow(ChangedWhileChecking);
  });

  it('reads a file whose hash just taken is not the remembered one, and finds its mistake', () => {
    copy = copyFixture();
    const file = 'src/content/updates/night-line-started.mdx';
    check(copy);
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    const known = new Map([[file, hashOf(readFileSync(join(copy.root, file)))]]);
    const after = checkContent(copy.root, { cache: true, today: TODAY, known });
    expect(after.cacheUse!.checked).toBe(1);
    expect(said(after)).toEqual([
      expect.stringMatching(/^src\/content\/updates\/night-line-started\.mdx:5 status `status` must be one of/),
    ]);
  });

  it('gives the same text and body from a hash just taken as from reading every file', () => {
    copy = copyFixture();
    check(copy);
    const read = check(copy);
    const entries = (c: typeof read) => Object.values(c.byCollection).flat();
    const known = new Map(entries(read).map((e) => [e.raw.file, hashOf(readFileSync(join(copy!.root, e.raw.file)))]));
    const trusted = checkContent(copy.root, { cache: true, today: TODAY, known });
    const view = (c: typeof read) => entries(c).map((e) => [e.raw.file, e.raw.text, e.raw.body]);
    expect(known.size).toBeGreaterThan(10);
    expect(entries(read).filter((e) => e.raw.body.trim() !== '').length).toBeGreaterThan(3);
    expect(view(trusted)).toEqual(view(read));
  });

  it('is not used unless asked for', () => {
    copy = copyFixture();
    expect(checkContent(copy.root, { today: TODAY }).cacheUse).toBeUndefined();
  });
});

describe('a remembered line table', () => {
  // Keys may hold any character, the table's own separator (NUL) and step letters included.
  const KEYS = ['a', 'b', 'title', '0', '1', 'k', 'i0', 'a\u0000kb', '\u0000ka', '\u0000i0', 'b\u0000k'];
  it('gives every path the same line as the YAML document it was made from', () => {
    copy = copyFixture();
    const yamlValue = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.string(), fc.integer(), fc.boolean()),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const step = fc.oneof(fc.constantFrom(...KEYS, 'missing'), fc.nat(3));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...KEYS), yamlValue),
        fc.array(fc.array(step, { maxLength: 4 }), { maxLength: 10 }),
        (data, paths) => {
          const text = Object.keys(data).length ? JSON.stringify(data, null, 2) : '{}';
          copy!.write('partners/generated.yaml', text);
          const path = join(copy!.content, 'partners', 'generated.yaml');
          const { entry } = readEntry(copy!.root, { collection: 'partners', path, file: 'generated.yaml' });
          const fromTable = lineOfTable(entry!.lines!());
          for (const p of paths) expect(fromTable(p), JSON.stringify(p)).toBe(entry!.lineOf(p));
        },
      ),
      { numRuns: 200 },
    );
  });
});
