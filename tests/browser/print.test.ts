// Printing, as a reader in dark mode prints: the paper gets the light scheme's colours, headings
// stay with what follows.
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const PAGES = [
  '/',
  '/commitments/crisis-cafe/',
  '/partners/wrenfold-council/',
  '/accessibility/',
  '/glossary/',
  '/involvement/2026/',
];

describe('printing in dark mode', () => {
  it('prints tags and links dark on white (at least 4.5:1), and keeps headings with what follows', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const low: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.server.origin}${path}`);
      const found = await page.evaluate(() => {
        const lum = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? [])
            .slice(0, 3)
            .map(Number)
            .map((c) => {
              const s = c / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (css: string) => 1.05 / (lum(css) + 0.05);
        const els = [...document.querySelectorAll<HTMLElement>('main a, main strong.rounded, footer a')].filter(
          (e) => e.offsetParent !== null,
        );
        return {
          low: els
            .map((e) => ({ text: e.textContent!.trim().slice(0, 30), ratio: ratio(getComputedStyle(e).color) }))
            .filter((e) => e.ratio < 4.5),
          headings: [...document.querySelectorAll('main h1, main h2, main h3')].map(
            (h) => getComputedStyle(h).breakAfter,
          ),
          count: els.length,
        };
      });
      expect(found.count, path).toBeGreaterThan(0);
      low.push(...found.low.map((l) => `${path} “${l.text}” ${l.ratio.toFixed(2)}:1`));
      expect(new Set(found.headings), path).toEqual(new Set(['avoid']));
    }
    expect(low).toEqual([]);
    await page.close();
  });

  it('prints the year’s involvement report as a document: every table, the reviews too, and no download link', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.server.origin}/involvement/2026/`);
    expect(await page.getByRole('link', { name: /Download these figures/ }).isVisible()).toBe(false);
    const tables = await page
      .locator('[data-table] h2')
      .evaluateAll((hs) =>
        hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent!.trim()),
      );
    expect(tables.at(-1)).toBe('Reviews by people with lived experience');
    expect(tables).toHaveLength(7);
    await page.close();
  });
});

describe('printing to paper', () => {
  // The accessibility statement and the crisis café's page each printed the footer alone on their
  // last sheet of A4 (or split it across two); the others are long and short pages of each kind.
  const PRINTED = [
    '/',
    '/accessibility/',
    '/commitments/crisis-cafe/',
    '/glossary/',
    '/partners/wrenfold-council/',
    '/groups/community-forum/',
    '/help/',
    '/you-said/',
  ];

  it.each(PRINTED)('%s leaves no printed page holding only the footer', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${path}`);
    await page.emulateMedia({ media: 'print' });
    const footer = (await page.locator('body > footer').innerText()).replace(/\s+/g, ' ').trim();
    await page.emulateMedia({ media: null });
    const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const last = text[totalPages - 1]!.replace(/\s+/g, ' ').trim();
    expect(footer.length).toBeGreaterThan(20);
    // Only the footer's words on the last sheet (all or part of it) means it was left alone there.
    expect(footer.includes(last), `the last of ${totalPages} pages reads only “${last}”`).toBe(false);
    await page.close();
  });

  it('prints where to turn for help under the site’s name, since the help links cannot be followed on paper', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/commitments/crisis-cafe/', '/ar/commitments/crisis-cafe/']) {
      await page.goto(`${site.server.origin}${path}`);
      const help = page.locator('body > header [data-help-on-paper]');
      expect(await help.isVisible(), `${path} on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await help.isVisible(), `${path} on paper`).toBe(true);
      const text = await help.innerText();
      expect(text).toContain('Samaritans: 116\u00a0123');
      expect(text).toContain('SHOUT');
      await page.emulateMedia({ media: null });
    }
    await page.close();
  });

  it('prints how to reach the partnership by post and phone, and how to ask for another format', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/commitments/crisis-cafe/`);
    await page.emulateMedia({ media: 'print' });
    const footer = (await page.locator('body > footer').innerText()).replace(/\s+/g, ' ');
    expect(footer).toContain('or call 01632 960 123 (Monday to Friday, 9am to 5pm)');
    expect(footer).toContain('Write to us: Wrenfold Mental Health Partnership, 14 Larch Street, Wrenfold ZZ99 1WF');
    expect(footer).toContain('Need this page in another format or language');
    // Links to other pages cannot be followed on paper.
    expect(footer).not.toContain('Glossary');
    await page.close();
  });

  it('prints the example-content notice dark on white from dark mode', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(`${site.server.origin}/commitments/crisis-cafe/`);
    const [color, background] = await page
      .locator('body > header > p')
      .first()
      .evaluate((p) => [getComputedStyle(p).color, getComputedStyle(p).backgroundColor]);
    expect(color).toBe('rgb(0, 0, 0)');
    expect(background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('prints none of the header’s controls: no search box, no Search button, no help button', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of [...PAGES, '/search/']) {
      await page.goto(`${site.server.origin}${path}`);
      const shown = await page
        .locator('body > header')
        .locator('button, input, form, a[href="/help/"]')
        .evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 60)));
      expect(shown, path).toEqual([]);
    }
    await page.close();
  });
});
