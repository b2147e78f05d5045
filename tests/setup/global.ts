// Vitest's global setup: once per run, before any test file starts, builds the sites the tests
// share (build-site.ts) and, when the run includes the browser tests, gets them a Chromium
// (browser.ts). The two go side by side: an install waits on the network, a build on the CPU.
import { sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { getChrome } from './browser.ts';
import { buildSites } from './build-site.ts';

/** The test folders whose files read the shared built sites; a run of only the others builds nothing. */
const SITE_READERS = ['browser', 'build', 'site'];

export default async function setup(project: TestProject) {
  const paths = project.vitest.state.getPaths();
  const inFolder = (folder: string) => paths.some((path) => path.includes(`${sep}tests${sep}${folder}${sep}`));
  const browserTests = inFolder('browser');
  const [chrome, sites] = await Promise.allSettled([
    browserTests ? getChrome() : Promise.resolve(undefined),
    SITE_READERS.some(inFolder) ? buildSites() : Promise.resolve(undefined),
  ]);
  if (sites.status === 'fulfilled' && chrome.status === 'rejected') sites.value?.dispose();
  if (chrome.status === 'rejected') throw chrome.reason;
  if (sites.status === 'rejected') throw sites.reason;
  if (chrome.value) {
    if (chrome.value.said) console.log(chrome.value.said);
    project.provide('chromePath', chrome.value.path);
  }
  if (!sites.value) return;
  project.provide('siteDir', sites.value.siteDir);
  project.provide('fixtureSite', sites.value.fixtureSite);
  return sites.value.dispose;
}
