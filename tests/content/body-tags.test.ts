// A tag in an .mdx body that is not closed the way it was opened is reported in the words of the
// tag the volunteer wrote, at the line they wrote it, never in those of a component they did not.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const FILE = 'updates/night-line-started.mdx';

/** Every problem the check gives when `body` follows the update's own text, and the line `body` starts on. */
function problemsWith(body: string) {
  copy = copyFixture();
  const text = `${copy.read(FILE)}\n${body}\n`;
  copy.write(FILE, text);
  return { problems: checkContent(copy.root).problems, bodyLine: text.split('\n').length - body.split('\n').length };
}

/** The one problem the check should give, `lines` after the line the body starts on. */
const only = (bodyLine: number, lines: number, message: string) => [
  { file: `src/content/${FILE}`, line: bodyLine + lines, field: 'text', message },
];

describe('a tag in an .mdx body', () => {
  it.each([
    [
      'an HTML comment on its own line',
      'A line.\n\n<!-- note to self -->',
      2,
      'An HTML comment (`<!-- … -->`) cannot be written in an .mdx file: write a comment as `{/* … */}` instead, which is never published.',
    ],
    [
      'an HTML comment inside a sentence',
      'A line <!-- check this --> goes on.',
      0,
      'An HTML comment (`<!-- … -->`) cannot be written in an .mdx file: write a comment as `{/* … */}` instead, which is never published.',
    ],
    [
      'an HTML tag never closed',
      'Some <b>bold text.',
      0,
      'The tag `<b>` here is not closed: each `<b>` needs its own `</b>` in the same block of text.',
    ],
    [
      'an HTML tag closed in the next paragraph',
      'A first line.\n\n<b>bold\n\nstill bold</b>',
      2,
      'The tag `<b>` here is not closed: each `<b>` needs its own `</b>` in the same block of text.',
    ],
    [
      'a link tag never closed',
      'Read <a href="https://example.org">the report.',
      0,
      'The tag `<a>` here is not closed: each `<a>` needs its own `</a>` in the same block of text.',
    ],
    [
      'a component never closed, at the end of the text',
      'Before.\n\n<Quote by="A member">\nHello',
      2,
      'The tag `<Quote>` here is not closed: each `<Quote>` needs its own `</Quote>` in the same block of text.',
    ],
    [
      'a tag opened inside emphasis and closed after it',
      'Some *very <b>bold* text</b>.',
      0,
      'The tag `<b>` here is not closed: each `<b>` needs its own `</b>` inside the same `*…*` or `_…_`.',
    ],
    [
      'a component opened in a quote and closed after a line without `>`',
      '> <Quote by="A member">\nHello\n> </Quote>',
      0,
      'The tag `<Quote>` here is not closed: each `<Quote>` needs its own `</Quote>` in the same quote (the lines starting `>`).',
    ],
    [
      'a tag in a table cell',
      '| a | b |\n| - | - |\n| <b>x | y |',
      2,
      'The tag `<b>` here is not closed: each `<b>` needs its own `</b>` in the same table cell.',
    ],
    [
      'a line break written as HTML writes it',
      'One line<br>and the next.',
      0,
      'In an .mdx file a tag that holds nothing must close itself: write `<br />` for `<br>`.',
    ],
    [
      'a tag closed with another tag’s name',
      'Some <b>bold</i> text.',
      0,
      '`</i>` here does not close `<b>`, the tag still open: each `<b>` needs its own `</b>` in the same block of text, and a tag opened inside another closes before it.',
    ],
    [
      'a component closed with the other component’s name',
      '<Callout title="Help">\nCall us.\n</Quote>',
      2,
      '`</Quote>` here does not close `<Callout>`, the tag still open: each `<Callout>` needs its own `</Callout>` in the same block of text, and a tag opened inside another closes before it.',
    ],
    [
      'a closing tag with no opening tag',
      'Some text</b> here.',
      0,
      '`</b>` here closes a tag that is not open in this block of text: remove it, or add `<b>` where it should start, in the same block of text.',
    ],
    [
      'a closing tag written with a slash at each end',
      'Some <b>bold</b/> text.',
      0,
      'A closing tag here has more than its name: write it as `</` and the name and `>`, like `</b>`.',
    ],
    [
      'a line break inside a paragraph tag',
      '<p>One line<br>and the next.</p>',
      0,
      'In an .mdx file a tag that holds nothing must close itself: write `<br />` for `<br>`.',
    ],
    [
      'a tag closed across emphasis',
      'Some <b>*very bold</b>* text.',
      0,
      '`</b>` here closes `<b>` across Markdown marks (`*`, `**`, `~~` or a link) opened or closed between them. Put one wholly inside the other, like `<b>*words*</b>`.',
    ],
    [
      'a component in a quote running on to a line without `>`',
      '> <Quote\nby="A member">Hello</Quote>',
      1,
      'This line carries on a tag from the line before, inside a quote or a list, but does not start as that line does: start it with `>` in a quote, or indent it as the list item is.',
    ],
  ])('is reported with the tag written when it is %s', (_, body, lines, message) => {
    const { problems, bodyLine } = problemsWith(body);
    expect(problems).toEqual(only(bodyLine, lines, message));
  });

  it('is never reported as a component the body does not use', () => {
    const { problems } = problemsWith('Some <b>bold text.\n\n<em>and more');
    expect(problems.map((p) => p.message).join(' ')).not.toMatch(/Quote|Callout/);
  });
});

describe('a component in an .mdx body', () => {
  it.each([
    [
      'given an attribute twice',
      '<Quote by="A forum member" by="A carer">Words.</Quote>',
      '`by` is given twice on `<Quote>`, and only one can be kept. Keep one of them.',
    ],
    [
      'closing itself with nothing in it',
      '<Quote by="A forum member" />',
      '`<Quote>` here holds nothing: write the words it shows between `<Quote>` and `</Quote>`, or remove it.',
    ],
    [
      'opened and closed with nothing between',
      '<Quote></Quote>',
      '`<Quote>` here holds nothing: write the words it shows between `<Quote>` and `</Quote>`, or remove it.',
    ],
    [
      'a callout with no title and nothing in it',
      '<Callout />',
      '`<Callout>` here holds nothing: write the words it shows between `<Callout>` and `</Callout>`, or remove it.',
    ],
  ])('%s is told so at its line', (_, body, message) => {
    const { problems, bodyLine } = problemsWith(body);
    expect(problems).toEqual(only(bodyLine, 0, message));
  });

  it('with only a title, a callout says something, and passes', () => {
    expect(problemsWith('<Callout title="If you need help now, call 999" />').problems).toEqual([]);
  });
});

describe('a tag in a Markdown (.md) body', () => {
  const INPUT = 'inputs/nm-2024-1.md';
  const problemsInInput = (body: string) => {
    copy = copyFixture();
    copy.write(INPUT, `${copy.read(INPUT)}\n${body}\n`);
    return checkContent(copy.root).problems.map((p) => [p.file, p.field, p.message]);
  };

  it('tells a component written in a .md file that components need .mdx, naming it as written', () => {
    expect(problemsInInput('<Quote by="A forum member">They listened.</Quote>')).toEqual([
      [
        `src/content/${INPUT}`,
        'text',
        '`<Quote>` is a component, and components work only in .mdx files: rename this file to end .mdx, or write the words without it.',
      ],
    ]);
  });

  it.each([
    ['never closed', 'Some <b>bold text.', 'b'],
    ['closed only in the next paragraph', 'Some <i>words.\n\nMore words.</i>', 'i'],
    ['never closed, with attributes', 'See <abbr title="Accident and Emergency">A&E for help.', 'abbr'],
  ])('%s is told so, since the rest of the text would be shown inside it', (_, body, name) => {
    expect(problemsInInput(body)).toEqual([
      [
        `src/content/${INPUT}`,
        'text',
        `The tag \`<${name}>\` here is not closed: each \`<${name}>\` needs its own \`</${name}>\` in the same paragraph, or all the text after it is shown inside it.`,
      ],
    ]);
  });

  it.each([
    'Some <b>bold</b> text.',
    'One<br>two',
    'A line <i>over\ntwo lines</i> closes.',
    'An <B>upper</b> case pair.',
  ])('passes %j, which is closed or needs no closing', (body) => {
    expect(problemsInInput(body)).toEqual([]);
  });
});
