// Keyboard users and readers with JavaScript off: representative pages, driven as a person would.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/site.ts';
import { listPages } from '../gates/gates.ts';

const site = servedSite();

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

/** What the focused element shows that it has focus: a visible outline, a box shadow or a changed background. */
function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false, text: '' };
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      !style.outlineColor.endsWith(', 0)') &&
      style.outlineColor !== 'transparent';
    const shadow = style.boxShadow !== 'none';
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName,
      text: (el.textContent ?? '').trim().slice(0, 40),
      visible: (outline || shadow) && rect.width > 0 && rect.height > 0,
    };
  });
}

describe('the skip link', () => {
  it('is the first thing a keyboard reaches and moves focus to the main content', async () => {
    const page = await open('/commitments/crisis-cafe/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    expect((await focusIndicator(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});

describe('focus', () => {
  it.each(['/', '/commitments/crisis-cafe/', '/you-said/'])(
    'is always visible while tabbing through %s',
    async (path) => {
      const page = await open(path);
      const hidden: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focus = await focusIndicator(page);
        if (focus.tag === 'body') break;
        if (!focus.visible) hidden.push(`${focus.tag} "${focus.text}"`);
      }
      expect(hidden, `elements with no visible focus on ${path}`).toEqual([]);
      await page.context().close();
    },
  );
});

describe('navigation by keyboard', () => {
  it('reaches the commitments page from the header on a 320px screen', async () => {
    const page = await open('/', { width: 320 });
    // The skip link, help, the language links and the other header links come first.
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Commitments';
    }
    expect(reached, 'Tab never reached the Commitments link').toBe(true);
    await Promise.all([page.waitForURL('**/commitments/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Commitments');
    await page.context().close();
  });

  it('fits a 320px screen without scrolling sideways', async () => {
    const page = await open('/commitments/crisis-cafe/', { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('with JavaScript off', () => {
  it('every page still shows its heading and content', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const empty: string[] = [];
    for (const path of listPages(site.dir)) {
      await page.goto(`${site.server.origin}${path}`);
      const h1 = (await page.locator('main h1').first().textContent())?.trim() ?? '';
      const words = ((await page.locator('main').innerText()) ?? '').split(/\s+/).length;
      if (!h1 || words < 15) empty.push(`${path} (h1 "${h1}", ${words} words)`);
    }
    expect(empty).toEqual([]);
    await context.close();
    // Every page in four languages, one after another.
  }, 900_000);
});
