// Builds the example site once for every test that reads the built pages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT, astroBin, runIn } from '../helpers/fixture.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the built example site. */
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const out = mkdtempSync(join(tmpdir(), 'portal-site-'));
  // With a repository, the build also writes the content editor to /admin/, which is tested too.
  const run = runIn(PROJECT, [astroBin, 'build', '--outDir', out], { PORTAL_REPOSITORY: 'example/wrenfold-portal' });
  if (run.status !== 0) throw new Error(`The example site did not build:\n${run.output}`);
  project.provide('siteDir', out);
  return () => rmSync(out, { recursive: true, force: true });
}
