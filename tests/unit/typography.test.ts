// Straight quotes and dashes in a body become typographic ones, as Astro's Markdown does with
// remark-smartypants. The renderer's own pass (src/check/body/smart-punctuation.ts) hands retext
// only the text that holds something to change, so it is held here to remark-smartypants itself,
// on any text built from the pieces that matter and on every body of the example content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { parseBody, type BodyKind } from '../../src/check/body/parse.ts';
import { renderBody } from '../../src/check/body/render.ts';
import { onlyInnerApostrophes, smartPunctuation } from '../../src/check/body/smart-punctuation.ts';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

const options = { imageExists: () => true };
const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();

describe('typography in bodies', () => {
  it('makes straight quotes curly, two hyphens a dash and three dots an ellipsis', () => {
    const { html } = renderBody(`She said "it's open" -- at last...`, 'md', options);
    expect(html).toBe('<p>She said “it’s open” — at last…</p>');
  });

  it('decodes a character reference for a quote and makes it curly too', () => {
    expect(renderBody('A &quot;calm&quot; room', 'md', options).html).toBe('<p>A “calm” room</p>');
  });

  it('makes three dots with spaces between them an ellipsis, in a body with nothing else to change', () => {
    expect(renderBody('We waited . . . and waited', 'md', options).html).toBe('<p>We waited … and waited</p>');
  });

  it('leaves alone any text without a quote, backtick, double hyphen or three dots', () => {
    // Letters, digits, spaces, single hyphens and dots, Markdown emphasis and lists.
    const piece = fc.constantFrom('a', 'B', '7', ' ', '-', '.', '*', '_', '\n', '\n- ', 'crisis', 'café', '(', ')');
    const text = fc
      .array(piece, { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join(''))
      .filter((t) => !/--|\.\s*\.\s*\./.test(t));
    fc.assert(
      fc.property(text, (body) => {
        const tree = parseBody(body, 'md').tree!;
        const before = JSON.stringify(tree);
        smartPunctuation(tree);
        expect(JSON.stringify(tree)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});

/** The body's tree after remark-smartypants and after the renderer's own pass, to compare. */
function bothWays(body: string, kind: BodyKind): [Root, Root] | undefined {
  const theirs = parseBody(body, kind).tree;
  const ours = parseBody(body, kind).tree;
  if (!theirs || !ours) return undefined;
  smartypants(theirs);
  smartPunctuation(ours);
  return [theirs, ours];
}

describe('the renderer’s typography is remark-smartypants’s', () => {
  // Everything the rules look at: each kind of quote, dash, dot and backtick, with and without
  // spaces, next to words, links, emphasis, code, headings, tables, block quotes, lists, line
  // breaks, NEL, MDX components and the elements whose text is not prose.
  const piece = fc.constantFrom(
    '"',
    "'",
    '`',
    '``',
    "''",
    '-',
    '--',
    '---',
    '.',
    '..',
    '...',
    '. . .',
    '.\u0085.\u0085.',
    ' ',
    '\n',
    '\n\n',
    'word',
    "it's",
    '1990s',
    '*',
    '**',
    '_',
    '[',
    '](/a)',
    '`code`',
    '# ',
    '\n> ',
    '\n- ',
    '\n| a | b |\n| - | - |\n| ',
    ' |',
    '&quot;',
    '&#39;',
    '(',
    ')',
    ',',
  );
  const mdxPiece = fc.oneof(
    piece,
    fc.constantFrom(
      '<Quote>',
      '</Quote>',
      '<Callout>',
      '</Callout>',
      '<style>',
      '</style>',
      '<>',
      '</>',
      '<b>',
      '</b>',
    ),
  );
  const body = (p: fc.Arbitrary<string>) => fc.array(p, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

  it('on any Markdown built from the pieces its rules look at', () => {
    fc.assert(
      fc.property(body(piece), (text) => {
        const both = bothWays(text, 'md')!;
        expect(both[1]).toEqual(both[0]);
      }),
      { numRuns: 3000 },
    );
  });

  it('on any MDX built from those pieces and components', () => {
    fc.assert(
      fc.property(body(mdxPiece), (text) => {
        const both = bothWays(text, 'mdx');
        if (both) expect(both[1]).toEqual(both[0]);
      }),
      { numRuns: 3000 },
    );
  });

  it('on every body of the example content', () => {
    const content = join(import.meta.dirname, '..', '..', 'src', 'content');
    let compared = 0;
    for (const entry of readdirSync(content, { recursive: true, withFileTypes: true })) {
      const kind = entry.name.match(/\.(mdx?)$/)?.[1] as BodyKind | undefined;
      if (!entry.isFile() || !kind) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const both = bothWays(text, kind);
      if (!both) continue;
      expect(both[1], entry.name).toEqual(both[0]);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('apostrophes inside words', () => {
  const quotesOnly = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  // Letters and digits of several scripts, marks, apostrophes, quotes and the punctuation around them.
  const piece = fc.constantFrom(
    "'",
    "'",
    '"',
    'a',
    'Z',
    '7',
    'é',
    'e\u0301',
    'ı',
    'İ',
    'ł',
    'ÿ',
    'ß',
    'ɏ',
    '×',
    '÷',
    'ª',
    '²',
    '½',
    'ب',
    'ж',
    '中',
    '𝐀',
    ' ',
    '\n',
    '.',
    ',',
    '-',
    '(',
    ')',
    '’',
    's',
    't',
  );
  it('are made ’ exactly as the quote pass makes them, whenever they are the only quotes', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        if (!onlyInnerApostrophes(text)) return;
        expect(text.replaceAll("'", '’')).toBe(String(quotesOnly.processSync(text)));
      }),
      { numRuns: 5000 },
    );
  });

  it('are the only quotes in team’s, don’t and o’clock, and not in ’tis or the users’', () => {
    expect(["the team's", "don't", "o'clock", "rock'n'roll"].every(onlyInnerApostrophes)).toBe(true);
    expect(["'tis", "the users' views", 'a "quote"', "it's 'quoted'"].some(onlyInnerApostrophes)).toBe(false);
  });
});
