// Links inside an entry's words, on its pages in another language. A volunteer writes
// `[the crisis café](/commitments/crisis-cafe/)` once; on the Turkish pages that link, whether in
// a Turkish translation or in the original shown because there is none, must lead to
// /tr/commitments/crisis-cafe/, or it throws the reader out of their language. The content check
// has already rendered each body to sanitised HTML with the base path in front of every
// site-relative address (src/check/body/render.ts); this reads that HTML with an HTML parser and
// changes nothing in it but the addresses of links to pages.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** Where the links of a body lead on the pages of one language. */
export interface LinkLanguage {
  /** The path the site is published under (`/`, or like `/portal/`): every site-relative address already starts with it. */
  base: string;
  /** The language of the pages the body is shown on. */
  language: string;
  /** Every language the site is offered in: an address starting with one is already in a language. */
  languages: readonly string[];
}

/**
 * The folders of the site that hold only files, each served at one address for every language:
 * the search index, uploaded pictures, Easy Read pictures, feeds, calendars, Astro's scripts and
 * styles, and the content editor.
 */
const FILE_FOLDERS = new Set(['pagefind', 'uploads', 'pictures', 'feeds', 'calendars', '_astro', 'admin']);

/** A last part of a path with a file ending: `commitments.csv`, `2025.json`, `404.html`. */
const FILE_ENDING = /\.[a-z0-9]+$/i;

/**
 * Whether `path` (inside the site, after the base path, with no query or #place) is a page the
 * site builds in every language. The rule: everything the site builds as a page is built in every
 * language (what src/present/routes.ts makes with `page`), except files, which have one address for
 * all languages (what it makes with `href`): anything whose last part has a file ending (open data,
 * feeds, calendars, the sitemap, pictures, the 404 page), and anything in FILE_FOLDERS.
 * tests/unit/body-links.test.ts holds every route of routes.ts to this rule.
 */
export function isPageInEveryLanguage(path: string): boolean {
  const parts = path.split('/');
  return !FILE_FOLDERS.has(parts[1] ?? '') && !FILE_ENDING.test(parts.at(-1) ?? '');
}

/**
 * An address in a body as it should lead on the pages of `to.language`: a site-relative link to a
 * page, to the same page (and the same #place and query) in that language; anything else as
 * written. Links to other sites, mailto: and tel:, a #place on the page itself and relative links
 * are left alone: a relative link is read against the page's own address, which is already in the
 * reader's language.
 */
export function hrefInLanguage(href: string, to: LinkLanguage): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const root = to.base.replace(/\/+$/, '');
  if (!href.startsWith(root)) return href;
  let rest = href.slice(root.length);
  // `/portalx/` is not inside a site published at /portal/; `/portal` and `/portal?q` are its home.
  if (rest !== '' && !'/?#'.includes(rest[0]!)) return href;
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const end = [rest.indexOf('?'), rest.indexOf('#')].filter((at) => at !== -1);
  const path = end.length ? rest.slice(0, Math.min(...end)) : rest;
  const first = path.split('/')[1] ?? '';
  if (first === to.language || to.languages.includes(first)) return href;
  if (!isPageInEveryLanguage(path)) return href;
  return `${root}/${to.language}${rest}`;
}

/**
 * A body's HTML for the pages of `to.language`: every link to a page of the site leads to that
 * page in that language; everything else in it, the link's words and its other attributes
 * included, is as it was. HTML that needs no change is returned as it came.
 */
export function linksInLanguage(html: string, to: LinkLanguage): string {
  // Most bodies have no link at all, and an attribute's name is never written with a character
  // reference, so a body without the letters `href` has nothing to change and need not be parsed.
  if (!html.includes('href')) return html;
  const tree = fromHtml(html, { fragment: true });
  let changed = false;
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (typeof href !== 'string') return;
    const moved = hrefInLanguage(href, to);
    if (moved === href) return;
    node.properties.href = moved;
    changed = true;
  });
  return changed ? toHtml(tree) : html;
}
