// Every built page in a real browser: no WCAG 2.2 AA violation, no console error (so no CSP
// violation), and no request to any other origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChrome } from '../helpers/chrome.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { axeViolations, landmarkProblems, listPages, visit } from '../gates/gates.ts';

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
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.concurrent('every page', () => {
  it('has been found in the build', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s passes axe, logs no error and asks no other origin', async (path) => {
    const { page, errors, foreign } = await visit(light, server.origin, path);
    try {
      expect(await axeViolations(page), `axe violations on ${path}`).toEqual([]);
      expect(errors, `console errors on ${path}`).toEqual([]);
      expect(foreign, `requests to other origins from ${path}`).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(pages)('%s keeps everything a reader sees inside a landmark, each told apart by name', async (path) => {
    const { page } = await visit(light, server.origin, path);
    try {
      expect(await landmarkProblems(page), `landmark problems on ${path}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
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
