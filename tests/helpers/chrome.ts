// Finds and starts the system Chromium: Playwright's own browser download is not always possible.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function findChrome(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) {
    throw new Error(
      'No Chromium was found for the browser tests: install it (on Debian or Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium program.',
    );
  }
  return found;
}

export function launchChrome(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
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
