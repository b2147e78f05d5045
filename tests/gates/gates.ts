// The quality gates, as plain functions: the site tests run them on every built page, and the
// seeded-fault tests run them on pages planted with one fault each, to prove each gate bites.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AxeResults, RunOptions } from 'axe-core';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { visit as visitTree } from 'unist-util-visit';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe rules switched off, each with the reason. None so far. */
export const AXE_OFF: Record<string, string> = {};

export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A page's title is the entry's own title (written by a volunteer) and the site's name;
    // cutting it to 70 characters would lose the part that says what the page is.
    'long-title': 'off',
  },
};

/**
 * Every public HTML page in a built site, as its path from the site root ('/', '/commitments/',
 * '/404.html'). The content editor at /admin/ is left out: it is a third-party app for editors,
 * with a policy of its own, and tests/browser/editor.test.ts checks it.
 */
export function listPages(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory() ? walk(join(folder, item.name)) : item.name.endsWith('.html') ? [join(folder, item.name)] : [],
    );
  return walk(dir)
    .map((file) => `/${relative(dir, file).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .filter((path) => !path.startsWith('/admin/'))
    .sort();
}

/** The file a site path is served from. */
export function fileFor(dir: string, path: string): string {
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

export interface PageVisit {
  page: Page;
  /** Console errors and uncaught exceptions, including Content-Security-Policy violations. */
  errors: string[];
  /** Every request to another origin (each is stopped before it leaves). */
  foreign: string[];
}

/** Opens a page, recording console errors and stopping and recording any request to another origin. */
export async function visit(context: BrowserContext, origin: string, path: string): Promise<PageVisit> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, errors, foreign };
}

/** axe itself, as the page runs it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Has every page the context opens load axe as it is made, before its own scripts, so that
 * axeViolations finds it there. Loading axe into a page afterwards (600 KB of script) took about a
 * third of each page's check. axe adds nothing a page can see: it only defines `window.axe`.
 */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * axe violations on the page, one line each: the rule, what it means and the elements.
 *
 * axe runs in the page itself, on the document and any frames in it (each has axe too when its
 * context has loadAxe). This is axe's own way to run; @axe-core/playwright's gathers each frame's
 * results in a blank page it opens and fills with axe again, for frames from other origins, which no
 * page of the site can have (its policy allows its own origin only). On six pages, the checks took
 * 6.6–7.0 s this way with axe loaded as each page was made (their loads 0.1–0.4 s longer), against
 * 11.7–12.3 s with @axe-core/playwright in its legacy mode, with the same violations, passes,
 * incomplete and inapplicable results.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  type WithAxe = { axe?: { run?: unknown } };
  const loaded = await page.evaluate(() => typeof (window as WithAxe).axe?.run === 'function');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(AXE_OFF).map((id) => [id, { enabled: false }])),
  };
  const results = await page.evaluate(
    (settings) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        settings,
      ),
    options,
  );
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** html-validate errors in a built page, one line each with line, column and rule. */
export async function markupErrors(file: string): Promise<string[]> {
  const report = await new HtmlValidate(HTML_RULES).validateFile(file);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

const ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/**
 * Every internal link and #anchor in the built site that does not resolve, as
 * "page → link: why". External links are not followed: the tests make no requests to other sites.
 */
export function brokenLinks(dir: string, base = '/'): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const path of listPages(dir)) {
    const html = readFileSync(fileFor(dir, path), 'utf8');
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${path}`, 'http://site.invalid');
    for (const [, attribute, value] of html.matchAll(ATTRIBUTE)) {
      if (!value || /^(mailto|tel|data):/.test(value)) continue;
      const target = new URL(value.replace(/&amp;/g, '&'), pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      const say = (why: string) => broken.push(`${path} → ${attribute}="${value}": ${why}`);
      if (!target.pathname.startsWith(base)) {
        say(`it is outside the site's base path ${base}`);
        continue;
      }
      const sitePath = `/${decodeURIComponent(target.pathname.slice(base.length))}`;
      const file = fileFor(dir, sitePath);
      if (!existsSync(file) || !statSync(file).isFile()) {
        say('no such page or file in the built site');
        continue;
      }
      if (target.hash && target.hash !== '#' && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        say(`the page has no element with id "${decodeURIComponent(target.hash.slice(1))}"`);
      }
    }
  }
  return broken;
}

/** What one page makes a reader download, in bytes. */
export interface PageWeight {
  path: string;
  /** Features on the page that bring their own JavaScript (data-feature="…"). */
  features: string[];
  html: number;
  css: number;
  cssGzip: number;
  js: number;
  jsGzip: number;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const STYLESHEET = /<link\b[^>]*rel="stylesheet"[^>]*>/g;

/** Weighs each page: its HTML, and the CSS and JavaScript it loads, inline or from files. */
export function weighPages(dir: string, base = '/'): PageWeight[] {
  const read = (url: string) => readFileSync(fileFor(dir, `/${url.slice(base.length)}`));
  return listPages(dir).map((path) => {
    const html = readFileSync(fileFor(dir, path), 'utf8');
    const js: Buffer[] = [];
    const css: Buffer[] = [];
    for (const [, attributes, body] of html.matchAll(SCRIPT)) {
      if (/type="application\/(ld\+)?json"/.test(attributes!)) continue;
      const src = /src="([^"]+)"/.exec(attributes!)?.[1];
      js.push(src ? read(src) : Buffer.from(body!));
    }
    for (const [, body] of html.matchAll(STYLE)) css.push(Buffer.from(body!));
    for (const [tag] of html.matchAll(STYLESHEET)) css.push(read(/href="([^"]+)"/.exec(tag)![1]!));
    const size = (parts: Buffer[]) => parts.reduce((n, b) => n + b.length, 0);
    const gzip = (parts: Buffer[]) => (parts.length ? gzipSync(Buffer.concat(parts)).length : 0);
    const features = [...new Set([...html.matchAll(/data-feature="([^"]+)"/g)].map((m) => m[1]!))].sort();
    return {
      path,
      features,
      html: Buffer.byteLength(html),
      css: size(css),
      cssGzip: gzip(css),
      js: size(js),
      jsGzip: gzip(js),
    };
  });
}

/** Budgets in bytes. */
export const BUDGETS = {
  /** JavaScript on a page with no feature that needs it. */
  jsPlainPage: 0,
  /** JavaScript, gzipped, that each feature may add to a page it is on. */
  jsFeatureGzip: { 'code-lookup': 2_000, search: 6_000, chart: 2_000 } as Record<string, number>,
  /** JavaScript, gzipped, on a page with charts once every chart is drawn (Chart.js loads then). */
  jsChartPageGzip: 60_000,
  /** CSS on any page, gzipped. */
  cssGzip: 15_000,
  /** HTML of the largest page, before compression. */
  html: 150_000,
};

/** Pages over budget, as "page: what is over and by how much". */
export function overBudget(weights: PageWeight[]): string[] {
  return weights.flatMap((w) => [
    ...(w.features.length === 0 && w.js > BUDGETS.jsPlainPage
      ? [
          `${w.path}: ${w.js} bytes of JavaScript on a page with no feature that needs it (budget ${BUDGETS.jsPlainPage})`,
        ]
      : []),
    ...w.features.flatMap((f) =>
      BUDGETS.jsFeatureGzip[f] === undefined ? [`${w.path}: the feature "${f}" has no JavaScript budget`] : [],
    ),
    ...(w.features.length > 0 && w.jsGzip > w.features.reduce((n, f) => n + (BUDGETS.jsFeatureGzip[f] ?? 0), 0)
      ? [
          `${w.path}: ${w.jsGzip} bytes of JavaScript gzipped for ${w.features.join(', ')} (budget ${w.features.reduce((n, f) => n + (BUDGETS.jsFeatureGzip[f] ?? 0), 0)})`,
        ]
      : []),
    ...(w.cssGzip > BUDGETS.cssGzip
      ? [`${w.path}: ${w.cssGzip} bytes of CSS gzipped (budget ${BUDGETS.cssGzip})`]
      : []),
    ...(w.html > BUDGETS.html ? [`${w.path}: ${w.html} bytes of HTML (budget ${BUDGETS.html})`] : []),
  ]);
}

/**
 * Text run into a link or tag with no space ("a reply.See everything"): Astro's compiler drops
 * the line break between a line of text and an element on the next line.
 */
export function gluedText(html: string): string[] {
  const body = html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  return [
    ...[...body.matchAll(/[A-Za-z0-9.,:;!?)]<(a|strong|em|time)\b[^>]*>[^<]{0,30}/g)].map((m) => m[0]),
    ...[...body.matchAll(/[^\s>]{0,30}<\/(a|strong|em|time)>[A-Za-z0-9(]/g)].map((m) => m[0]),
    // Two pieces of inline text side by side with nothing between: "3 November 2025At risk".
    ...[...body.matchAll(/[^\s>]{0,30}<\/(a|strong|em|time)><(a|strong|em|time|span)\b[^>]*>[^<]{0,20}/g)].map(
      (m) => m[0],
    ),
  ];
}

/** Problems with a page's outline as a screen reader's headings list shows it: one h1, first, and no level skipped. */
export function headingProblems(html: string): string[] {
  const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
  const problems: string[] = [];
  if (levels.filter((l) => l === 1).length !== 1)
    problems.push(`${levels.filter((l) => l === 1).length} h1 headings (there should be one)`);
  if (levels[0] !== 1) problems.push(`the first heading is h${levels[0]}, not h1`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} is followed by h${level}`);
  });
  return problems;
}

/**
 * Table header cells a screen reader reads as nothing: no text and no label. Each is named by its
 * table's caption and its place, read with the HTML parser rather than patterns.
 */
export function emptyHeaderCells(html: string): string[] {
  const found: string[] = [];
  visitTree(fromHtml(html), 'element', (table: HastElement) => {
    if (table.tagName !== 'table') return;
    const caption = table.children.find((c): c is HastElement => c.type === 'element' && c.tagName === 'caption');
    const name = caption ? hastToString(caption).replace(/\s+/g, ' ').trim() : 'a table with no caption';
    let place = 0;
    visitTree(table, 'element', (cell: HastElement) => {
      if (cell.tagName !== 'th') return;
      place++;
      const label = cell.properties.ariaLabel;
      if (!hastToString(cell).trim() && !(typeof label === 'string' && label.trim()))
        found.push(`header cell ${place} of “${name}” is empty`);
    });
  });
  return found;
}

/** Source files with scripts that CSP cannot hash: is:inline and define:vars. */
export function unhashableScripts(srcDir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory()
        ? walk(join(folder, item.name))
        : /\.(astro|mdx?)$/.test(item.name)
          ? [join(folder, item.name)]
          : [],
    );
  return walk(srcDir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        /\b(is:inline|define:vars)\b/.test(line) ? [`${relative(srcDir, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

/** Anything after the page's closing </html> (a script there is moved into the body by the browser, and is invalid). */
export function afterHtmlEnd(html: string): string {
  const end = html.lastIndexOf('</html>');
  return end === -1 ? html.slice(-200) : html.slice(end + '</html>'.length).trim();
}

/**
 * Landmark problems a screen reader's landmarks list shows, found in the page as the browser built
 * it: visible content outside every landmark (a reader moving by landmark never meets it), and a
 * landmark role used more than once where any of them has no name, or two share one (the list
 * reads "search, search" and the reader cannot tell which is which).
 */
export async function landmarkProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const named = (el: Element) => {
      const by = el.getAttribute('aria-labelledby');
      const text = by
        ? by
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : (el.getAttribute('aria-label') ?? '');
      return text.replace(/\s+/g, ' ').trim();
    };
    const inSectioning = (el: Element) => el.parentElement?.closest('article, aside, main, nav, section') !== null;
    /** The landmark role of an element, if it has one (the HTML-AAM mappings). */
    const roleOf = (el: Element): string | undefined => {
      const role = el.getAttribute('role');
      if (role)
        return ['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'search', 'region', 'form'].includes(
          role,
        )
          ? role
          : undefined;
      switch (el.localName) {
        case 'header':
          return inSectioning(el) ? undefined : 'banner';
        case 'footer':
          return inSectioning(el) ? undefined : 'contentinfo';
        case 'nav':
          return 'navigation';
        case 'main':
          return 'main';
        case 'aside':
          return 'complementary';
        case 'search':
          return 'search';
        case 'section':
          return named(el) ? 'region' : undefined;
        case 'form':
          return named(el) ? 'form' : undefined;
        default:
          return undefined;
      }
    };
    const hidden = (el: Element) => el.closest('[hidden], [aria-hidden="true"]') !== null;
    const landmarks = [...document.body.querySelectorAll('*')].filter((el) => roleOf(el) && !hidden(el));
    const describe = (el: Element) => {
      const text = (el as HTMLElement).innerText?.replace(/\s+/g, ' ').trim().slice(0, 60);
      return `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>${text ? ` “${text}”` : ''}`;
    };

    // Visible content: text, and the things a reader sees or uses without text.
    const outside = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node instanceof Element ? node : node.parentElement!;
      if (
        node instanceof Text
          ? !node.data.trim()
          : !el.matches('img, svg, canvas, input, select, textarea, button, video, iframe')
      )
        continue;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // The skip link and other text for screen readers only: a 1px box until focused.
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.display === 'none') continue;
      if (landmarks.some((l) => l.contains(el))) continue;
      outside.add(el);
    }
    for (const el of outside) problems.push(`outside every landmark: ${describe(el)}`);

    const byRole = new Map<string, Element[]>();
    for (const el of landmarks) byRole.set(roleOf(el)!, [...(byRole.get(roleOf(el)!) ?? []), el]);
    for (const [role, els] of byRole) {
      if (els.length < 2) continue;
      const names = els.map(named);
      els.forEach((el, i) => {
        if (!names[i]) problems.push(`a ${role} landmark with no name, one of ${els.length}: ${describe(el)}`);
        else if (names.indexOf(names[i]!) !== i) problems.push(`two ${role} landmarks named “${names[i]}”`);
      });
    }
    return problems;
  });
}

/** The sizes of the files the site publishes besides its pages: feeds, calendars and the open data. */
export function publishedSizes(dir: string, folders = ['feeds', 'calendars', 'data']) {
  const walk = (folder: string): string[] =>
    existsSync(folder)
      ? readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
          item.isDirectory()
            ? walk(join(folder, item.name))
            : item.name.endsWith('.html')
              ? []
              : [join(folder, item.name)],
        )
      : [];
  const files = folders.flatMap((folder) =>
    walk(join(dir, folder)).map((file) => ({ folder, path: `/${relative(dir, file)}`, bytes: statSync(file).size })),
  );
  return {
    groups: folders.map((folder) => {
      const mine = files.filter((f) => f.folder === folder);
      return { folder, files: mine.length, bytes: mine.reduce((n, f) => n + f.bytes, 0) };
    }),
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}
