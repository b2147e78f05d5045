// On a page in another language, every piece of content still in the words it was written in says
// so: the element holding it carries `lang` (and `dir`) of the original, so a screen reader reads
// English as English inside a Turkish page, and an Arabic page lays English out left to right. Words
// that were translated are left in the page's language. Checked on every page of every language, for
// every field of every entry that the read model says fell back or was translated.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { examplePortal } from '../unit/example-portal.ts';
import { EXAMPLE_DAY } from '../setup/build-site.ts';
import { fileFor } from '../gates/gates.ts';
import { routesUnder } from '../../src/present/routes.ts';
import type { Entry, Portal } from '../../src/model/read-model.ts';

const siteDir = inject('siteDir');
const OTHER_LANGUAGES = ['tr', 'pl', 'ar'];

/** Every HTML page built under `dir`. */
function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesUnder(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const valueAt = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, step) => (at as Record<string, unknown> | undefined)?.[step], data);

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Each text the pages may show whole in an element, with the language it is in: the original's for
 * words that fell back, the page's for words translated. Short texts are left out, since a few
 * words could be the site's own words too.
 */
function expectedLanguages(portal: Portal, page: string): Map<string, string> {
  const expected = new Map<string, string>();
  const entries: Entry<unknown>[] = [
    ...portal.partners,
    ...portal.themes,
    ...portal.groups,
    ...portal.visions,
    ...portal.commitments,
    ...portal.updates,
    ...portal.minutes,
    ...portal.inputs,
    ...portal.reviews,
    ...portal.checkins,
  ];
  const site = { data: portal.site, translation: portal.language };
  for (const entry of [...entries, site]) {
    const t = entry.translation;
    if (!t) continue;
    // Names and the other words no translation changes are the original's as much as words that fell back.
    for (const path of [...t.fellBack, ...t.fixed]) {
      const value = valueAt(entry.data, path);
      if (typeof value === 'string' && normal(value).length >= 12) expected.set(normal(value), t.original);
    }
    if ('translations' in entry && (t.status === 'translated' || t.status === 'partly-translated')) {
      const words = entry.translations?.byLanguage[page]?.data;
      const walk = (value: unknown) => {
        if (typeof value === 'string') {
          if (normal(value).length >= 12 && !expected.has(normal(value))) expected.set(normal(value), page);
        } else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(words);
    }
  }
  return expected;
}

interface Finding {
  page: string;
  /** The element, as `h1` or `a.font-bold`, to find it by. */
  element: string;
  text: string;
  expected: string;
  found: string;
}

/** The innermost elements whose whole text is an expected text, with the language they are in. */
function check(tree: Root, pageLang: string, expected: Map<string, string>, page: string) {
  const wrong: Finding[] = [];
  let checked = 0;
  const textOf = new Map<Nodes, string>();
  const text = (node: Nodes): string => {
    let found = textOf.get(node);
    if (found !== undefined) return found;
    if (node.type === 'text') found = node.value;
    else if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) found = '';
    else if ('children' in node) found = node.children.map((child) => text(child as Nodes)).join('');
    else found = '';
    textOf.set(node, found);
    return found;
  };
  const visit = (node: Element, lang: string, inBody: boolean) => {
    // Hidden parts are for the search index (its filters), never read or heard.
    if (node.properties.hidden !== undefined && node.properties.hidden !== false) return;
    const own = typeof node.properties.lang === 'string' ? node.properties.lang : lang;
    const body = inBody || node.tagName === 'body';
    const children = node.children.filter((c): c is Element => c.type === 'element');
    if (body) {
      const whole = normal(text(node));
      const want = expected.get(whole);
      if (want !== undefined && !children.some((c) => normal(text(c)) === whole)) {
        checked++;
        if (own !== want) wrong.push({ page, element: node.tagName, text: whole, expected: want, found: own });
      }
    }
    for (const child of children) visit(child, own, body);
  };
  for (const child of tree.children) if (child.type === 'element') visit(child, pageLang, false);
  return { wrong, checked };
}

describe.each(OTHER_LANGUAGES)('the pages in %s', (lang) => {
  const portal = examplePortal(EXAMPLE_DAY, lang);
  const expected = expectedLanguages(portal, lang);
  const pages = pagesUnder(join(siteDir, lang));

  it('say which language each piece of content is in, on every page', () => {
    const wrong: Finding[] = [];
    let checked = 0;
    for (const file of pages) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const result = check(tree, lang, expected, file.slice(siteDir.length));
      wrong.push(...result.wrong);
      checked += result.checked;
    }
    // Enough to mean something: the example shows some 2,500 such texts on each language’s 160 pages,
    // some 800 of them names and other words never translated.
    expect(checked).toBeGreaterThan(2000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('knows words in the original and words translated apart', () => {
    const languages = new Set(expected.values());
    expect(languages).toEqual(new Set(['en', lang]));
  });
});

describe.each(OTHER_LANGUAGES)('each entry’s own page in %s', (lang) => {
  const portal = examplePortal(EXAMPLE_DAY, lang);
  const routes = routesUnder('/', lang);
  const pages: [string, Entry<unknown>][] = [
    ...portal.commitments.map((e): [string, Entry<unknown>] => [routes.commitment(e.id), e]),
    ...portal.updates.map((e): [string, Entry<unknown>] => [routes.update(e.id), e]),
    ...portal.partners.map((e): [string, Entry<unknown>] => [routes.partner(e.id), e]),
    ...portal.visions.map((e): [string, Entry<unknown>] => [routes.vision(e.id), e]),
    ...portal.minutes.map((e): [string, Entry<unknown>] => [routes.minutes(e.id), e]),
    ...portal.checkins.map((e): [string, Entry<unknown>] => [routes.checkin(e.id), e]),
    ...portal.reviews.map((e): [string, Entry<unknown>] => [routes.review(e.id), e]),
    ...portal.groups.map((e): [string, Entry<unknown>] => [routes.group(e.id), e]),
    ...portal.themes.map((e): [string, Entry<unknown>] => [routes.theme(e.id), e]),
    ...portal.inputs.map((e): [string, Entry<unknown>] => [routes.youSaid((e.data as { ref: string }).ref), e]),
  ];

  it('says the page is not translated, or only in part, exactly when some of its words are the original’s', () => {
    const wrong: string[] = [];
    for (const [path, entry] of pages) {
      const html = readFileSync(fileFor(siteDir, path), 'utf8');
      const shows = html.includes('data-translation-notice');
      const owes = entry.translation!.fellBack.length > 0;
      if (shows !== owes) wrong.push(`${path}: ${shows ? 'a notice, but every word is translated' : 'no notice'}`);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });
});

describe('the guide for people who publish, written in English', () => {
  const headingAndGuide = (path: string) => {
    const tree = fromHtml(readFileSync(fileFor(siteDir, path), 'utf8'));
    const found: { h1: string[]; guide?: Element; note: string[] } = { h1: [], note: [] };
    const walk = (node: Nodes) => {
      if (node.type === 'element') {
        if (node.tagName === 'h1') found.h1.push(normal(toString(node)));
        const classes = node.properties.className;
        if (Array.isArray(classes) && classes.includes('guide')) found.guide = node;
      }
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(tree);
    return found;
  };
  it('is marked as English on a page in another language, under a heading in the page’s language', () => {
    const tr = headingAndGuide('/tr/contributing/');
    expect(tr.h1).toEqual(['Portalın güncel kalmasına yardım edin']);
    expect(tr.guide?.properties).toMatchObject({ lang: 'en', dir: 'ltr' });
    expect(readFileSync(fileFor(siteDir, '/tr/contributing/'), 'utf8')).toContain('Bu rehber İngilizce yazılmıştır.');
    expect(headingAndGuide('/ar/contributing/').guide?.properties).toMatchObject({ lang: 'en', dir: 'ltr' });
  });
  it('is the page’s own language on the English page, with one heading', () => {
    const en = headingAndGuide('/contributing/');
    expect(en.h1).toEqual(['Help keep the portal up to date']);
    expect(en.guide?.properties.lang).toBeUndefined();
    expect(readFileSync(fileFor(siteDir, '/contributing/'), 'utf8')).not.toContain('This guide is written in English.');
  });
});
