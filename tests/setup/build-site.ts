// Builds, once per run, each site that more than one test reads, side by side: the example site
// (this project as it is) and the minimal fixture partnership (tests/fixtures/minimal). Builds a
// test needs for itself alone (bad content, another base path, a changed config) stay in its file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT, astroBin, copyFixture, makeBuildable, runInBackground, type Run } from '../helpers/fixture.ts';

export interface BuiltSite extends Run {
  /** The folder the site was built into (empty when the build failed). */
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the example site, built as of EXAMPLE_DAY. */
    siteDir: string;
    /** The minimal fixture, built as of 15 January 2025 (PORTAL_TODAY), with its status and output. */
    fixtureSite: BuiltSite;
  }
}

/** The day the fixture is built as of: its derived statuses and ages are counted by hand for it. */
export const FIXTURE_DAY = '2025-01-15';

/**
 * The day the example site is built as of in tests: what it shows (a next meeting still to come,
 * what is overdue) must not change under the tests as the calendar moves on. A day on or after the
 * example's latest date; move it on when the example gains later ones.
 */
export const EXAMPLE_DAY = '2026-12-07';

export async function buildSites() {
  const out = mkdtempSync(join(tmpdir(), 'portal-site-'));
  const fixture = copyFixture();
  makeBuildable(fixture);
  const [example, minimal] = await Promise.all([
    // With a repository, the build also writes the content editor to /admin/, which is tested too.
    runInBackground(PROJECT, [astroBin, 'build', '--outDir', out], {
      PORTAL_REPOSITORY: 'example/wrenfold-portal',
      PORTAL_TODAY: EXAMPLE_DAY,
    }),
    runInBackground(fixture.root, [astroBin, 'build'], { PORTAL_TODAY: FIXTURE_DAY }),
  ]);
  const dispose = () => {
    rmSync(out, { recursive: true, force: true });
    fixture.dispose();
  };
  if (example.status !== 0) {
    dispose();
    throw new Error(`The example site did not build:\n${example.output}`);
  }
  // A failed fixture build is reported by the tests that read it (tests/build/build.test.ts).
  return { siteDir: out, fixtureSite: { ...minimal, dir: join(fixture.root, 'dist') }, dispose };
}
