// A file put in the wrong folder fails every field of that folder's collection: the check says
// where it belongs, once, instead of a list of fields that do not fit.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const problemsOf = (c: Copy) => checkContent(c.root).problems.map((p) => [p.file, p.line, p.message]);

describe('a file in the wrong folder', () => {
  it('is told the folder it belongs in when its fields are another collection’s', () => {
    copy = copyFixture();
    copy.rename('updates/night-line-started.mdx', 'commitments/night-line-started.mdx');
    expect(problemsOf(copy)).toEqual([
      [
        'src/content/commitments/night-line-started.mdx',
        1,
        'This file has the fields of an update, not of a commitment: it belongs in src/content/updates/. Move it there.',
      ],
    ]);
  });

  it('is told so for a commitment in the updates folder, and what names that commitment is not told it is missing', () => {
    copy = copyFixture();
    // Updates and an input name night-line: they stay quiet while it is in the wrong folder.
    copy.rename('commitments/night-line.mdx', 'updates/night-line.mdx');
    expect(problemsOf(copy)).toEqual([
      [
        'src/content/updates/night-line.mdx',
        1,
        'This file has the fields of a commitment, not of an update: it belongs in src/content/commitments/. Move it there.',
      ],
    ]);
  });

  it('is not told to move when it only lacks a field of its own folder, though another collection would take it', () => {
    copy = copyFixture();
    // A partner without its kind has a theme's fields: a slip in the right folder, not a move.
    copy.write('partners/harrowby-mind.yaml', 'name: Harrowby Mind\n');
    const messages = checkContent(copy.root).problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('belongs in'))).toBe(false);
    expect(messages.some((m) => m.startsWith('`kind` is missing'))).toBe(true);
  });

  it('gets its field problems as before when it fits no other collection either', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'commitment: night-line\n', 'commitment: night-line\ncolour: red\n');
    copy.rename('updates/night-line-started.mdx', 'commitments/night-line-started.mdx');
    const messages = checkContent(copy.root).problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('belongs in'))).toBe(false);
    expect(messages.length).toBeGreaterThan(1);
  });
});
