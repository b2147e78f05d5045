// Vitest's global setup: once per run, before any test file starts, builds the sites the tests
// share (build-site.ts) and, when the run includes the browser tests, gets them a Chromium
// (browser.ts). The two go side by side: an install waits on the network, a build on the CPU.
import { sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { getChrome } from './browser.ts';
import { buildSites } from './build-site.ts';

export default async function setup(project: TestProject) {
  const browserTests = project.vitest.state.getPaths().some((path) => path.includes(`${sep}tests${sep}browser${sep}`));
  const [chrome, sites] = await Promise.allSettled([
    browserTests ? getChrome() : Promise.resolve(undefined),
    buildSites(),
  ]);
  if (sites.status === 'fulfilled' && chrome.status === 'rejected') sites.value.dispose();
  if (chrome.status === 'rejected') throw chrome.reason;
  if (sites.status === 'rejected') throw sites.reason;
  if (chrome.value) {
    if (chrome.value.said) console.log(chrome.value.said);
    project.provide('chromePath', chrome.value.path);
  }
  project.provide('siteDir', sites.value.siteDir);
  project.provide('fixtureSite', sites.value.fixtureSite);
  return sites.value.dispose;
}
