// The community's verdict beside the partner's report, as a resident meets it in a browser: the
// two sides with equal weight (side by side on a wide screen, one above the other on a phone),
// and every new page readable with JavaScript off.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

/** The two boxes of the side-by-side view: their headings' look and their place on the page. */
async function sides(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('#community-verdict ~ div > section')].slice(0, 2);
    return boxes.map((box) => {
      const heading = box.querySelector('h3')!;
      const style = getComputedStyle(heading);
      const boxStyle = getComputedStyle(box);
      const rect = box.getBoundingClientRect();
      return {
        heading: heading.textContent!.trim(),
        font: `${style.fontSize} ${style.fontWeight}`,
        border: `${boxStyle.borderTopWidth} ${boxStyle.borderTopColor}`,
        top: Math.round(rect.top),
        left: Math.round(rect.left),
        width: Math.round(rect.width),
      };
    });
  });
}

describe('a commitment’s page', () => {
  it('gives the partner’s report and the community’s verdict the same weight, side by side on a wide screen', async () => {
    const page = await open('/commitments/crisis-line-24-7/', 1280);
    const [partner, found] = await sides(page);
    await page.context().close();
    expect([partner!.heading, found!.heading]).toEqual([
      'What the partner reported',
      'What people with lived experience found',
    ]);
    expect(found!.font).toBe(partner!.font);
    expect(found!.border).toBe(partner!.border);
    expect(found!.width).toBe(partner!.width);
    expect(found!.top).toBe(partner!.top);
    expect(found!.left).toBeGreaterThan(partner!.left);
  });
  it('puts them one above the other on a 320px phone, the partner’s first, each the full width', async () => {
    const page = await open('/commitments/crisis-line-24-7/', 320);
    const [partner, found] = await sides(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.context().close();
    expect(found!.top).toBeGreaterThan(partner!.top);
    expect(found!.left).toBe(partner!.left);
    expect(found!.width).toBe(partner!.width);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('with JavaScript off', () => {
  it.each([
    ['/reviews/', 'Reviews by people with lived experience', 'The figures as a table'],
    ['/reviews/crisis-cafe-2026-09-15/', 'The forum’s review of the crisis café', 'Reviewed before the latest update.'],
    ['/check-ins/wrenfold-vision-2026-09-19/', 'Eighteen months on', 'Since the check-in before, on 20 September 2025'],
  ])('%s shows its heading and its content', async (path, heading, content) => {
    const page = await open(path, 1280, false);
    const main = await page.locator('main').innerText();
    const h1 = await page.locator('h1').innerText();
    await page.context().close();
    expect(h1).toContain(heading);
    expect(main).toContain(content);
  });
});

describe('a list of reviews', () => {
  it('labels every tag in a review, and says too early to judge once', async () => {
    const page = await open('/groups/community-forum/', 375);
    const reviews = await page.locator('li:has(> p:has-text("Reviewers found:"))').evaluateAll((items) =>
      items.map((li) => {
        const line = li.querySelector(':scope > p:last-child')!;
        // Each tag sits in a span that starts with its label's words, never alone.
        const bare = [...line.children].filter(
          (child) => child.tagName !== 'SPAN' || !/\w+[:?]\s/.test(child.textContent!),
        );
        return { text: line.textContent!.replace(/\s+/g, ' ').trim(), bare: bare.length };
      }),
    );
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      expect(r.bare, r.text).toBe(0);
      expect(r.text.split('Too early to judge').length - 1, r.text).toBeLessThanOrEqual(1);
    }
    expect(reviews.some((r) => r.text.includes('Do they agree?'))).toBe(true);
    await page.context().close();
  });
});
