// Easy Read on commitments and updates: a picture the set does not have, a check by a group that
// does not exist, and a field of the wrong shape are each refused with file, line and field; a
// long Easy Read sentence in a commitment warns as it does in a vision.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { isPicture, pictureNames } from '../../src/check/pictures.ts';
import type { Problem } from '../../src/check/problem.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const C = 'commitments/night-line.mdx';
const U = 'updates/night-line-started.mdx';

/** Adds front-matter lines to the night line, after `due` (line 9): the first added line is line 10. */
function problemsWith(file: string, after: string, lines: string[]): Problem[] {
  copy = copyFixture();
  copy.edit(file, after, `${after}\n${lines.join('\n')}`);
  return checkContent(copy.root).problems;
}

const easyRead = (picture: string) => [
  'easyRead:', // 10
  '  title: A phone line at night', // 11
  '  sections:', // 12
  '    - heading: What we promised', // 13
  '      lines:', // 14
  '        - text: You can call us at night.', // 15
  `          picture: ${picture}`, // 16
  '          alt: A telephone', // 17
];

describe('Easy Read with pictures', () => {
  it('accepts a commitment whose Easy Read lines name pictures from the set', () => {
    expect(problemsWith(C, 'due: 2024-12-31', easyRead('telephone'))).toEqual([]);
  });

  it('refuses an unknown picture, naming file, line and field and suggesting the closest name', () => {
    const problems = problemsWith(C, 'due: 2024-12-31', easyRead('telephne'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/content/commitments/night-line.mdx',
      line: 16,
      field: 'easyRead › sections › item 1 › lines › item 1 › picture',
    });
    expect(problems[0]!.message).toContain('There is no picture `telephne` in OpenMoji. Did you mean `telephone`?');
  });

  it('refuses an update’s Easy Read check by a group that does not exist, suggesting the real one', () => {
    copy = copyFixture();
    copy.edit(
      U,
      /\n---\n/,
      '\neasyRead: We started the night line.\neasyReadChecked:\n  date: 2024-05-01\n  group: open-forun\n---\n',
    );
    const problems = checkContent(copy.root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `src/content/${U}`, field: 'easyReadChecked › group' });
    expect(problems[0]!.message).toMatch(/There is no group `open-forun`.*Did you mean `open-forum`\?/);
  });

  it('refuses easyReadChecked written as a sentence instead of a date and a group', () => {
    const problems = problemsWith(C, 'due: 2024-12-31', ['easyReadChecked: checked by the forum']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `src/content/${C}`, line: 10, field: 'easyReadChecked' });
    expect(problems[0]!.message).toMatch(/`date` the Easy Read text was checked and the `group`/);
  });

  it('refuses a line that gives a picture as a list instead of one name', () => {
    const problems = problemsWith(C, 'due: 2024-12-31', [
      ...easyRead('telephone').slice(0, 6),
      '          picture: [telephone, house]',
    ]);
    expect(problems).toEqual([
      {
        file: `src/content/${C}`,
        line: 16,
        field: 'easyRead › sections › item 1 › lines › item 1 › picture',
        message: '`picture` must be the name of a picture, like `house`; you wrote a list.',
      },
    ]);
  });

  it('warns about an Easy Read sentence of more than 15 words in a commitment', () => {
    copy = copyFixture();
    copy.edit(
      C,
      'due: 2024-12-31',
      [
        'due: 2024-12-31',
        'easyRead: |', // 10
        '  You can call us at night.', // 11
        '  When you call us at night a worker who knows the local services will answer the phone and help you.', // 12
      ].join('\n'),
    );
    const warnings = checkContent(copy.root).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: `src/content/${C}`, line: 12, field: 'easyRead', severity: 'warning' });
    expect(warnings[0]!.message).toMatch(/This Easy Read sentence has 20 words/);
  });

  it('warns about a long sentence beside a picture in an update, and not about the picture’s name', () => {
    copy = copyFixture();
    copy.edit(
      U,
      /\n---\n/,
      [
        '',
        'easyRead:',
        '  title: The night line has started',
        '  sections:',
        '    - heading: What happened',
        '      lines:',
        '        - text: The night line started in March and a worker who knows the local services answers every call.',
        '          picture: people-holding-hands',
        '---',
        '',
      ].join('\n'),
    );
    const warnings = checkContent(copy.root).warnings;
    expect(warnings.map((w) => w.field)).toEqual(['easyRead › sections › item 1 › lines › item 1 › text']);
    expect(warnings[0]!.message).toMatch(/This Easy Read sentence has 17 words/);
  });
});

describe('the picture names the check accepts', () => {
  const names = pictureNames();
  it('accepts every name in the set', () => {
    fc.assert(fc.property(fc.constantFrom(...names), (name) => isPicture(name)));
  });
  it('refuses any name that is not in the set', () => {
    const known = new Set(names);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,12}(?:-[a-z]{1,8}){0,2}$/).filter((n) => !known.has(n)),
        (name) => !isPicture(name),
      ),
    );
  });
});
