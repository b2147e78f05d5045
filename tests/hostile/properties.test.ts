// The invariant, over bodies no one wrote by hand: whatever mix of backticks, comments, braces,
// fences, line endings, character references and HTML a body holds, the HTML the site would
// publish has no script the site did not write, no event handler, no code address and no secret.
// And when the check passes, the same holds of the page a real build serves (see build.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/check/body/render.ts';
import { CANARY, HOSTILE_PIECES as pieces } from './cases.ts';
import { unsafeParts } from './safe-html.ts';

const body = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
const noImages = { imageExists: () => false };

describe('any body, rendered as the build would publish it', () => {
  for (const [kind, words] of [
    ['mdx', 'MDX'],
    ['md', 'Markdown with raw HTML'],
  ] as const) {
    it(`is harmless as ${words}`, () => {
      fc.assert(
        fc.property(body, (text) => {
          const { html } = renderBody(text.replace(/\r\n?/g, '\n'), kind, noImages);
          expect(unsafeParts(html, [CANARY])).toEqual([]);
        }),
        { numRuns: 600 },
      );
    });
  }
  it('is harmless when the check passes, and the check names a line inside the body when it does not', () => {
    fc.assert(
      fc.property(body, fc.constantFrom<'md' | 'mdx'>('md', 'mdx'), (text, kind) => {
        const normal = text.replace(/\r\n?/g, '\n');
        const { html, problems } = renderBody(normal, kind, noImages);
        if (problems.length === 0) expect(unsafeParts(html, [CANARY])).toEqual([]);
        const lines = normal.split('\n').length;
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lines);
          expect(p.message).not.toMatch(/Unexpected|acorn|Could not parse/);
        }
      }),
      { numRuns: 600 },
    );
  });
});
