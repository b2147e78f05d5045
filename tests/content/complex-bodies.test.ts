// Bodies the Markdown reader would take minutes over, or run out of stack on, are refused at once
// by the check, with the file, the line and plain words, never the reader's own error (found by an
// outside reader of the check: a 60 KB paragraph of asterisks held it for 77 s).
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const FILE = 'updates/night-line-started.mdx';

/** The problems with a body, put after the file's own text, in a .md file or an .mdx one. */
function problemsWith(body: string, ending: 'md' | 'mdx') {
  copy = copyFixture();
  const text = `${copy.read(FILE)}\n${body}\n`;
  copy.write(FILE.replace(/\.mdx$/, `.${ending}`), text);
  if (ending === 'md') copy.remove(FILE);
  const bodyLine = text.split('\n').length - 1;
  const started = performance.now();
  const { problems } = checkContent(copy.root, { today: '2026-12-01' });
  return { problems, bodyLine, ms: performance.now() - started };
}

describe('a body too complex to read', () => {
  it.each([
    [
      'a paragraph of thousands of asterisks',
      `${'*'.repeat(30_000)}a${'*'.repeat(30_000)}`,
      /more than 2,000 of the marks `\*`, `_`, `~` and `\[`/,
    ],
    [
      'a paragraph of thousands of emphasised letters',
      '_a'.repeat(3000),
      /more than 2,000 of the marks `\*`, `_`, `~` and `\[`/,
    ],
    ['a line of thousands of struck-through words', 'a ~b~~ '.repeat(20_000), /more than 2,000 of the marks/],
    ['a line of thousands of unfinished links', '[a](b '.repeat(40_000), /more than 2,000 of the marks/],
    ['lists nested thousands deep on one line', `${'  - '.repeat(5000)}x`, /more than 100 quotes or lists/],
    ['quotes nested thousands deep', `${'>'.repeat(20_000)} hi`, /more than 100 quotes or lists/],
  ])('is refused at its line when it is %s', (_, body, message) => {
    for (const ending of ['md', 'mdx'] as const) {
      const { problems, bodyLine, ms } = problemsWith(body, ending);
      expect(problems).toEqual([
        {
          file: `src/content/${FILE.replace(/\.mdx$/, `.${ending}`)}`,
          line: bodyLine,
          field: 'text',
          message: expect.stringMatching(message),
        },
      ]);
      expect(ms).toBeLessThan(5000);
      copy!.dispose();
      copy = undefined;
    }
  });

  it('is refused in plain words when tags nest so deep that the reader runs out of stack', () => {
    const { problems } = problemsWith('<b>'.repeat(5000), 'md');
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/inside each other so many times/)]);
    expect(problems[0]!.message).not.toMatch(/UTF-8|RangeError|stack/);
  });

  it('is not a long body with ordinary emphasis, lists and quotes', () => {
    const body = Array.from({ length: 300 }, (_, i) => `- **Item ${i}** with _some_ words\n\n> a quote`).join('\n\n');
    expect(problemsWith(body, 'mdx').problems).toEqual([]);
  });
});

describe('a component’s words', () => {
  it.each([
    ['a quote’s `by`', '<Quote by="bob&#64;example.com">Hello</Quote>', 'an email address'],
    ['a callout’s `title`', '<Callout title="07700&#32;900111">Hi</Callout>', 'a UK phone number'],
  ])('are scanned for personal details, as %s shows them on the page', (_, body, kind) => {
    const { problems, bodyLine } = problemsWith(body, 'mdx');
    expect(problems.map((p) => [p.line, p.message.match(/looks like (.*?) \(/)?.[1]])).toEqual([[bodyLine, kind]]);
  });
});
