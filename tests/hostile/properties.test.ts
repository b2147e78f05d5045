// The invariant, over bodies no one wrote by hand: whatever mix of backticks, comments, braces,
// fences, line endings, character references and HTML a body holds, the HTML the site would
// publish has no script the site did not write, no event handler, no code address and no secret.
// And when the check passes, the same holds of the page a real build serves (see build.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/check/body/render.ts';
import { CANARY } from './cases.ts';
import { unsafeParts } from './safe-html.ts';

const pieces = [
  '`',
  '``',
  '```',
  '````',
  '~~~',
  '\\`',
  '{',
  '}',
  '{/*',
  '*/}',
  '/*',
  '*/',
  '{/* note */}',
  '\\{',
  '\\}',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '    ',
  '> ',
  '- ',
  '| a |',
  '# ',
  '&#106;',
  '&#x6A;',
  '&colon;',
  '&#58;',
  '&Tab;',
  '&NewLine;',
  '&lt;',
  '&#60;',
  '&amp;',
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  '(',
  ')',
  '[',
  ']',
  '!',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="',
  '">',
  '<a href=',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example>',
  '<meta http-equiv="refresh" content="0;url=//evil.example">',
  '<style>',
  '<!--',
  '-->',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  'onclick=',
  ' onmouseover="alert(1)"',
  'export const x = 1',
  'import a from "b"',
  'process.env.PORTAL_CANARY',
  '${process.env.PORTAL_CANARY}',
  '<Quote by="',
  '<Quote by={',
  '</Quote>',
  '<Callout title="x">',
  '</Callout>',
  '<Chart />',
  '<>',
  '</>',
  '[link](',
  'https://example.org',
  '/uploads/x.png',
  '![a](',
  'alert(1)',
  'Hello',
  ' words ',
  'x',
];

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
