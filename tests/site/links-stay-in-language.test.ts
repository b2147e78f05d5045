// A reader of the pages in another language is never thrown out of it: in the built example,
// every link inside the main part of every page in that language that leads to a page of the
// site (a volunteer's link in an entry's words as much as one the page makes) leads to a page in
// the same language that was built. Links to files (open data, feeds, calendars, uploads) have one
// address for every language, and are judged by what the link leads to in the built site.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, listPages } from '../gates/gates.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);

/** The element `main` of a page, and every href inside it. */
function hrefsInMain(path: string): string[] {
  const tree = fromHtml(readFileSync(fileFor(siteDir, path), 'utf8'));
  const hrefs: string[] = [];
  const walk = (node: Nodes, inMain: boolean) => {
    const element = node.type === 'element' ? (node as Element) : undefined;
    const here = inMain || element?.tagName === 'main';
    if (here && typeof element?.properties.href === 'string') hrefs.push(element.properties.href);
    if ('children' in node) for (const child of node.children) walk(child, here);
  };
  walk(tree, false);
  return hrefs;
}

/** Whether a path of the site (from its root) is something other than a page: a file, or a folder of files. */
function isFile(sitePath: string): boolean {
  const there = join(siteDir, sitePath);
  if (!existsSync(there)) return false;
  if (statSync(there).isDirectory()) return !existsSync(join(there, 'index.html'));
  return !sitePath.endsWith('.html');
}

/** Every link inside `main` on the pages of `language` that leads to a page of the site, as "page → link". */
function pageLinks(language: string): { from: string; href: string; to: string }[] {
  return pages
    .filter((path) => path.startsWith(`/${language}/`))
    .flatMap((from) =>
      hrefsInMain(from).flatMap((href) => {
        const target = new URL(href, `http://site.invalid${from}`);
        if (target.origin !== 'http://site.invalid') return [];
        const to = decodeURIComponent(target.pathname);
        return isFile(to) ? [] : [{ from, href, to }];
      }),
    );
}

describe.each(['tr', 'pl', 'ar'])('the pages in %s', (language) => {
  const links = pageLinks(language);

  it('link to pages of the site from inside their main part, and from the entries’ own words', () => {
    expect(links.length).toBeGreaterThan(pages.length / 4);
    expect(links).toContainEqual({
      from: `/${language}/commitments/crisis-cafe/`,
      href: `/${language}/commitments/crisis-line-24-7/`,
      to: `/${language}/commitments/crisis-line-24-7/`,
    });
  });
  it('lead, by every link inside the main part that goes to a page, to a built page in the same language', () => {
    const astray = links
      .filter(({ to }) => !to.startsWith(`/${language}/`) || !existsSync(fileFor(siteDir, to)))
      .map(({ from, href }) => `${from} → ${href}`);
    expect(astray).toEqual([]);
  });
  it('keep a link to an open data file from an entry’s words, the one file for every language', () => {
    const update = hrefsInMain(`/${language}/updates/talking-therapy-waits-2026-07-15/`);
    expect(update).toContain('/data/updates.csv');
    expect(existsSync(join(siteDir, 'data', 'updates.csv'))).toBe(true);
  });
});
