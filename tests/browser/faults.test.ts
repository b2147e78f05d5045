// Each gate, shown to bite: a tiny site with one page per planted fault, run through the same
// gate functions as the real site.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { launchChrome } from '../helpers/chrome.ts';
import { serve, type Served } from '../helpers/serve.ts';
import {
  afterHtmlEnd,
  axeViolations,
  brokenLinks,
  emptyHeaderCells,
  fileFor,
  gluedText,
  headingProblems,
  landmarkProblems,
  loadAxe,
  markupErrors,
  overBudget,
  unhashableScripts,
  visit,
  weighPages,
} from '../gates/gates.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
const page = (title: string, body: string, head = '', csp = CSP) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${csp}${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const FILES: Record<string, string> = {
  'index.html': page(
    'A good page',
    '<p id="here">Nothing wrong here. <a href="/#here">A link to an anchor that exists</a>.</p>',
  ),
  'no-alt/index.html': page('An image without alt text', '<img src="/pixel.svg">'),
  'pixel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
  'broken-link/index.html': page(
    'Broken links',
    '<p><a href="/missing/">A page that does not exist</a> and <a href="/#nowhere">an anchor that does not</a>.</p>',
  ),
  'inline-script/index.html': page('An inline script', '<p>Text.</p><script>document.title = "changed";</script>'),
  // No CSP here: the site's CSP would stop this request first, and this shows the privacy gate catches it on its own.
  'foreign/index.html': page(
    'A request to another site',
    '<img src="https://tracker.example.com/pixel.gif" alt="">',
    '',
    '',
  ),
  'bad-markup/index.html': page('Invalid nesting', '<p>A paragraph <div>with a block inside</div></p>'),
  'heavy/index.html': page(
    'A plain page with JavaScript',
    '<p>Text.</p>',
    '<script src="/app.js" type="module"></script>',
  ),
  'app.js': `console.log(${JSON.stringify('x'.repeat(2000))});`,
  'no-focus/index.html': page(
    'Focus hidden',
    '<p><a href="/">A link whose focus is hidden</a></p>',
    '<link rel="stylesheet" href="/no-focus.css">',
  ),
  'no-focus.css': 'a:focus, a:focus-visible { outline: none; box-shadow: none; }',
  'outside-landmarks/index.html': page('Text outside every landmark', '<p>Inside.</p>').replace(
    '<body>',
    '<body><p>A banner before the header.</p>',
  ),
  'unnamed-landmarks/index.html': page(
    'Two search forms with no names',
    '<form role="search"><label>Words <input name="q"></label></form><form role="search"><label>More <input name="r"></label></form><nav aria-label="Pages"><a href="/">One</a></nav><nav aria-label="Pages"><a href="/">Two</a></nav>',
  ),
  'after-html/index.html': `${page('A script after the end', '<p>Text.</p>')}\n<script type="module" src="/app.js"></script>`,
};

let dir: string;
let browser: Browser;
let server: Served;
let context: BrowserContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-faults-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  server = await serve(dir);
  browser = await launchChrome();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a page with no fault', () => {
  it('passes every gate, so the faults below are caught for what they are', async () => {
    const { page, errors, foreign } = await visit(context, server.origin, '/');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await markupErrors(fileFor(dir, '/'))).toEqual([]);
    expect(await landmarkProblems(page)).toEqual([]);
    await page.close();
  });
});

describe('the landmark gate', () => {
  it('catches text outside every landmark, quoting it', async () => {
    const { page } = await visit(context, server.origin, '/outside-landmarks/');
    expect(await landmarkProblems(page)).toEqual(['outside every landmark: <p> “A banner before the header.”']);
    await page.close();
  });
  it('catches two landmarks of one role with no name, and two with the same name', async () => {
    const { page } = await visit(context, server.origin, '/unnamed-landmarks/');
    expect(await landmarkProblems(page)).toEqual([
      'a search landmark with no name, one of 2: <form> “Words”',
      'a search landmark with no name, one of 2: <form> “More”',
      'two navigation landmarks named “Pages”',
    ]);
    await page.close();
  });
  it('catches a script after the closing </html>', () => {
    expect(afterHtmlEnd(FILES['after-html/index.html']!)).toBe('<script type="module" src="/app.js"></script>');
    expect(afterHtmlEnd(FILES['index.html']!)).toBe('');
  });
});

describe('the accessibility gate', () => {
  it('catches an image without alt text, naming the rule and the element', async () => {
    const { page } = await visit(context, server.origin, '/no-alt/');
    expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^image-alt: .* at img$/));
  });
  it('catches it too when axe was loaded with the page, and logs no error there', async () => {
    const loaded = await browser.newContext();
    await loadAxe(loaded);
    try {
      const { page, errors } = await visit(loaded, server.origin, '/no-alt/');
      expect(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run)).toBe('function');
      expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^image-alt: .* at img$/));
      expect(errors).toEqual([]);
    } finally {
      await loaded.close();
    }
  });
});

describe('the link gate', () => {
  it('catches a link to a missing page and an anchor that is not there, naming the page', () => {
    const broken = brokenLinks(dir);
    expect(broken).toContain('/broken-link/ → href="/missing/": no such page or file in the built site');
    expect(broken).toContain('/broken-link/ → href="/#nowhere": the page has no element with id "nowhere"');
    expect(broken.filter((b) => !b.startsWith('/broken-link/'))).toEqual([]);
  });
  it('catches a link outside the base path the site is published under', () => {
    expect(brokenLinks(dir, '/portal/')).toContainEqual(
      expect.stringContaining("outside the site's base path /portal/"),
    );
  });
});

describe('the CSP gate', () => {
  it('catches an inline script the policy has no hash for, as a console error', async () => {
    const { errors } = await visit(context, server.origin, '/inline-script/');
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
  });
  it('catches is:inline and define:vars in the source, which cannot be hashed', () => {
    const src = join(dir, 'src');
    mkdirSync(src);
    writeFileSync(join(src, 'Widget.astro'), '<p>x</p>\n<script is:inline>alert(1)</script>\n');
    expect(unhashableScripts(src)).toEqual(['Widget.astro:2: <script is:inline>alert(1)</script>']);
  });
});

describe('the privacy gate', () => {
  it('catches, and stops, a request to another origin', async () => {
    const { foreign } = await visit(context, server.origin, '/foreign/');
    expect(foreign).toEqual(['https://tracker.example.com/pixel.gif']);
  });
});

describe('the markup gate', () => {
  it('catches invalid nesting, with line, column and rule', async () => {
    expect(await markupErrors(fileFor(dir, '/bad-markup/'))).toContainEqual(
      expect.stringMatching(/^\d+:\d+ (element-permitted-content|close-order|no-implicit-close): /),
    );
  });
});

describe('the headings check', () => {
  it('catches a skipped level and a second h1', () => {
    expect(headingProblems('<h1>A</h1><h3>B</h3><h1>C</h1>')).toEqual([
      '2 h1 headings (there should be one)',
      'h1 is followed by h3',
    ]);
  });
});

describe('the table headings check', () => {
  it('catches an empty header cell, by its table and place, and passes a labelled one', () => {
    expect(
      emptyHeaderCells(
        '<table><caption>How quickly we replied</caption><tr><th scope="col"> </th><th>Received</th></tr></table>' +
          '<table><tr><th><span></span></th><th aria-label="Year"></th></tr></table>',
      ),
    ).toEqual([
      'header cell 1 of “How quickly we replied” is empty',
      'header cell 1 of “a table with no caption” is empty',
    ]);
  });
});

describe('the spacing check', () => {
  it('catches two pieces of text side by side with nothing between', () => {
    expect(
      gluedText('<body><p><time datetime="2025-05-01">1 May 2025</time><strong>At risk</strong></p></body>'),
    ).toEqual(['2025</time><strong>At risk']);
  });
  it('catches words run into a link', () => {
    expect(gluedText('<body><p>Read the reply.<a href="/">See more</a>now</p></body>')).toEqual([
      '.<a href="/">See more',
      'more</a>n',
    ]);
  });
});

describe('the budget gate', () => {
  it('catches JavaScript on a page with no feature that needs it', () => {
    expect(overBudget(weighPages(dir))).toContainEqual(
      expect.stringMatching(
        /^\/heavy\/: 20\d\d bytes of JavaScript on a page with no feature that needs it \(budget 0\)$/,
      ),
    );
  });
});

describe('the focus check', () => {
  it('catches a link whose focus is hidden', async () => {
    const { page } = await visit(context, server.origin, '/no-focus/');
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    });
    expect(visible).toBe(false);
  });
});

// The search page on the built example site, with its index made to fail in the ways a host can.
describe('the search page, when the search index fails', () => {
  const UNAVAILABLE =
    'Search is not working right now. You can still browse commitments by status and what people said, by topic.';
  let site: Served;
  beforeAll(async () => {
    site = await serve(inject('siteDir'));
  });
  afterAll(async () => {
    await site?.close();
  });

  /** Waits until the search status says something other than "Searching…", and returns it. */
  async function settled(page: Page) {
    await page.waitForFunction(
      () => {
        const text = document.getElementById('search-status')?.textContent ?? '';
        return text !== '' && text !== 'Searching…';
      },
      undefined,
      { timeout: 15_000 },
    );
    return page.getByRole('status').textContent();
  }

  const FAULTS: [string, string, (route: Route) => Promise<void>][] = [
    ['its script is missing (404)', '**/pagefind/pagefind.js*', (r) => r.fulfill({ status: 404, body: 'Not found' })],
    ['the network fails', '**/pagefind/pagefind.js*', (r) => r.abort('internetdisconnected')],
    [
      'its script is broken',
      '**/pagefind/pagefind.js*',
      (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: 'export const broken = (' }),
    ],
    [
      'the search itself throws (its index reader is broken)',
      '**/pagefind/*.pagefind',
      (r) => r.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not an index' }),
    ],
  ];

  it.each(FAULTS)('when %s, says so calmly, offers the lists, and a later search works', async (_, url, fault) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(url, fault);
    await page.goto(`${site.origin}/search/?q=housing`);

    expect(await settled(page)).toBe(UNAVAILABLE);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/commitments/#by-status',
      '/you-said/',
    ]);
    expect(await page.locator('body').textContent()).not.toContain('Searching…');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#search-more').isHidden()).toBe(true);

    // The form stays usable: while the fault lasts, another search says the same; once it is
    // mended, the next search loads the index afresh and finds things.
    await page.locator('#search-words').fill('support');
    await page.locator('#search-words').press('Enter');
    await page.waitForURL(/q=support/);
    expect(await settled(page)).toBe(UNAVAILABLE);
    await page.unroute(url);
    await page.locator('#search-words').fill('housing');
    await page.locator('#search-words').press('Enter');
    await page.waitForURL(/q=housing/);
    expect(await settled(page)).toMatch(/^\d+ results for “housing”\.$/);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
