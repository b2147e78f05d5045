// A field's words with a character no keyboard types on purpose: a control character, or one that
// makes the text after it run the other way (U+202A to U+202E), which can make a name look like
// another. Refused at its field, and quoted with the character shown as its code, so the message
// itself is not turned round in a terminal or a CI log.
import { describe, expect, it } from 'vitest';
import { changedFixtures } from '../helpers/changed-fixture.ts';

const { problemsAfter } = changedFixtures();
const THEME = 'themes/crisis.yaml';
const REFUSED =
  '`name` has a hidden character in it that no keyboard types on purpose (a control character, or one that makes the text after it run the other way, so the words can look other than they are). Delete the field’s value and type it again';

describe('a hidden character in a field', () => {
  it.each([
    ['a right-to-left override', 'Crisis \u202Eplehelp', 'Crisis \\u202Eplehelp'],
    ['a left-to-right embedding', 'Crisis \u202Ahelp', 'Crisis \\u202Ahelp'],
    ['a pop of direction', 'Crisis help\u202C', 'Crisis help\\u202C'],
  ])('(%s) is refused at its field, shown as its code', (_, name, shown) => {
    const problems = problemsAfter((c) => c.write(THEME, `name: "${name}"\n`));
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [`src/content/${THEME}`, 1, 'name', `${REFUSED}; you wrote \`${shown}\`.`],
    ]);
  });

  it.each([
    ['a NUL', 'name: "Crisis\\0help"\n'],
    ['a bell', 'name: "Crisis\\ahelp"\n'],
    ['an escape', 'name: "Crisis\\ehelp"\n'],
  ])('(%s, written as a YAML escape) is refused at its field', (_, yaml) => {
    const problems = problemsAfter((c) => c.write(THEME, yaml));
    expect(problems.map((p) => [p.field, p.message.startsWith(REFUSED)])).toEqual([['name', true]]);
  });

  it('keeps the marks and isolates right-to-left writing uses, and tabs', () => {
    const problems = problemsAfter((c) =>
      c.write(THEME, 'name: "Crisis help \u200F\u2067مساعدة\u2069\u200E"\ndescription: "Help\tnow"\n'),
    );
    expect(problems).toEqual([]);
  });
});
