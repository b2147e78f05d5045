// Starts a Chromium for the browser tests. Playwright's own browser download is not always
// possible, so the tests use a Chrome or Chromium on the machine; when there is none, the global
// setup (tests/setup/browser.ts) installs one before any browser test starts.
import { inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { NO_CHROMIUM, findChrome } from './find-chrome.ts';

/** The Chromium the global setup settled on (it does when the run includes tests/browser), or else the first found. */
function chromePath(): string {
  const found = inject('chromePath') ?? findChrome();
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

export function launchChrome(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    // Without these, Chromium reaches out to Google's services at start, which a closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
