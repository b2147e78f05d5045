// `npm run build` builds the search index with Pagefind's own command once Astro has exited, so
// the two never hold their memory at once; the index it writes is the one `astro build` writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_DAY } from '../setup/build-site.ts';
import { PROJECT, astroBin, copyFixture, makeBuildable, runIn, type Copy, type Run } from '../helpers/fixture.ts';

let copy: Copy;
let site: Run;
let search: { status: number | null; output: string };
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

beforeAll(() => {
  copy = copyFixture();
  makeBuildable(copy);
  site = runIn(copy.root, [astroBin, 'build'], { PORTAL_TODAY: FIXTURE_DAY, PORTAL_SEARCH_INDEX: 'after' });
  const pagefind = spawnSync(join(PROJECT, 'node_modules', '.bin', 'pagefind'), ['--site', 'dist', '--quiet'], {
    cwd: copy.root,
    encoding: 'utf8',
  });
  search = { status: pagefind.status, output: `${pagefind.stdout}${pagefind.stderr}` };
});
afterAll(() => copy.dispose());

describe('the search index after the build, as npm run build makes it', () => {
  it('is left out of the Astro build, which says so', () => {
    expect(site.status).toBe(0);
    expect(site.output).toContain('The search index is built next, by `pagefind`, once this build has ended.');
    expect(site.output).not.toContain('Search index built');
  });

  it('is then written by Pagefind: the same pages, with the same text, as the index the Astro build writes itself', () => {
    expect(search.status).toBe(0);
    const later = join(copy.root, 'dist', 'pagefind');
    const during = join(inject('fixtureSite').dir, 'pagefind');
    // Each page's fragment file is named by a hash of what was indexed of it. (Pagefind's filter
    // files are not named the same from one run to the next, whichever way it runs.)
    const fragments = (dir: string) => files(dir).filter((f) => f.startsWith('fragment'));
    expect(fragments(later).length).toBeGreaterThan(5);
    expect(fragments(later)).toEqual(fragments(during));
    const pages = (dir: string) =>
      Object.values(
        (
          JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          }
        ).languages,
      ).map((l) => l.page_count);
    expect(pages(later)).toEqual(pages(during));
  });

  it('is what the npm scripts ask for', async () => {
    const { scripts } = (await import(join(PROJECT, 'package.json'), { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toMatch(/PORTAL_SEARCH_INDEX=after astro build && pagefind --site dist/);
    expect(scripts.start).toMatch(/^npm run build && /);
  });
});
