// Straight quotes and dashes in a body become typographic ones, as Astro's Markdown does; the
// renderer skips that step for text that has nothing it would change, which must change nothing.
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/check/body/parse.ts';
import { renderBody } from '../../src/check/body/render.ts';

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

  it('leaves alone any text without a quote, backtick, ampersand, double hyphen or three dots', () => {
    // Letters, digits, spaces, single hyphens and dots, Markdown emphasis and lists.
    const piece = fc.constantFrom('a', 'B', '7', ' ', '-', '.', '*', '_', '\n', '\n- ', 'crisis', 'café', '(', ')');
    const text = fc
      .array(piece, { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join(''))
      .filter((t) => !/--|\.\.\./.test(t));
    fc.assert(
      fc.property(text, (body) => {
        const tree = parseBody(body, 'md').tree!;
        const before = JSON.stringify(tree);
        smartypants(tree);
        expect(JSON.stringify(tree)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });
});
