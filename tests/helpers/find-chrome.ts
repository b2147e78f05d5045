// Finds a Chrome or Chromium on this machine for the browser tests. No Vitest here: the global
// setup (tests/setup/browser.ts) uses it too, before any test runs.
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PROJECT } from './fixture.ts';

/** Where the global setup unpacks the Chromium shipped in an npm package, when it has to. */
export const NPM_CHROMIUM_DIR = join(PROJECT, 'node_modules', '.cache', 'portal-chromium');
/** The program it writes there: a script that starts the unpacked Chromium with its own libraries. */
export const NPM_CHROMIUM = join(NPM_CHROMIUM_DIR, 'chromium');

export const NO_CHROMIUM =
  'No Chromium was found for the browser tests. Install one (on Debian: `sudo apt-get install chromium-headless-shell`, or `chromium`), or set CHROME_PATH to a Chrome or Chromium program, then run the tests again.';

const isProgram = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * The places a Chromium is looked for, in order: CHROME_PATH; a headless shell (Chromium without
 * its windows, the build Playwright itself runs headless: the browser tests take about half the
 * time in it), in the usual folders or on the PATH; the one the setup unpacked from npm on an
 * earlier run (a headless shell too); then a full Chrome or Chromium.
 * PORTAL_CHROME_CANDIDATES (paths separated by `:`) replaces all but CHROME_PATH, to try the
 * setup as on a machine with no Chromium: `PORTAL_CHROME_CANDIDATES=/nowhere npm test`.
 */
export function chromeCandidates(env = process.env): string[] {
  if (env.PORTAL_CHROME_CANDIDATES !== undefined)
    return [env.CHROME_PATH ?? '', ...env.PORTAL_CHROME_CANDIDATES.split(delimiter)].filter(Boolean);
  const dirs = [...new Set(['/usr/bin', '/usr/local/bin', ...(env.PATH ?? '').split(delimiter)].filter(Boolean))];
  const inDirs = (names: string[]) => names.flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [
    env.CHROME_PATH ?? '',
    ...inDirs(['chromium-headless-shell', 'chrome-headless-shell']),
    NPM_CHROMIUM,
    ...inDirs(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']),
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
}

/** The first Chromium found, or undefined. */
export function findChrome(env = process.env): string | undefined {
  return chromeCandidates(env).find(isProgram);
}
