// A file with a problem of its own is reported once, where it is: the files that refer to it are
// never told it is missing, nor sent to change what they rightly say. Each case plants one fault
// in the minimal fixture and asserts every problem the check then gives.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import type { Problem } from '../../src/check/problem.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

function problemsAfter(change: (c: Copy) => void): Problem[] {
  copy = copyFixture();
  change(copy);
  return checkContent(copy.root).problems;
}

const C = 'commitments/night-line.mdx';
const M = 'minutes/forum-one.mdx';
const I = 'inputs/nm-2024-1.md';
const NOT_YAML =
  'This line is not valid YAML. Check the indentation, that each field is `name: value`, and that text with a colon in it is in quotes.';
const TAB = 'This line is not valid YAML: it is indented with a tab. Indent with spaces instead.';

/** A problem as the check gives it, at a file under src/content. */
const at = (file: string, line: number, message: string, field?: string): Problem => ({
  file: `src/content/${file}`,
  line,
  ...(field === undefined ? {} : { field }),
  message,
});

describe('a file that is there but cannot be read', () => {
  it('is reported alone when it is a group indented with a tab, not missing from the minutes of its meetings', () => {
    expect(problemsAfter((c) => c.edit('groups/open-forum.yaml', 'kind: forum', '\tkind: forum'))).toEqual([
      at('groups/open-forum.yaml', 2, TAB),
    ]);
  });

  it('is reported alone when it is a commitment with text after a closing quote, not missing from its update, minutes or input', () => {
    expect(
      problemsAfter((c) => c.edit(C, 'summary: Answer calls at night.', 'summary: "A calm place" to go at night.')),
    ).toEqual([at(C, 3, NOT_YAML)]);
  });

  it('is reported alone when it is the vision every commitment works towards', () => {
    expect(problemsAfter((c) => c.edit('visions/plan.mdx', 'status: adopted', '\tstatus: adopted'))).toEqual([
      at('visions/plan.mdx', 4, TAB),
    ]);
  });

  it('is reported alone when it is a commitment whose ending the site does not read', () => {
    expect(problemsAfter((c) => c.rename(C, 'commitments/night-line.MDX'))).toEqual([
      at(
        'commitments/night-line.MDX',
        1,
        'The site only reads files ending .mdx or .md in commitments/, so it would not read this one. Rename it to end .mdx.',
      ),
    ]);
  });

  it('is reported alone when it is the original of a translation beside it', () => {
    expect(
      problemsAfter((c) => {
        c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlanguages: [en, tr]');
        c.write('partners/north-council.tr.yaml', 'name: Kuzey Konseyi\n');
        c.edit('partners/north-council.yaml', 'kind: council', '\tkind: council');
      }),
    ).toEqual([at('partners/north-council.yaml', 2, TAB)]);
  });

  it('is reported alone when it is site.yaml, whose contact address a body gives', () => {
    expect(
      problemsAfter((c) => {
        c.edit('site.yaml', 'partnership:', '\tpartnership:');
        c.edit(C, 'Body.', 'Write to team@northmoor.example for help.');
      }),
    ).toEqual([at('site.yaml', 2, TAB)]);
  });

  it('is reported alone when the check reuses the results it remembered from the run before', () => {
    copy = copyFixture();
    copy.edit('groups/open-forum.yaml', 'kind: forum', '\tkind: forum');
    checkContent(copy.root, { cache: true });
    const again = checkContent(copy.root, { cache: true });
    expect(again.cacheUse?.checked).toBe(0);
    expect(again.problems).toEqual([at('groups/open-forum.yaml', 2, TAB)]);
  });

  it('is still offered for a reference that misspells it', () => {
    expect(
      problemsAfter((c) => {
        c.edit(C, 'summary: Answer calls at night.', 'summary: "A calm place" to go at night.');
        c.edit('updates/night-line-started.mdx', 'commitment: night-line', 'commitment: night-lien');
      }),
    ).toEqual([
      at(C, 3, NOT_YAML),
      at(
        'updates/night-line-started.mdx',
        4,
        'There is no commitment `night-lien` (no file commitments/night-lien.mdx). Did you mean `night-line`? The commitments are: crisis-beds, night-line, peer-homes. Use the file name, without its ending, of an existing commitment.',
        'commitment',
      ),
    ]);
  });
});

describe('a file named with capitals and spaces', () => {
  const P = 'partners/North Council.yaml';
  const RENAME = at(
    P,
    1,
    'The file name `North Council` becomes part of a web address, so it must be lower-case letters, numbers and hyphens. Rename the file to `north-council.yaml`.',
  );
  const misnamed = (c: Copy) => c.rename('partners/north-council.yaml', P);

  it('is reported alone: references to the name it should have are right', () => {
    expect(problemsAfter(misnamed)).toEqual([RENAME]);
  });

  it('is never offered by the name it has to lose, to a reference that misspells it', () => {
    expect(
      problemsAfter((c) => {
        misnamed(c);
        c.edit(C, 'partner: north-council', 'partner: north-councl');
      }),
    ).toEqual([
      at(
        C,
        4,
        'There is no partner `north-councl` (no file partners/north-councl.yaml). Did you mean `north-council`? The partners are: north-council, peer-voices. Use the file name, without its ending, of an existing partner.',
        'partner',
      ),
      RENAME,
    ]);
  });

  it('tells a reference to its present name to use the name it will have', () => {
    expect(
      problemsAfter((c) => {
        misnamed(c);
        c.edit(C, 'partner: north-council', 'partner: North Council');
      }),
    ).toEqual([
      at(
        C,
        4,
        "`North Council` is the name of src/content/partners/North Council.yaml, which has to be renamed `north-council.yaml`, as the file's own problem says. Write `north-council` here, the name it will have.",
        'partner',
      ),
      RENAME,
    ]);
  });

  it('still has its aims checked when it is the vision, by the name it should have', () => {
    expect(
      problemsAfter((c) => {
        c.rename('visions/plan.mdx', 'visions/Plan.mdx');
        c.edit(C, 'aims:\n  - crisis', 'aims:\n  - crisiss');
      }),
    ).toEqual([
      at(
        C,
        7,
        '`crisiss` is not an aim of the vision `plan`. Did you mean `crisis`? Its aims are: crisis, homes.',
        'aims › item 1',
      ),
      at(
        'visions/Plan.mdx',
        1,
        'The file name `Plan` becomes part of a web address, so it must be lower-case letters, numbers and hyphens. Rename the file to `plan.mdx`.',
      ),
    ]);
  });

  it('is reported alone when a translation is beside it, named as it should be', () => {
    expect(
      problemsAfter((c) => {
        c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlanguages: [en, tr]');
        misnamed(c);
        c.write('partners/north-council.tr.yaml', 'name: Kuzey Konseyi\n');
      }),
    ).toEqual([RENAME]);
  });
});

describe('a file named as one of the site’s own pages', () => {
  it('is reported alone, with no knock-on at the files that name it', () => {
    expect(
      problemsAfter((c) => {
        c.rename(C, 'commitments/status.mdx');
        c.edit('updates/night-line-started.mdx', 'commitment: night-line', 'commitment: status');
        c.edit(M, '  - night-line', '  - status');
        c.edit(I, '  - night-line', '  - status');
      }),
    ).toEqual([
      at(
        'commitments/status.mdx',
        1,
        "The file name `status` is the name of one of the site's own pages (/commitments/status/), so a commitment cannot use it. Rename the file, for example to `status-commitment.mdx`. Names the site keeps for itself here: by-partner, by-aim, overdue, status.",
      ),
    ]);
  });
});
