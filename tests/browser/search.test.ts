// Real queries on the built index, in a real browser, on the example site and on a fixture.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChrome } from '../helpers/chrome.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { axeViolations } from '../gates/gates.ts';

const siteDir = inject('siteDir');
// The minimal fixture, built once for the run by tests/setup/build-site.ts (build.test.ts reads it too).
const fixtureSite = inject('fixtureSite');
let browser: Browser;
let example: Served;
let fixture: Served;
let context: BrowserContext;

beforeAll(async () => {
  if (fixtureSite.status !== 0) throw new Error(fixtureSite.output);
  example = await serve(siteDir);
  fixture = await serve(fixtureSite.dir);
  browser = await launchChrome();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await example?.close();
  await fixture?.close();
});

/** Opens a search and waits until its results are announced. */
async function search(origin: string, query: string, page?: Page) {
  page ??= await context.newPage();
  await page.goto(`${origin}/search/${query}`);
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== '' && text !== 'Searching…';
  });
  return page;
}

async function results(page: Page) {
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
  }
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((li) => ({
      title: li.querySelector('h3')?.textContent ?? '',
      url: new URL(li.querySelector('a')!.href).pathname,
      meta: li.querySelector('p')?.textContent ?? '',
      excerpt: li.querySelector('p + p')?.textContent ?? '',
    })),
  );
}

describe('search on the example site', () => {
  it('puts the input first when a member types its reference code, in any letter case', async () => {
    const page = await search(example.origin, '?q=ys-2025-014');
    const found = await results(page);
    expect(found[0]).toMatchObject({ title: 'YS-2025-014: what happened', url: '/you-said/ys-2025-014/' });
    expect(found.filter((r) => r.url === '/you-said/ys-2025-014/')).toHaveLength(1);
    await page.close();
  });

  it('with a partner filter, returns only that partner’s entries: its page, its commitment and its Easy Read, 5 updates, 3 inputs and 2 reviews', async () => {
    const page = await search(example.origin, `?partner=${encodeURIComponent('Kestrel House Wellbeing')}`);
    const found = await results(page);
    expect(found).toHaveLength(13);
    expect(found.map((r) => r.url)).toContain('/partners/kestrel-house/');
    expect(found.map((r) => r.url)).toContain('/commitments/crisis-cafe/easy-read/');
    for (const r of found) expect(r.meta, r.url).toContain('Kestrel House Wellbeing');
    expect(
      found
        .map((r) => r.url)
        .filter((u) => u.startsWith('/reviews/'))
        .sort(),
    ).toEqual(['/reviews/crisis-cafe-2025-07-15/', '/reviews/crisis-cafe-2026-09-15/']);
    expect(
      found
        .map((r) => r.url)
        .filter((u) => u.startsWith('/you-said/'))
        .sort(),
    ).toEqual(['/you-said/ys-2025-001/', '/you-said/ys-2025-011/', '/you-said/ys-2026-004/']);
    await page.close();
  });

  it('with the disputed filter, returns the 4 disputed reviews and the 4 commitments whose latest review disputes them', async () => {
    const page = await search(example.origin, '?disputed=Disputed');
    const urls = (await results(page)).map((r) => r.url).sort();
    await page.close();
    expect(urls).toEqual([
      '/commitments/crisis-cafe/',
      '/commitments/crisis-line-24-7/',
      '/commitments/housing-pathway/',
      '/commitments/you-said-we-did/',
      '/reviews/crisis-cafe-2026-09-15/',
      '/reviews/crisis-line-24-7-2026-04-21/',
      '/reviews/housing-pathway-2026-04-21/',
      '/reviews/you-said-we-did-2025-07-15/',
    ]);
  });

  it('with a verdict filter and the review type, returns the reviews that found it too early to judge', async () => {
    const page = await search(example.origin, `?verdict=${encodeURIComponent('Too early to judge')}&type=Review`);
    const urls = (await results(page)).map((r) => r.url);
    await page.close();
    expect(urls).toEqual(['/reviews/supported-housing-places-2026-09-15/']);
  });

  it('puts a partner’s own page first when a reader types its name', async () => {
    const page = await search(example.origin, '?q=Kestrel');
    const found = await results(page);
    expect(found[0]).toMatchObject({ title: 'Kestrel House Wellbeing', url: '/partners/kestrel-house/' });
    expect(found[0]!.meta).toContain('Partner');
    await page.close();
  });

  it.each([
    ['a group', 'community mental health forum', '/groups/community-forum/', 'Group'],
    ['a topic', 'advocates help people be heard', '/themes/advocacy/', 'Topic'],
    ['the list of every Easy Read version', 'easy read', '/easy-read/', 'Page'],
    ['the Easy Read vision', 'easy read plan for mental health', '/vision/wrenfold-vision/easy-read/', 'Easy Read'],
    ['a promise in Easy Read', 'easy read crisis café evening', '/commitments/crisis-cafe/easy-read/', 'Easy Read'],
    ['how to get involved', 'get involved', '/get-involved/', 'Page'],
  ])('finds %s by its words', async (_, q, url, type) => {
    const page = await search(example.origin, `?q=${encodeURIComponent(q)}`);
    const found = await results(page);
    const hit = found.find((r) => r.url === url);
    expect(hit, `${url} among ${found.map((r) => r.url).join(', ')}`).toBeDefined();
    expect(hit!.meta).toContain(type);
    expect(found.indexOf(hit!)).toBeLessThan(3);
    await page.close();
  });

  it('shows excerpts of every kind of result that read as sentences, not labels run into values', async () => {
    // Words that land the excerpts on each page's rows of facts (date, status, partner, topics, group).
    const queries = ['Kestrel', 'college', 'forum', 'housing', 'advocacy', 'lived experience', 'easy read', 'vision'];
    const seen = new Set<string>();
    for (const q of queries) {
      const page = await search(example.origin, `?q=${encodeURIComponent(q)}`);
      for (const r of await results(page)) {
        seen.add(r.meta.split(' · ')[0]!);
        // A lower-case letter or a digit run straight into a capital ("PartnerKestrel", "0No update") is
        // two pieces of the page glued together.
        expect(r.excerpt, `${r.url} for “${q}”`).not.toMatch(/[a-z0-9][A-Z]/);
        // Every label of a row of facts is followed by a colon, its value then closed by a full stop.
        expect(r.excerpt, `${r.url} for “${q}”`).not.toMatch(
          /\b(Date|Status at this update|Progress|Partner|Written by|Received|Where it came from|Topics|Group|People who came|Made by|Led by|Made on|Adopted|Review due) (?!:)[A-Z0-9]/,
        );
      }
      await page.close();
    }
    expect([...seen].sort()).toEqual(
      [
        'Check-in',
        'Review',
        'Commitment',
        'Easy Read',
        'Group',
        'Meeting',
        'Page',
        'Partner',
        'Topic',
        'Update',
        'Vision',
        'You said',
      ].sort(),
    );
  });

  it('finds the inputs on a theme by its word', async () => {
    const page = await search(example.origin, '?q=housing&type=You+said');
    const urls = (await results(page)).map((r) => r.url);
    for (const ref of ['ys-2025-009', 'ys-2025-018', 'ys-2025-019', 'ys-2026-005'])
      expect(urls).toContain(`/you-said/${ref}/`);
    expect(urls.every((u) => u.startsWith('/you-said/'))).toBe(true);
    await page.close();
  });

  it('sorts by date when asked, newest first', async () => {
    const page = await search(example.origin, '?type=Update&sort=newest');
    const found = await results(page);
    expect(found).toHaveLength(34);
    expect(found[0]!.meta).toContain('4 November 2026');
    expect(found[33]!.meta).toContain('22 April 2025');
    await page.close();
  });

  it('announces the number of results to screen readers', async () => {
    const page = await search(example.origin, '?q=advocate');
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+ results for “advocate”\.$/);
    await page.close();
  });

  it('keeps the search in the address, and the back button goes back to the last one', async () => {
    const page = await search(example.origin, '?q=crisis');
    await page.getByLabel('Search for').fill('advocacy');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page.waitForURL('**/search/?q=advocacy');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('“advocacy”');
    await page.goBack();
    await page.waitForURL('**/search/?q=crisis');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('“crisis”');
    expect(await page.getByLabel('Search for').inputValue()).toBe('crisis');
    await page.close();
  });

  it('filters as a box is ticked, by keyboard, and puts the filter in the address', async () => {
    const page = await search(example.origin, '?q=crisis');
    await page.locator('summary', { hasText: 'Type' }).click();
    await page.getByLabel('Meeting', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL('**/search/?q=crisis&type=Meeting');
    await expect.poll(async () => (await results(page)).every((r) => r.url.startsWith('/minutes/'))).toBe(true);
    await page.close();
  });

  it('is reached from the header box on any page, by keyboard', async () => {
    const page = await context.newPage();
    await page.goto(`${example.origin}/partners/`);
    await page.getByLabel('Search this site').focus();
    await page.keyboard.type('discharge');
    await Promise.all([page.waitForURL('**/search/?q=discharge'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/results? for “discharge”/);
    await page.close();
  });

  it('downloads little for a first search, and sends nothing to any other site', async () => {
    const page = await context.newPage();
    const fetched: { path: string; raw: number; sent: number }[] = [];
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(example.origin)) foreign.push(r.url());
    });
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const text = /text|javascript|json|css|svg/.test(r.headers()['content-type'] ?? '');
      fetched.push({
        path: new URL(r.url()).pathname,
        raw: body.length,
        sent: text ? gzipSync(body).length : body.length,
      });
    });
    await search(example.origin, '?q=crisis', page);
    await page.waitForLoadState('networkidle');
    const total = (key: 'raw' | 'sent', only = (_: string) => true) =>
      fetched.filter((f) => only(f.path)).reduce((n, f) => n + f[key], 0);
    const afterPage = (p: string) => p !== '/search/' && !p.endsWith('.css') && !p.endsWith('.svg');
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      [
        'First search for “crisis” on the example site:',
        `  everything, page included: ${kb(total('raw'))} as files, ${kb(total('sent'))} sent compressed as a static host would`,
        `  for the search alone (scripts, index, results): ${kb(total('raw', afterPage))} as files, ${kb(total('sent', afterPage))} compressed`,
        ...fetched.map((f) => `    ${f.path.padEnd(60)} ${kb(f.raw).padStart(9)} ${kb(f.sent).padStart(9)}`),
      ].join('\n'),
    );
    expect(foreign).toEqual([]);
    expect(total('sent')).toBeLessThan(150 * 1024);
    await page.close();
  });
});

describe('the search page with results showing', () => {
  it('passes the WCAG 2.2 AA check, filters open, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const scheme = await browser.newContext({ colorScheme });
      const page = await search(example.origin, '?q=crisis&partner=Kestrel+House+Wellbeing', await scheme.newPage());
      await page.locator('summary', { hasText: 'Topic' }).click();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await scheme.close();
    }
  });
});

describe('search without JavaScript', () => {
  it('offers no box in the header whose words would go unsearched, but a way to find things', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(`${example.origin}/partners/`);
    expect(await page.getByLabel('Search this site').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Find things on this site' }).click();
    await page.waitForURL('**/search/');
    expect(await page.getByRole('link', { name: 'each partner’s record' }).isVisible()).toBe(true);
    await off.close();
  });

  it('says plainly that it needs JavaScript and that the words typed were not searched, and links to the browse pages', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(`${example.origin}/search/?q=crisis`);
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript');
    expect(await page.locator('main').innerText()).toContain('any words you typed have not been searched');
    expect(await page.getByRole('link', { name: 'commitments by status' }).getAttribute('href')).toBe(
      '/commitments/#by-status',
    );
    expect(await page.getByRole('link', { name: 'meetings by group' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Search for').isVisible()).toBe(false);
    await off.close();
  });
});

describe('search on another partnership’s content', () => {
  it('finds an input first by its code', async () => {
    const page = await search(fixture.origin, '?q=NM-2024-1');
    expect((await results(page))[0]?.url).toBe('/you-said/nm-2024-1/');
    await page.close();
  });
  it('with a partner filter, returns only that partner’s page and its one commitment', async () => {
    const page = await search(fixture.origin, '?partner=Peer+Voices');
    expect((await results(page)).map((r) => r.url).sort()).toEqual([
      '/commitments/peer-homes/',
      '/partners/peer-voices/',
    ]);
    await page.close();
  });
  it('finds a meeting by a word in its minutes', async () => {
    const page = await search(fixture.origin, '?q=forum&type=Meeting');
    expect((await results(page)).map((r) => r.url).sort()).toEqual(['/minutes/forum-one/', '/minutes/forum-two-sept/']);
    await page.close();
  });
});
