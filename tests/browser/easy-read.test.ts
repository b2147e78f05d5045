// The Easy Read pages of the example site in Chromium: every picture drawn, with alt text, from
// the site's own address; no JavaScript; the list of every Easy Read version; and the words on
// every built page that say how to ask for it in another format.
import { anotherFormatAsk, anotherFormatReply } from '../../src/present/formats.ts';
import { en, messagesIn } from '../helpers/messages.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { fileFor, listPages } from '../gates/gates.ts';
import { PROJECT } from '../helpers/fixture.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const CAFE = '/commitments/crisis-cafe/easy-read/';
const VISION = '/vision/wrenfold-vision/easy-read/';
const settings = checkContent(PROJECT).site?.data;

describe('an Easy Read page', () => {
  it('is in the example build for each commitment with Easy Read, and the list of them', () => {
    const pages = listPages(site.dir);
    for (const path of [CAFE, '/commitments/crisis-line-24-7/easy-read/', '/easy-read/', VISION])
      expect(pages).toContain(path);
  });

  it('draws every picture from the site’s own address, each with its alt text', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + CAFE);
    const pictures = await page.locator('main img').evaluateAll((images) =>
      (images as HTMLImageElement[]).map((img) => ({
        origin: new URL(img.currentSrc).origin,
        alt: img.alt,
        drawn: img.complete && img.naturalWidth > 0,
      })),
    );
    await page.close();
    // Five pictures in the commitment's Easy Read and two in its latest update's.
    expect(pictures).toHaveLength(7);
    for (const picture of pictures)
      expect(picture).toEqual({ origin: site.server.origin, alt: picture.alt, drawn: true });
    expect(pictures.map((p) => p.alt).slice(0, 3)).toEqual([
      'A hot drink in a cup',
      'A sofa and a lamp',
      'The moon at night',
    ]);
  });

  it('has no JavaScript', () => {
    for (const path of [CAFE, VISION, '/easy-read/'])
      expect(readFileSync(fileFor(site.dir, path), 'utf8')).not.toMatch(/<script\b/);
  });

  it('shows an update’s Easy Read under its date, and says who checked the words', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.origin + CAFE);
    const update = page.locator('#update-crisis-cafe-2026-10-19');
    expect(await update.locator('h3').innerText()).toBe('The café is open 4 evenings a week');
    expect(await update.innerText()).toContain('We wrote this on 19 October 2026.');
    expect(await page.locator('main').innerText()).toContain('They are from Wrenfold Community Mental Health Forum.');
    await page.close();
  });

  it('is linked from the commitment’s page and from the update’s page', () => {
    expect(readFileSync(fileFor(site.dir, '/commitments/crisis-cafe/'), 'utf8')).toContain(`href="${CAFE}"`);
    expect(readFileSync(fileFor(site.dir, '/updates/crisis-cafe-2026-10-19/'), 'utf8')).toContain(
      `href="${CAFE}#update-crisis-cafe-2026-10-19"`,
    );
  });

  it('keeps its text and pictures within a 320px screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(site.server.origin + CAFE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});

describe('/easy-read/', () => {
  it('links the vision’s Easy Read, then each promise’s in the order of the promises’ titles', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/easy-read/`);
    const links = await page.locator('main li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.close();
    expect(links).toEqual([
      VISION,
      '/commitments/crisis-line-24-7/easy-read/',
      CAFE,
      '/commitments/follow-up-72-hours/easy-read/',
    ]);
  });
});

describe('another format on request', () => {
  it('is offered on every built page, with the reply time site.yaml promises', () => {
    const missing = listPages(site.dir).filter((path) => {
      const html = readFileSync(fileFor(site.dir, path), 'utf8')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"');
      // In the page's own language: English at the site's address, the others under /tr/, /pl/, /ar/.
      const m = messagesIn(/^\/(tr|pl|ar)\//.exec(path)?.[1] ?? 'en');
      return !(html.includes(anotherFormatAsk(m)) && html.includes(anotherFormatReply(m, settings!)!));
    });
    expect(settings?.formats?.replyDays).toBe(5);
    expect(anotherFormatReply(en, settings!)).toBe('We will reply within 5 working days.');
    expect(missing).toEqual([]);
  });
});
