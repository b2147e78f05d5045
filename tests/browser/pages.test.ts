// Every built page in a real browser: no WCAG 2.2 AA violation, no console error (so no CSP
// violation), and no request to any other origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChrome } from '../helpers/chrome.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { axeViolations, landmarkProblems, listPages, loadAxe, visit, type PageVisit } from '../gates/gates.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);

let browser: Browser;
let server: Served;
let light: BrowserContext;
let dark: BrowserContext;

beforeAll(async () => {
  server = await serve(siteDir);
  browser = await launchChrome();
  light = await browser.newContext();
  dark = await browser.newContext({ colorScheme: 'dark' });
  await Promise.all([loadAxe(light), loadAxe(dark)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Each page loaded once for the two checks that only read it, and closed when both are done: half
 * the page loads of loading it for each (641 pages in four languages).
 */
function sharedVisits(readers: number) {
  const open = new Map<string, { visit: Promise<PageVisit>; left: number }>();
  return async (path: string, check: (visit: PageVisit) => Promise<void>) => {
    let shared = open.get(path);
    if (!shared) {
      shared = { visit: visit(light, server.origin, path), left: readers };
      open.set(path, shared);
    }
    try {
      await check(await shared.visit);
    } finally {
      if (--shared.left === 0) {
        open.delete(path);
        await (await shared.visit).page.close();
      }
    }
  };
}

describe.concurrent('every page', () => {
  it('has been found in the build', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  const reading = sharedVisits(2);
  // A page's two checks side by side, so that only a few pages are open at any time.
  for (const path of pages) {
    it(`${path} passes axe, logs no error and asks no other origin`, () =>
      reading(path, async ({ page, errors, foreign }) => {
        expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
        expect(errors, `console errors on ${path}`).toEqual([]);
        expect(foreign, `requests to other origins from ${path}`).toEqual([]);
      }));

    it(`${path} keeps everything a reader sees inside a landmark, each told apart by name`, () =>
      reading(path, async ({ page }) => {
        expect(await landmarkProblems(page), `landmark problems on ${path}`).toEqual([]);
      }));
  }
});

describe.concurrent('in dark mode', () => {
  const sample = [
    '/',
    '/commitments/crisis-cafe/',
    '/partners/wrenfold-health-trust/',
    '/you-said/',
    '/vision/wrenfold-vision/easy-read/',
    '/actions/',
  ];
  it.each(sample)('%s passes axe, colour contrast included', async (path) => {
    const { page } = await visit(dark, server.origin, path);
    try {
      expect(await axeViolations(page), `axe violations on ${path} in dark mode`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
