// "Need help now?": a person in crisis reaches the help page from any page in two key presses, finds
// every service site.yaml lists with a number their phone can call, can print it on one sheet, and
// finds it first when they search for the words they would use.
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/check/check.ts';
import { PROJECT } from '../helpers/fixture.ts';
import { servedSite } from '../helpers/site.ts';
import { listPages } from '../gates/gates.ts';

const site = servedSite();
const HELP = '/help/';
const services = checkContent(PROJECT).site?.data.help ?? [];

/** The text and address of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLAnchorElement | null;
    return { text: (el?.textContent ?? '').trim(), href: el?.getAttribute('href') ?? '' };
  });

describe('the "Need help now?" link', () => {
  it('is the first or second stop for the keyboard on every page, and leads to the help page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const pages = listPages(site.dir);
    expect(pages).toContain(HELP);
    expect(pages).toContain('/404.html');
    const presses: Record<string, number> = {};
    for (const path of pages) {
      await page.goto(`${site.server.origin}${path}`);
      for (let press = 1; press <= 2; press++) {
        await page.keyboard.press('Tab');
        const at = await focused(page);
        // In each language the link has its own words, and leads to the help page in that language.
        if (at.href.endsWith(HELP)) {
          expect(at.href, path).toBe(`${/^\/(tr|pl|ar)\//.exec(path)?.[0].slice(0, -1) ?? ''}${HELP}`);
          presses[path] = press;
          break;
        }
      }
    }
    const missing = pages.filter((p) => presses[p] === undefined);
    expect(missing, 'pages where two Tab presses do not reach the help link').toEqual([]);
    const counts = Object.values(presses);
    console.log(
      `"Need help now?" reached in ${Math.max(...counts)} Tab presses at most, on all ${counts.length} pages (the skip link is first).`,
    );
    // And it works: Enter on it opens the help page.
    await page.goto(`${site.server.origin}/vision/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(`**${HELP}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Get help now');
    await context.close();
    // A page for every page of the site in each of four languages, one after another.
  }, 900_000);

  it('is big enough to press (24 by 24 CSS pixels at least) and shows focus, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/`);
      const link = page.getByRole('link', { name: 'Need help now?' });
      const box = (await link.boundingBox())!;
      expect(box.width, colorScheme).toBeGreaterThanOrEqual(24);
      expect(box.height, colorScheme).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const background = await link.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background, colorScheme).toBe('rgb(255, 221, 0)');
      await context.close();
    }
  });

  it('is in the footer of every page too', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/404.html', '/vision/wrenfold-vision/easy-read/']) {
      const response = await page.goto(`${site.server.origin}${path}`);
      if (path !== '/404.html') expect(response?.status(), path).toBe(200);
      await expect
        .poll(() => page.locator('footer').getByRole('link', { name: 'See who you can talk to' }).getAttribute('href'))
        .toBe(HELP);
    }
    await context.close();
  });
});

describe('the help page', () => {
  it('lists every service in site.yaml, in order, with a link that phones it', async () => {
    expect(services.length).toBeGreaterThan(0);
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${HELP}`);
    expect(await page.locator('main h2').allTextContents()).toEqual([
      ...services.map((s) => s.name),
      'About this website',
    ]);
    for (const service of services) {
      const item = page.locator('main li').filter({ has: page.getByRole('heading', { name: service.name }) });
      await expect.poll(() => item.textContent()).toContain(service.for);
      if (service.phone) {
        const call = item.locator(`a[href="tel:${service.phone.replace(/[^\d+]/g, '')}"]`);
        expect(await call.count(), service.name).toBe(1);
        expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d{3,15}$/);
        // The number reads as written, kept on one line by non-breaking spaces.
        expect((await call.textContent())!.replace(/\u00a0/g, ' ')).toBe(service.phone);
      }
      if (service.text) expect(await item.textContent()).toContain(service.text);
      if (service.web) expect(await item.locator(`a[href="${service.web}"]`).count()).toBe(1);
      if (service.hours) expect(await item.textContent()).toContain(service.hours);
    }
    // The emergency line comes first, and Samaritans' free number is there.
    expect(services[0]!.phone).toBe('999');
    expect(await page.locator('a[href="tel:116123"]').count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('This website is not a crisis service.');
    await context.close();
  });

  it('has no JavaScript', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${HELP}`);
    expect(await page.locator('script').count()).toBe(0);
    await context.close();
  });

  it('prints every service on the first sheet in Turkish and Polish, and on one sheet in Arabic', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const sheets = async (path: string) => {
      await page.goto(`${site.server.origin}${path}`);
      const names = await page.locator('main li > h2').allInnerTexts();
      await page.emulateMedia({ media: 'print' });
      const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
      await page.emulateMedia({ media: null });
      return { names, ...(await extractText(pdf, { mergePages: false })) };
    };
    // Turkish and Polish say more, and their last lines (about the site, and the footer) may
    // take a second sheet; the services never do.
    for (const prefix of ['/tr', '/pl']) {
      const { names, text } = await sheets(`${prefix}${HELP}`);
      expect(names.length, prefix).toBe(services.length);
      const first = text[0]!.replace(/\s+/g, ' ');
      for (const name of names) expect(first, `${prefix}: ${name}`).toContain(name.replace(/\s+/g, ' '));
    }
    // Arabic text comes back from a PDF in the shapes it is drawn in, so only the sheets are counted.
    expect((await sheets(`/ar${HELP}`)).totalPages).toBe(1);
    await context.close();
  });

  it('prints on one page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${HELP}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    console.log(`The help page prints on ${pages.length} A4 page(s).`);
    expect(pages).toHaveLength(1);
    await context.close();
  });
});

describe('searching for help', () => {
  it.each(['help', 'crisis', 'urgent', 'suicide', 'samaritans', 'urgent help'])(
    'puts the help page first for “%s”',
    async (query) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => {
        const text = document.getElementById('search-status')?.textContent ?? '';
        return text !== '' && text !== 'Searching…';
      });
      const first = page.locator('#search-results > li').first();
      expect(new URL((await first.locator('a').first().getAttribute('href'))!, site.server.origin).pathname).toBe(HELP);
      expect(await first.locator('h3').textContent()).toMatch(/^Get help now/);
      await context.close();
    },
  );
});
