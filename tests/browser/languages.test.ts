// The site in the reader's language: the switcher keeps the reader on the same page without
// JavaScript, Arabic pages read right to left, and search finds pages in the reader's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, listPages } from '../gates/gates.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const OTHERS = ['tr', 'pl', 'ar'];
const LANGS = ['en', ...OTHERS];

/** The language a built page is in, from its address. */
const languageOf = (path: string) => OTHERS.find((code) => path.startsWith(`/${code}/`)) ?? 'en';

describe('every page in every language', () => {
  const pages = listPages(site.dir).filter((path) => path !== '/404.html');

  it('has each page in all four languages', () => {
    const english = pages.filter((path) => languageOf(path) === 'en');
    for (const code of OTHERS) {
      expect(pages.filter((path) => path.startsWith(`/${code}/`)).sort()).toEqual(
        english.map((path) => `/${code}${path}`).sort(),
      );
    }
  });

  it('says its language and direction, and lists itself in every language in its head', () => {
    const wrong = pages.flatMap((path) => {
      const html = readFileSync(fileFor(site.dir, path), 'utf8');
      const code = languageOf(path);
      const rest = code === 'en' ? path : path.slice(code.length + 1);
      const expected = [
        code === 'en'
          ? '<html lang="en-GB" dir="ltr">'
          : `<html lang="${code}" dir="${code === 'ar' ? 'rtl' : 'ltr'}">`,
        ...LANGS.map(
          (other) => `<link rel="alternate" hreflang="${other}" href="${other === 'en' ? rest : `/${other}${rest}`}">`,
        ),
        `<link rel="alternate" hreflang="x-default" href="${rest}">`,
      ];
      return expected.filter((part) => !html.includes(part)).map((part) => `${path}: ${part}`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('the language switcher', () => {
  it('takes the reader to the same page in Arabic without JavaScript, naming each language in itself', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/commitments/crisis-cafe/`);
    const switcher = page.locator('header nav').first();
    expect(await switcher.locator('a').allTextContents()).toEqual(['English', 'Türkçe', 'Polski', 'العربية']);
    await switcher.getByText('العربية').click();
    await page.waitForURL(`${site.server.origin}/ar/commitments/crisis-cafe/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('header nav').first().locator('a[aria-current]').textContent()).toBe('العربية');
    await context.close();
  });

  it('comes after the help link, which stays the first stop after skipping to the content', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/tr/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/tr/help/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('en');
    await context.close();
  });
});

describe('right to left', () => {
  it('mirrors the page in Arabic: the site’s name starts at the right, the help link on the left half', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const edges = async (path: string) => {
      await page.goto(`${site.server.origin}${path}`);
      const name = await page.locator('header p.text-xl a').boundingBox();
      const help = await page.locator('header a[href$="/help/"]').first().boundingBox();
      return { nameLeft: name!.x, nameRight: name!.x + name!.width, helpMiddle: help!.x + help!.width / 2 };
    };
    const english = await edges('/');
    const arabic = await edges('/ar/');
    // 16px of padding each side at 375px.
    expect(english.nameLeft).toBe(16);
    expect(arabic.nameRight).toBe(375 - 16);
    expect(english.helpMiddle).toBeGreaterThan(375 / 2);
    expect(arabic.helpMiddle).toBeLessThan(375 / 2);
    await context.close();
  });
});

describe('search in the reader’s language', () => {
  it('finds pages in Turkish from the Turkish search page, and none in another language', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/tr/search/?q=café`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li a').length > 0);
    const found = await page
      .locator('#search-results > li a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((path) => !path.startsWith('/tr/'))).toEqual([]);
    await context.close();
  });
  it('announces in Turkish how many pages the Turkish search page found', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/tr/search/?q=café`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^“café” için \d+ sonuç\.$/);
    await context.close();
  });
});
