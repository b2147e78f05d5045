// `npm run check` with nothing changed since the last check gives the last check's findings without
// checking again (src/check/last-check.ts). It must never give them when anything the check reads
// has changed: not even a file rewritten at the same size with its modified time put back.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { hashOf } from '../../src/check/cache.ts';
import { checkContent } from '../../src/check/check.ts';
import { lastCheck, LAST_CHECK_FILE } from '../../src/check/last-check.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

const TODAY = '2026-12-01';
const UPDATE = 'updates/night-line-started.mdx';
let copy: Copy | undefined;
afterEach(() => copy?.dispose());

/** As if the files were looked at a minute after they were written, so their stat is trusted next time. */
const aMinuteLater = () => Date.now() + 60_000;

/** What bin/check.ts does: the last findings when nothing changed, else a check, remembered. */
function run(c: Copy, today = TODAY) {
  const last = lastCheck(c.root, today, aMinuteLater);
  if (last.unchanged) return { reused: true, problems: last.unchanged.problems, warnings: last.unchanged.warnings };
  const { problems, warnings } = checkContent(c.root, { cache: true, today, known: last.hashes });
  last.remember({ problems, warnings });
  return { reused: false, problems, warnings };
}

/** A whole second, so that a modified time put back is exactly the same to the nanosecond. */
const NEW_YEAR = new Date('2026-01-01T00:00:00Z');

/** Rewrites a content file and puts its modified time back to {@link NEW_YEAR}, where it was. */
function rewriteKeepingTime(c: Copy, file: string, text: string) {
  const path = join(c.content, file);
  writeFileSync(path, text);
  utimesSync(path, NEW_YEAR, NEW_YEAR);
}

describe('the last check’s findings, kept', () => {
  it('are given again, without checking, when no file has changed', () => {
    copy = copyFixture();
    copy.edit(UPDATE, 'Going well.', 'Going well.\n\nShe suffers from depression.');
    const first = run(copy);
    expect(first.reused).toBe(false);
    expect(first.warnings).toHaveLength(1);
    const second = run(copy);
    expect(second).toEqual({ ...first, reused: true });
  });

  it('are not given for a file rewritten at the same size with its modified time put back', () => {
    copy = copyFixture();
    const path = join(copy.content, UPDATE);
    utimesSync(path, NEW_YEAR, NEW_YEAR);
    expect(run(copy).problems).toEqual([]);
    const before = statSync(path);
    rewriteKeepingTime(copy, UPDATE, copy.read(UPDATE).replace('status: in-progress', 'status: in_progress'));
    const after = statSync(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const second = run(copy);
    expect(second.reused).toBe(false);
    expect(second.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'src/content/updates/night-line-started.mdx:5 status',
    ]);
  });

  it('are given again for a file whose time changed but whose bytes did not', () => {
    copy = copyFixture();
    run(copy);
    const path = join(copy.content, UPDATE);
    utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(run(copy).reused).toBe(true);
  });

  it.each([
    ['a file added', (c: Copy) => c.write('themes/new-topic.yaml', 'name: A new topic\n')],
    ['a file removed', (c: Copy) => c.remove(UPDATE)],
    ['a folder added', (c: Copy) => mkdirSync(join(c.content, 'notes'))],
    ['an upload added', (c: Copy) => writeFileSync(join(c.root, 'public', 'uploads', 'x.png'), 'not a picture')],
  ])('are not given after %s', (_, change) => {
    copy = copyFixture();
    mkdirSync(join(copy.root, 'public', 'uploads'), { recursive: true });
    run(copy);
    change(copy);
    expect(run(copy).reused).toBe(false);
  });

  it('come with the hash of every file as its bytes are now, whether its stat was trusted or it was read again', () => {
    copy = copyFixture();
    run(copy);
    run(copy);
    rewriteKeepingTime(
      copy,
      UPDATE,
      readFileSync(join(copy.content, UPDATE), 'utf8').replace('Going well.', 'Going badly'),
    );
    const { hashes } = lastCheck(copy.root, TODAY, aMinuteLater);
    const files = readdirSync(copy.content, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
    expect(files.length).toBeGreaterThan(10);
    expect(new Map([...hashes].filter(([file]) => file.startsWith('src/content/')))).toEqual(
      new Map(files.map((path) => [relative(copy!.root, path), hashOf(readFileSync(path))])),
    );
  });

  it('are not given on another day, when what counts as a future date has moved', () => {
    copy = copyFixture();
    run(copy);
    expect(run(copy, '2026-12-02').reused).toBe(false);
  });

  it('hash every file whose times were too close to the moment of looking to be trusted, and only those', () => {
    copy = copyFixture();
    // Looked at with the real clock, just after the fixture was copied: no file's times are trusted.
    lastCheck(copy.root, TODAY).remember({ problems: [], warnings: [] });
    const record = JSON.parse(readFileSync(join(copy.root, LAST_CHECK_FILE), 'utf8')) as { files: [string, string][] };
    const files = record.files.filter(([, kind]) => kind === 'file').length;
    expect(files).toBeGreaterThan(10);
    const again = lastCheck(copy.root, TODAY);
    expect([again.unchanged?.files, again.hashed]).toEqual([files, files]);
    // Looked at a minute later: every file's times are trusted, and none is read.
    lastCheck(copy.root, TODAY, aMinuteLater).remember({ problems: [], warnings: [] });
    expect(lastCheck(copy.root, TODAY).hashed).toBe(0);
  });

  it('are never given for any other bytes of the same length with the modified time put back', () => {
    copy = copyFixture();
    utimesSync(join(copy.content, UPDATE), NEW_YEAR, NEW_YEAR);
    run(copy);
    const original = copy.read(UPDATE);
    const line = 'Going well.';
    fc.assert(
      fc.property(
        fc
          .string({ minLength: line.length, maxLength: line.length })
          .filter((s) => s !== line && Buffer.byteLength(s) === line.length),
        (other) => {
          rewriteKeepingTime(copy!, UPDATE, original.replace(line, other));
          return lastCheck(copy!.root, TODAY, aMinuteLater).unchanged === undefined;
        },
      ),
      { numRuns: 30 },
    );
    rmSync(join(copy.root, LAST_CHECK_FILE));
  });
});
