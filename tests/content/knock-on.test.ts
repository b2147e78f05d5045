// A file with a problem of its own is reported once, where it is: the files that refer to it are
// never told it is missing, nor sent to change what they rightly say. Each case plants one fault
// in the minimal fixture and asserts every problem the check then gives.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import type { Problem } from '../../src/check/problem.ts';
import type { Copy } from '../helpers/fixture.ts';
import { changedFixtures } from '../helpers/changed-fixture.ts';

const { fresh, problemsAfter } = changedFixtures();

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

/** The forum's first action answers the input `refs` name. */
const answering = (c: Copy, refs: string) =>
  c.edit(M, '    closed: 2024-04-20', `    closed: 2024-04-20\n    inputs: [${refs}]`);

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

  it('is reported alone when it is an input whose reference code an action names', () => {
    expect(
      problemsAfter((c) => {
        answering(c, 'NM-2024-1');
        c.edit(I, 'said: We need help at night.', 'said: "We need" help at night.');
      }),
    ).toEqual([at(I, 8, NOT_YAML)]);
  });

  it('is reported alone when it is an input whose front matter is never closed', () => {
    expect(
      problemsAfter((c) => {
        answering(c, 'NM-2024-1');
        c.write(I, c.read(I).replace(/\n---\n*$/, '\n'));
      }),
    ).toEqual([
      at(I, 1, 'The front matter is never closed. Add a line with just `---` after the last field, before the text.'),
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
    const copy = fresh();
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

describe('a file that is read but not valid', () => {
  it('is reported alone when it is an input whose reference code an action names', () => {
    expect(
      problemsAfter((c) => {
        answering(c, 'NM-2024-1');
        c.edit(I, 'said: We need help at night.\n', '');
      }),
    ).toEqual([
      at(
        I,
        2,
        '`said` is missing. Add it: what was said, anonymised: no names or details that could identify anyone.',
        'said',
      ),
    ]);
  });
});

describe('two inputs with one reference code', () => {
  /** A second input, copied from the first without changing its code. */
  const copied = (c: Copy) => c.write('inputs/nm-2024-2.md', c.read(I));
  const SAME = 'NM-2024-1 is already the reference of src/content/inputs/nm-2024-1.md.';

  it('are reported at the copy, which is told of the code the minutes name, never the minutes told to change', () => {
    expect(
      problemsAfter((c) => {
        copied(c);
        answering(c, 'NM-2024-1, NM-2024-2');
      }),
    ).toEqual([
      at(
        'inputs/nm-2024-2.md',
        2,
        `${SAME} Each input needs its own reference code. The minutes name \`NM-2024-2\`, which no input has: if that is this one's code, write it here; if not, give this one the next free number.`,
        'ref',
      ),
      at(
        M,
        16,
        "No input has the reference code `NM-2024-2` yet, but src/content/inputs/nm-2024-2.md has another input's code, a problem of its own listed above: if it should be `NM-2024-2`, fix that first.",
        'actions › item 1 › inputs › item 2',
      ),
    ]);
  });

  it('include a code written with a leading zero, which the code box reads as the same code', () => {
    expect(
      problemsAfter((c) => {
        c.write('inputs/nm-2024-01.md', c.read(I).replace('ref: NM-2024-1', 'ref: NM-2024-01'));
        answering(c, 'NM-2024-1');
      }).map((p) => [p.file, p.field, p.message]),
    ).toEqual([
      [
        'src/content/inputs/nm-2024-01.md',
        'ref',
        'NM-2024-01 is already the reference of src/content/inputs/nm-2024-1.md. Each input needs its own reference code: give this one the next free number.',
      ],
    ]);
  });

  it('are reported at the copy whatever its name sorts as, the input named for its code keeping it', () => {
    // A browser names a second download "nm-2024-1 (1).md", which sorts before nm-2024-1.md.
    expect(
      problemsAfter((c) => {
        c.write('inputs/nm-2024-1 (1).md', c.read(I));
        answering(c, 'NM-2024-1');
      }).filter((p) => p.field === 'ref'),
    ).toEqual([
      at(
        'inputs/nm-2024-1 (1).md',
        2,
        `${SAME} Each input needs its own reference code: give this one the next free number.`,
        'ref',
      ),
    ]);
  });

  it('are reported once when no action names a code that is missing', () => {
    expect(
      problemsAfter((c) => {
        copied(c);
        answering(c, 'NM-2024-1');
      }),
    ).toEqual([
      at(
        'inputs/nm-2024-2.md',
        2,
        `${SAME} Each input needs its own reference code: give this one the next free number.`,
        'ref',
      ),
    ]);
  });

  it('still leave a code written in small letters to be corrected, with the code meant', () => {
    expect(
      problemsAfter((c) => {
        copied(c);
        c.write('inputs/nm-2024-3.md', c.read(I).replace('NM-2024-1', 'NM-2024-3'));
        answering(c, 'NM-2024-1, nm-2024-3');
      }),
    ).toEqual([
      at(
        'inputs/nm-2024-2.md',
        2,
        `${SAME} Each input needs its own reference code: give this one the next free number.`,
        'ref',
      ),
      at(
        M,
        16,
        'No input has the reference code `nm-2024-3`. Did you mean `NM-2024-3`? Write the `ref` of an input in inputs/, like YS-2025-014, in capital letters.',
        'actions › item 1 › inputs › item 2',
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

describe('site.yaml written another way', () => {
  it.each([
    [
      'Site.yaml',
      'src/content/Site.yaml',
      /^This is not part of the content, so the site would not read it\. Did you mean `site\.yaml`\?/,
    ],
    ['site.yml', 'src/content/site.yml', /Did you mean `site\.yaml`\?/],
    ['.site.yaml', 'src/content/.site.yaml', /Did you mean `site\.yaml`\?/],
  ])('(%s) is refused once, for what it is, and site.yaml is not also said to be missing', (name, file, says) => {
    const problems = problemsAfter((c) => c.rename('site.yaml', name));
    expect(problems.map((p) => p.file)).toEqual([file]);
    expect(problems[0]!.message).toMatch(says);
  });

  it('(a link) is refused once, as a link', () => {
    const problems = problemsAfter((c) => {
      c.rename('site.yaml', '../site-elsewhere.yaml');
      symlinkSync(join(c.content, '..', 'site-elsewhere.yaml'), join(c.content, 'site.yaml'));
    });
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      [
        'src/content/site.yaml',
        'This is a link to another file or folder. Content must be real files in the content folder: put the file itself here.',
      ],
    ]);
  });
});
