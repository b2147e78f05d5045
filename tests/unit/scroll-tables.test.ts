// The guide's tables scroll inside named, focusable regions, and its long paths wrap at slashes.
import { describe, expect, it } from 'vitest';
import { scrollHint, breakPaths, wrapTables } from '../../src/present/scroll-tables.ts';
import { en } from '../helpers/messages.ts';

describe('wrapTables', () => {
  it('puts each table in a focusable region named after the heading before it', () => {
    const html = '<h2 id="p">Partners &amp; “kinds”</h2><table><tr><td>a</td></tr></table><p>x</p><table></table>';
    expect(wrapTables(en, html)).toBe(
      '<h2 id="p">Partners &amp; “kinds”</h2>' +
        `<section class="scroll-table" aria-label="Table: Partners &amp; “kinds”" tabindex="0"><p class="scroll-hint">${scrollHint(en)}</p><table><tr><td>a</td></tr></table></section>` +
        '<p>x</p>' +
        `<section class="scroll-table" aria-label="Table: Partners &amp; “kinds”" tabindex="0"><p class="scroll-hint">${scrollHint(en)}</p><table></table></section>`,
    );
  });
  it('numbers a table with no heading before it', () => {
    expect(wrapTables(en, '<table></table>')).toContain('aria-label="Table 1"');
  });
});

describe('breakPaths', () => {
  it('lets a path in code wrap after each slash, and leaves other text alone', () => {
    expect(breakPaths('<p>a/b <code>src/content/x.mdx</code></p>')).toBe(
      '<p>a/b <code>src/<wbr>content/<wbr>x.mdx</code></p>',
    );
  });
});
