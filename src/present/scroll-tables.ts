// Tables in written guides (HTML from Markdown) put in the same named, focusable scrolling region
// as the site's own tables (ScrollableTable.astro), so a wide one scrolls inside its box, says so,
// and never pushes the page sideways.

import type { Messages } from './messages.ts';

/** The line above a table too wide for its box. */
export function scrollHint(m: Messages): string {
  return m.t('table.scrollHint');
}

/** Text taken from HTML, made safe in a quoted attribute (its entities are already escaped and stay so). */
const escapeAttribute = (text: string) => text.replace(/"/g, '&quot;');

/** The text of an HTML fragment, tags dropped and entities left as they are (they read the same in an attribute). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Wraps each table in `html` in a named, focusable scrolling region with the scrolling hint. Each
 * is named after the heading before it ("Table: <heading>"), or numbered when there is none.
 */
export function wrapTables(m: Messages, html: string): string {
  let heading = '';
  let count = 0;
  return html.replace(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>|<table[\s\S]*?<\/table>/g, (match, headingHtml?: string) => {
    if (headingHtml !== undefined) {
      heading = textOf(headingHtml);
      return match;
    }
    count += 1;
    const label = heading ? m.t('table.named', { heading }) : m.t('table.numbered', { count });
    return `<section class="scroll-table" aria-label="${escapeAttribute(label)}" tabindex="0"><p class="scroll-hint">${scrollHint(m)}</p>${match}</section>`;
  });
}

/** Lets long paths in code (src/content/commitments/<id>.mdx) wrap after each slash, not mid-word. */
export function breakPaths(html: string): string {
  return html.replace(/<code>([^<]*)<\/code>/g, (_, text: string) => `<code>${text.replace(/\//g, '/<wbr>')}</code>`);
}
