// Every chart on its page: drawn and not blank with JavaScript on, its table there with it off,
// and Chart.js fetched only when a chart comes near the screen, within its budget.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/site.ts';
import { BUDGETS, axeViolations, fileFor, listPages } from '../gates/gates.ts';

const site = servedSite();
const figurePages = listPages(site.dir).filter((p) =>
  readFileSync(fileFor(site.dir, p), 'utf8').includes('data-feature="chart"'),
);
/** The pages with at least one chart worth drawing; the others give each chart's sentence and table only. */
const chartPages = figurePages.filter((p) => readFileSync(fileFor(site.dir, p), 'utf8').includes('data-chart='));

/** Scrolls to each chart and waits until every canvas has something drawn on it. */
async function drawAll(page: Page): Promise<number[]> {
  for (const figure of await page.locator('figure[data-feature="chart"]').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-chart]')].every((h) => !h.hasAttribute('hidden')),
  );
  await page.waitForTimeout(400);
  return page.locator('[data-chart] canvas').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((c) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
      return inked;
    }),
  );
}

describe('the pages with charts', () => {
  it('are the ones the charts belong on', () => {
    for (const path of [
      '/',
      '/commitments/',
      '/commitments/crisis-cafe/',
      '/vision/wrenfold-vision/',
      '/partners/',
      '/partners/wrenfold-council/',
      '/you-said/',
      '/themes/housing/',
      '/actions/',
      '/groups/community-forum/',
    ]) {
      expect(chartPages).toContain(path);
    }
  });
});

describe.concurrent('with JavaScript on', () => {
  it.each(chartPages)('%s draws every chart, within the JavaScript budget, and passes axe', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const js: number[] = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) js.push(gzipSync(await r.body()).length);
    });
    await page.goto(`${site.server.origin}${path}`);
    const inked = await drawAll(page);
    expect(inked.length).toBeGreaterThan(0);
    for (const pixels of inked) expect(pixels, `a blank chart on ${path}`).toBeGreaterThan(500);
    await page.waitForLoadState('networkidle');
    const total = js.reduce((n, b) => n + b, 0);
    expect(total, `JavaScript gzipped on ${path}`).toBeLessThanOrEqual(BUDGETS.jsChartPageGzip);
    expect(await axeViolations(page), `axe on ${path} with its charts drawn`).toEqual([]);
    await context.close();
  });
});

describe('a chart with a single bar', () => {
  it('is not drawn: Kestrel House’s one commitment and the Lived Experience Board’s one waiting action get their sentence and table, and no chart script', async () => {
    for (const path of ['/partners/kestrel-house/', '/groups/lived-experience-board/']) {
      const page = await site.browser.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${site.server.origin}${path}`);
      for (const figure of await page.locator('figure[data-feature="chart"]').all())
        await figure.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      const single = page.locator('figure[data-feature="chart"]', { hasNot: page.locator('canvas') });
      expect(await single.count(), path).toBeGreaterThan(0);
      for (const figure of await single.all()) {
        expect(await figure.locator('table').isVisible(), path).toBe(true);
        expect((await figure.locator('figcaption').innerText()).length, path).toBeGreaterThan(20);
      }
      if (path === '/partners/kestrel-house/') expect(fetched.some((f) => f.includes('chart'))).toBe(false);
      await page.close();
    }
  });
});

describe.concurrent('with JavaScript off', () => {
  it.each(figurePages)('%s shows each chart’s sentence and table instead', async (path) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    for (const figure of await page.locator('figure[data-feature="chart"]').all()) {
      expect(await figure.locator('canvas').isVisible()).toBe(false);
      expect(await figure.locator('table').isVisible()).toBe(true);
      expect((await figure.locator('figcaption').innerText()).length).toBeGreaterThan(20);
    }
    await context.close();
  });
});

describe('loading', () => {
  it('fetches Chart.js only when a chart comes near the screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 400 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.origin}/partners/wrenfold-council/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.some((p) => p.includes('chart-render'))).toBe(false);
    await page.locator('figure[data-feature="chart"]').scrollIntoViewIfNeeded();
    await expect.poll(() => fetched.some((p) => p.includes('chart-render'))).toBe(true);
    await context.close();
  });

  it('prints the JavaScript each chart page loads', async () => {
    const context = await site.browser.newContext();
    const lines: string[] = [];
    for (const path of chartPages.slice(0, 6)) {
      const page = await context.newPage();
      const js: { file: string; gz: number }[] = [];
      page.on('response', async (r) => {
        if (r.url().endsWith('.js'))
          js.push({ file: new URL(r.url()).pathname.replace(/^.*\//, ''), gz: gzipSync(await r.body()).length });
      });
      await page.goto(`${site.server.origin}${path}`);
      await drawAll(page);
      await page.waitForLoadState('networkidle');
      lines.push(
        `  ${path.padEnd(32)} ${(js.reduce((n, f) => n + f.gz, 0) / 1024).toFixed(1).padStart(5)} KB gzipped (${js.map((f) => f.file.split('.')[0]).join(', ')})`,
      );
      await page.close();
    }
    console.log(
      `JavaScript on pages with charts, all charts drawn (budget ${BUDGETS.jsChartPageGzip / 1000} KB):\n${lines.join('\n')}`,
    );
    await context.close();
  });
});

describe('on a 320px screen', () => {
  it.each(['/', '/partners/', '/you-said/', '/actions/'])(
    '%s fits its charts without scrolling sideways',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${path}`);
      await drawAll(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await context.close();
    },
  );
});

/** Every piece of text Chart.js writes on a canvas: the words, their size in pixels, and whether they are turned. */
interface DrawnText {
  text: string;
  px: number;
  turned: boolean;
}

describe('the labels a chart draws', () => {
  // Chart.js writes its labels with fillText; recording each call gives the text as drawn, at the
  // size and angle it was drawn. The reader has set their text to 20px (so body text is 22.5px).
  async function drawnText(
    path: string,
    width: number,
  ): Promise<{ texts: DrawnText[]; body: number; units: string[] }> {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    await context.addInitScript(() => {
      const drawn: DrawnText[] = [];
      (window as unknown as { drawn: DrawnText[] }).drawn = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, x, y, max) {
        const m = this.getTransform();
        drawn.push({
          text: String(text),
          px: parseFloat(/([\d.]+)px/.exec(this.font)![1]!),
          turned: Math.abs(m.b) > 1e-6 || Math.abs(m.c) > 1e-6,
        });
        return fillText.call(this, text, x, y, max);
      };
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.style.fontSize = '20px';
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    await drawAll(page);
    const found = await page.evaluate(() => ({
      texts: (window as unknown as { drawn: DrawnText[] }).drawn,
      body: parseFloat(getComputedStyle(document.body).fontSize),
      units: [...document.querySelectorAll<HTMLElement>('[data-chart]')].map(
        (h) => (JSON.parse(h.dataset.chart!) as { unit: string }).unit,
      ),
    }));
    await context.close();
    return found;
  }

  it.each([320, 1280])(
    'follow the reader’s text size on /commitments/ at %ipx: none is smaller than body text',
    async (width) => {
      const { texts, body } = await drawnText('/commitments/', width);
      expect(body).toBe(22.5);
      expect(texts.length).toBeGreaterThan(5);
      expect(texts.filter((t) => t.px < body).map((t) => `${t.text} ${t.px}px`)).toEqual([]);
    },
  );

  it.each(['/', '/commitments/', '/commitments/crisis-cafe/'])(
    '%s draws the dates under its line charts upright at 320px',
    async (path) => {
      const { texts, units } = await drawnText(path, 320);
      // The one text turned on its side on purpose is the title up the value axis.
      const turned = texts.filter((t) => t.turned && !units.includes(t.text)).map((t) => t.text);
      expect(texts.some((t) => /20\d\d/.test(t.text))).toBe(true);
      expect(turned).toEqual([]);
    },
  );
});
