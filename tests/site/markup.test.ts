// Checks on the built files themselves: valid HTML, links that resolve, and size budgets.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/fixture.ts';
import {
  BUDGETS,
  afterHtmlEnd,
  brokenLinks,
  emptyHeaderCells,
  fileFor,
  gluedText,
  headingProblems,
  listPages,
  markupErrors,
  overBudget,
  unhashableScripts,
  weighPages,
  publishedSizes,
} from '../gates/gates.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);

describe.concurrent('every page’s HTML', () => {
  it.each(pages)('%s is valid', async (path) => {
    expect(await markupErrors(fileFor(siteDir, path)), `html-validate errors in ${path}`).toEqual([]);
  });
});

describe.concurrent('the end of every page', () => {
  it.each(pages)('%s has nothing after its closing </html>', (path) => {
    expect(afterHtmlEnd(readFileSync(fileFor(siteDir, path), 'utf8'))).toBe('');
  });
});

describe.concurrent('headings', () => {
  it.each(pages)('%s has one h1 and skips no level', (path) => {
    expect(headingProblems(readFileSync(fileFor(siteDir, path), 'utf8'))).toEqual([]);
  });
});

describe.concurrent('tables', () => {
  it.each(pages)('%s has no table heading a screen reader would read as nothing', (path) => {
    expect(emptyHeaderCells(readFileSync(fileFor(siteDir, path), 'utf8'))).toEqual([]);
  });
});

describe.concurrent('words', () => {
  it.each(pages)('%s has no text run into a link with no space', (path) => {
    expect(gluedText(readFileSync(fileFor(siteDir, path), 'utf8'))).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and #anchor resolves', () => {
    expect(brokenLinks(siteDir)).toEqual([]);
  });
});

describe('budgets', () => {
  const weights = weighPages(siteDir);
  it('every page is within budget', () => {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const heaviest = [...weights].sort((a, b) => b.html + b.css + b.js - (a.html + a.css + a.js)).slice(0, 5);
    const totalJs = weights.reduce((n, w) => n + w.js, 0);
    console.log(
      [
        `Budgets over ${weights.length} pages (JS on plain pages ≤ ${BUDGETS.jsPlainPage} B, CSS ≤ ${kb(BUDGETS.cssGzip)} gzipped, HTML ≤ ${kb(BUDGETS.html)}):`,
        `  JavaScript on all pages together: ${totalJs} bytes`,
        `  CSS per page: ${kb(Math.max(...weights.map((w) => w.css)))}, ${kb(Math.max(...weights.map((w) => w.cssGzip)))} gzipped`,
        '  Heaviest pages (HTML + CSS + JS):',
        ...heaviest.map(
          (w) => `    ${w.path.padEnd(44)} ${kb(w.html + w.css + w.js).padStart(9)}  (HTML ${kb(w.html)})`,
        ),
      ].join('\n'),
    );
    expect(overBudget(weights)).toEqual([]);
  });

  it('prints the sizes of the feeds, calendars and open data', () => {
    const sizes = publishedSizes(siteDir);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      [
        'Published files (feeds, calendars, open data):',
        ...sizes.groups.map(
          (g) => `  ${g.folder.padEnd(12)} ${String(g.files).padStart(4)} files ${kb(g.bytes).padStart(10)}`,
        ),
        '  Largest:',
        ...sizes.largest.map((f) => `    ${f.path.padEnd(44)} ${kb(f.bytes).padStart(9)}`),
      ].join('\n'),
    );
    expect(sizes.groups.every((g) => g.files > 0)).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  it.each(pages)('%s has a policy that allows scripts only by hash and loads nothing from elsewhere', (path) => {
    const html = readFileSync(fileFor(siteDir, path), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, `no CSP on ${path}`).toBeDefined();
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    // Only the search page (in each language) may compile WebAssembly, which Pagefind needs.
    expect(directives.get('script-src')?.filter((v) => !v.startsWith("'sha256-"))).toEqual(
      /^(\/[a-z]{2,3})?\/search\/$/.test(path) ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
    );
  });
});

describe('scripts', () => {
  it('no source file uses is:inline or define:vars, which the CSP cannot hash', () => {
    expect(unhashableScripts(join(PROJECT, 'src'))).toEqual([]);
  });
});
