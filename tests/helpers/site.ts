// The built example site, served on 127.0.0.1, and a Chromium to read it with: the setup every
// browser test shares. Call at the top of a test file; use the fields inside tests.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { serve, type Served } from './serve.ts';

export interface ServedSite {
  /** The folder the site was built into. */
  dir: string;
  browser: Browser;
  server: Served;
}

export function servedSite(): ServedSite {
  const site = { dir: inject('siteDir') } as ServedSite;
  beforeAll(async () => {
    site.server = await serve(site.dir);
    site.browser = await launchChrome();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
