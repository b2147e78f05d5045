// A field's words with a character no keyboard types on purpose: a control character, or one that
// makes the text after it run the other way (U+202A to U+202E), which can make a name look like
// another. Refused at its field, and quoted with the character shown as its code, so the message
// itself is not turned round in a terminal or a CI log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/check/body/render.ts';
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

// A body is held to the same: each line with such a character is named, wherever on the line it
// is (words, a code span, a tag, a comment), and nothing else about the body changes.
const HIDDEN_IN_BODY = (code: string, what: string) =>
  `This line has a hidden character in it that no keyboard types on purpose (${code}, ${what}). Delete the line and type it again.`;
const TURNS = 'which makes the text after it run the other way, so the words can look other than they are';
const UPDATE = 'updates/night-line-started.mdx';

describe('a hidden character in a body', () => {
  it('is refused on its line of the file, naming the character', () => {
    const problems = problemsAfter((c) => c.edit(UPDATE, 'Going well.', 'Going well.\n\nCall \u202Eplehelp tonight.'));
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [`src/content/${UPDATE}`, 14, 'text', HIDDEN_IN_BODY('U+202E', TURNS)],
    ]);
  });

  it('is refused in a code span, a component’s attribute and a comment alike, each line once', () => {
    const problems = problemsAfter((c) =>
      c.edit(
        UPDATE,
        'Going well.',
        'Going `\u202Dx\u202C` well.\n\n<Quote by="Jo\u202E">Fine</Quote>\n\n{/* note \u0007 */}',
      ),
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [12, HIDDEN_IN_BODY('U+202D', TURNS)],
      [14, HIDDEN_IN_BODY('U+202E', TURNS)],
      [16, HIDDEN_IN_BODY('U+0007', 'a control character')],
    ]);
  });

  it('is refused in a Markdown (.md) body too', () => {
    const problems = problemsAfter((c) => {
      c.write(
        'updates/night-line-note.md',
        c.read(UPDATE).replace('title: Started', 'title: A note').replace('Going well.', 'A vertical tab\u000B here.'),
      );
    });
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['src/content/updates/night-line-note.md', 12, HIDDEN_IN_BODY('U+000B', 'a control character')],
    ]);
  });

  it('keeps the marks and isolates right-to-left writing uses, and tabs', () => {
    const problems = problemsAfter((c) =>
      c.edit(UPDATE, 'Going well.', 'Going well \u200F\u2067مساعدة\u2069\u200E.\n\n\tIndented.'),
    );
    expect(problems).toEqual([]);
  });
});

describe('a body’s hidden characters, over any text', () => {
  const render = (body: string) =>
    renderBody(body, 'mdx', { imageExists: () => true }).problems.filter((p) => p.message.includes('hidden character'));
  const hidden = fc.constantFrom(
    ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
    '\u007F',
    ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
  );
  const words = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\p{Cc}\u202A-\u202E]/gu, ''));
  const lines = fc.array(words, { minLength: 1, maxLength: 6 });

  it('names exactly the line a hidden character is put on', () => {
    fc.assert(
      fc.property(lines, fc.nat(), fc.nat(), hidden, (body, lineAt, charAt, ch) => {
        const line = lineAt % body.length;
        const words = body[line]!;
        const at = charAt % (words.length + 1);
        body[line] = words.slice(0, at) + ch + words.slice(at);
        expect(render(body.join('\n')).map((p) => p.line)).toEqual([line + 1]);
      }),
      { numRuns: 300 },
    );
  });

  it('names no line of text without one, in any script', () => {
    fc.assert(
      fc.property(lines, (body) => {
        expect(render(body.join('\n'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
