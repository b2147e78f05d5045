// Links inside an entry's words on another language's pages, worked out by hand: a link to a page
// of the site leads to that page in the reader's language; files, other sites, mailto:, tel:,
// #places and relative links stay as written; and nothing else in the HTML changes.
import fc from 'fast-check';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../src/contract/index.ts';
import { hrefInLanguage, isPageInEveryLanguage, linksInLanguage } from '../../src/model/body-links.ts';
import { buildPortal, type Entry } from '../../src/model/read-model.ts';
import { routesUnder } from '../../src/present/routes.ts';
import { SITE } from './site-settings.ts';
import { cafe as oneCafe, oneVisionInput } from './one-commitment.ts';

const LANGUAGES = ['en', 'tr', 'pl', 'ar'];
const atRoot = { base: '/', language: 'tr', languages: LANGUAGES };
const onPages = { base: '/portal/', language: 'tr', languages: LANGUAGES };

describe('a link in a body on a Turkish page, on a site at /', () => {
  it('leads to the same page in Turkish', () => {
    expect(hrefInLanguage('/commitments/crisis-cafe/', atRoot)).toBe('/tr/commitments/crisis-cafe/');
  });
  it('leads from the home page to the Turkish home page', () => {
    expect(hrefInLanguage('/', atRoot)).toBe('/tr/');
  });
  it('keeps its #place and its query', () => {
    expect(hrefInLanguage('/vision/wrenfold/#aim-housing', atRoot)).toBe('/tr/vision/wrenfold/#aim-housing');
    expect(hrefInLanguage('/search/?q=crisis%20caf%C3%A9#results', atRoot)).toBe(
      '/tr/search/?q=crisis%20caf%C3%A9#results',
    );
    expect(hrefInLanguage('/?q=night', atRoot)).toBe('/tr/?q=night');
  });
  it('leads to a page written without its closing slash, still without one', () => {
    expect(hrefInLanguage('/help', atRoot)).toBe('/tr/help');
  });
  it('leads to the open data page in Turkish, and to the same file for every language', () => {
    expect(hrefInLanguage('/data/', atRoot)).toBe('/tr/data/');
    expect(hrefInLanguage('/data/commitments.csv', atRoot)).toBe('/data/commitments.csv');
    expect(hrefInLanguage('/data/schema/commitments.schema.json', atRoot)).toBe('/data/schema/commitments.schema.json');
    expect(hrefInLanguage('/involvement/2025/figures.csv', atRoot)).toBe('/involvement/2025/figures.csv');
  });
  it('stays as written when it leads to a feed, a calendar, an upload, a picture or the search index', () => {
    for (const file of [
      '/feeds/updates.xml',
      '/feeds/',
      '/calendars/meetings.ics',
      '/uploads/cafe-opening.jpg',
      '/uploads/',
      '/pictures/phone.svg',
      '/pagefind/',
      '/sitemap.xml',
      '/favicon.svg',
      '/404.html',
      '/you-said/codes/2025.json',
      '/admin/',
    ])
      expect(hrefInLanguage(file, atRoot)).toBe(file);
  });
  it('stays as written when it leads to another site, an email address, a phone number or a place on the page', () => {
    for (const href of [
      'https://www.nhs.uk/mental-health/',
      'http://example.org/commitments/',
      '//example.org/commitments/',
      'mailto:forum@example.org',
      'tel:116123',
      '#aim-housing',
      '?q=crisis',
    ])
      expect(hrefInLanguage(href, atRoot)).toBe(href);
  });
  it('stays as written when it is relative: it is read against the Turkish page’s own address', () => {
    for (const href of ['crisis-cafe/', '../crisis-cafe/', './easy-read/'])
      expect(hrefInLanguage(href, atRoot)).toBe(href);
  });
  it('stays as written when it already leads to a page in a language', () => {
    expect(hrefInLanguage('/tr/commitments/crisis-cafe/', atRoot)).toBe('/tr/commitments/crisis-cafe/');
    expect(hrefInLanguage('/pl/help/', atRoot)).toBe('/pl/help/');
    expect(hrefInLanguage('/tr', atRoot)).toBe('/tr');
  });
});

describe('a link in a body on a Turkish page, on a site at /portal/', () => {
  it('leads to the same page in Turkish, inside the base path', () => {
    expect(hrefInLanguage('/portal/commitments/crisis-cafe/', onPages)).toBe('/portal/tr/commitments/crisis-cafe/');
  });
  it('leads from the home page to the Turkish home page, with or without the closing slash', () => {
    expect(hrefInLanguage('/portal/', onPages)).toBe('/portal/tr/');
    expect(hrefInLanguage('/portal', onPages)).toBe('/portal/tr/');
    expect(hrefInLanguage('/portal?q=night', onPages)).toBe('/portal/tr/?q=night');
  });
  it('keeps its #place and its query', () => {
    expect(hrefInLanguage('/portal/minutes/forum-2025-04-08/#action-cf-2025-04-1', onPages)).toBe(
      '/portal/tr/minutes/forum-2025-04-08/#action-cf-2025-04-1',
    );
    expect(hrefInLanguage('/portal/search/?q=café', onPages)).toBe('/portal/tr/search/?q=café');
  });
  it('stays as written when it leads to a file or an upload', () => {
    for (const file of ['/portal/data/commitments.csv', '/portal/uploads/cafe.jpg', '/portal/feeds/updates.xml'])
      expect(hrefInLanguage(file, onPages)).toBe(file);
  });
  it('stays as written when it is already in Turkish or lies outside the base path', () => {
    expect(hrefInLanguage('/portal/tr/help/', onPages)).toBe('/portal/tr/help/');
    expect(hrefInLanguage('/portalx/help/', onPages)).toBe('/portalx/help/');
    expect(hrefInLanguage('/help/', onPages)).toBe('/help/');
  });
});

describe('the pages in every language', () => {
  // Every named address routes.ts makes, given arguments that look like file names, so only the
  // shape of the route decides: a page's address changes with the language, a file's does not.
  const named = (routes: ReturnType<typeof routesUnder>) =>
    Object.entries(routes).filter(([name]) => name !== 'href' && name !== 'page') as [
      string,
      (...args: string[]) => string,
    ][];
  for (const base of ['/', '/portal/'])
    it(`are exactly the addresses routes.ts makes in each language, on a site at ${base}`, () => {
      const english = routesUnder(base);
      const turkish = routesUnder(base, 'tr');
      const to = { base, language: 'tr', languages: LANGUAGES };
      const args = ['file.json', 'other.csv', 'third.xml'];
      for (const [name, route] of named(english)) {
        const made = route(...args);
        const own = (turkish as unknown as Record<string, (...a: string[]) => string>)[name]!(...args);
        expect(hrefInLanguage(made, to), name).toBe(own);
      }
    });
  it('are every page but files and the folders of files', () => {
    expect(
      ['/', '/help/', '/commitments/x/easy-read/', '/you-said/codes/2025/', '/data/schema/'].map(isPageInEveryLanguage),
    ).toEqual([true, true, true, true, true]);
    expect(['/data/a.csv', '/pagefind/', '/uploads/a/', '/_astro/x'].map(isPageInEveryLanguage)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a body’s HTML on a Turkish page', () => {
  it('has each link to a page lead to it in Turkish, and every other link as written', () => {
    const html =
      '<p>See <a href="/commitments/crisis-cafe/">the crisis café</a>, <a href="/data/commitments.csv">the data</a>, ' +
      '<a href="https://www.nhs.uk/">the NHS</a> and <a href="#how">how</a>.</p>';
    expect(linksInLanguage(html, atRoot)).toBe(
      '<p>See <a href="/tr/commitments/crisis-cafe/">the crisis café</a>, <a href="/data/commitments.csv">the data</a>, ' +
        '<a href="https://www.nhs.uk/">the NHS</a> and <a href="#how">how</a>.</p>',
    );
  });
  it('keeps a link’s words, title and other attributes', () => {
    const html = '<p><a href="/help/" title="Help &#x26; support" id="help-link">Get <em>help</em> now</a></p>';
    expect(linksInLanguage(html, atRoot)).toBe(
      '<p><a href="/tr/help/" title="Help &#x26; support" id="help-link">Get <em>help</em> now</a></p>',
    );
  });
  it('leaves a picture from the uploads as it is', () => {
    const html = '<p><img src="/portal/uploads/cafe.jpg" alt="The café"><a href="/portal/">Home</a></p>';
    expect(linksInLanguage(html, onPages)).toBe(
      '<p><img src="/portal/uploads/cafe.jpg" alt="The café"><a href="/portal/tr/">Home</a></p>',
    );
  });
  it('is returned as it came when no link needs to change', () => {
    const html = '<p>Open at six &amp; <a href="https://example.org">here</a>.</p>';
    expect(linksInLanguage(html, atRoot)).toBe(html);
  });
});

describe('changing the links of any body', () => {
  const segment = fc.constantFrom('commitments', 'help', 'tr', 'pl', 'data', 'feeds', 'uploads', 'pagefind', 'a.csv');
  const href = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('/', '/portal/'),
        fc.array(segment, { maxLength: 3 }),
        fc.boolean(),
        fc.option(fc.constantFrom('?q=café', '?a=1&b=2')),
        fc.option(fc.constantFrom('#place', '#aim-housing')),
      )
      .map(([base, parts, slash, query, place]) => {
        const path = parts.join('/');
        return `${base}${path}${path && slash ? '/' : ''}${query ?? ''}${place ?? ''}`;
      }),
    fc.constantFrom('https://example.org/help/', 'mailto:a@example.org', 'tel:116123', '#top', '../cafe/', 'cafe/'),
  );
  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const word = fc.string({ unit: 'grapheme-ascii', maxLength: 8 });
  const inline = fc.oneof(
    text.map((value): ElementContent => ({ type: 'text', value })),
    fc
      .record({ href, title: fc.option(word), id: fc.option(word), words: text })
      .map(({ href, title, id, words }) => h('a', { href, title, id }, words)),
    fc.record({ src: href, alt: text }).map(({ src, alt }) => h('img', { src, alt })),
  );
  const block = fc
    .tuple(fc.constantFrom('p', 'li', 'blockquote', 'h2'), fc.array(inline, { maxLength: 4 }))
    .map(([tag, children]) => (tag === 'li' ? h('ul', [h('li', children)]) : h(tag, children)));
  const body = fc.array(block, { maxLength: 4 }).map((children) => toHtml({ type: 'root', children }));
  const to = fc.record({
    base: fc.constantFrom('/', '/portal/'),
    language: fc.constantFrom('tr', 'pl', 'ar'),
    languages: fc.constant(LANGUAGES),
  });

  /** The tree as a reader's browser builds it, with every href and every source position left out. */
  const withoutHrefs = (html: string): unknown => {
    const strip = (node: Nodes): unknown => {
      const { position: _position, ...rest } = node as Nodes & { position?: unknown };
      if (node.type === 'element') {
        const { href: _href, ...properties } = (node as Element).properties;
        return { ...rest, properties, children: node.children.map(strip) };
      }
      if ('children' in node) return { ...rest, children: (node as Root).children.map(strip) };
      return rest;
    };
    return strip(fromHtml(html, { fragment: true }));
  };

  it('changes nothing but hrefs: every word and every other attribute is the same', () => {
    fc.assert(
      fc.property(body, to, (html, language) => {
        expect(withoutHrefs(linksInLanguage(html, language))).toEqual(withoutHrefs(html));
      }),
    );
  });
  it('changes each href as hrefInLanguage says, in order', () => {
    const hrefs = (html: string) => {
      const found: string[] = [];
      const walk = (node: Nodes) => {
        if (node.type === 'element' && typeof node.properties.href === 'string') found.push(node.properties.href);
        if ('children' in node) node.children.forEach(walk);
      };
      walk(fromHtml(html, { fragment: true }));
      return found;
    };
    fc.assert(
      fc.property(body, to, (html, language) => {
        expect(hrefs(linksInLanguage(html, language))).toEqual(
          hrefs(html).map((href) => hrefInLanguage(href, language)),
        );
      }),
    );
  });
  it('is done once: doing it again changes nothing', () => {
    fc.assert(
      fc.property(body, to, (html, language) => {
        const once = linksInLanguage(html, language);
        expect(linksInLanguage(once, language)).toBe(once);
      }),
    );
  });
});

describe('the read model in another language', () => {
  const cafe: Entry<Commitment> = { ...oneCafe, html: '<p>See <a href="/portal/help/">who to talk to</a>.</p>' };
  const input = {
    ...oneVisionInput({ ...SITE, languages: LANGUAGES }, [cafe]),
    base: '/portal/',
    translations: [
      {
        collection: 'commitments',
        of: 'cafe',
        language: 'tr',
        data: { title: 'Kriz kafesi' },
        html: '<p><a href="/portal/help/">Kiminle konuşabileceğinizi</a> görün.</p>',
      },
    ],
  };

  it('has a translated body’s links lead to the pages in that language', () => {
    expect(buildPortal(input, '2025-06-01', 'tr').commitments[0]!.html).toBe(
      '<p><a href="/portal/tr/help/">Kiminle konuşabileceğinizi</a> görün.</p>',
    );
  });
  it('has the original body, shown where there is no translation, lead to the pages in the reader’s language', () => {
    expect(buildPortal(input, '2025-06-01', 'pl').commitments[0]!.html).toBe(
      '<p>See <a href="/portal/pl/help/">who to talk to</a>.</p>',
    );
  });
  it('leaves the body as written in the content’s own language', () => {
    expect(buildPortal(input, '2025-06-01').commitments[0]!.html).toBe(cafe.html);
  });
});
