// Finding the content editor's script in node_modules: found when it is installed, and when it is
// not, the search ends and the build stops with one line saying what is missing and what to do.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CMS_MISSING, CMS_SCRIPT, cmsFolder, editor, findUp } from '../../src/integrations/editor.ts';
import { PROJECT } from '../helpers/fixture.ts';

/** A file-system check that fails the test, instead of hanging it, if a walk goes on and on. */
function counted(present: string[] = []) {
  const asked: string[] = [];
  const exists = (path: string) => {
    asked.push(path);
    if (asked.length > 100) throw new Error(`The search did not end: ${asked.slice(-3).join(', ')}…`);
    return present.includes(path);
  };
  return { exists, asked };
}

/** A project folder whose @sveltia/cms is installed without its built script, as a broken install leaves it. */
function brokenInstall(): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-editor-path-'));
  const pkg = join(root, 'node_modules', '@sveltia', 'cms');
  mkdirSync(join(pkg, 'npm'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"portal","private":true}');
  writeFileSync(join(pkg, 'package.json'), '{"name":"@sveltia/cms","main":"npm/index.js"}');
  writeFileSync(join(pkg, 'npm', 'index.js'), '');
  made.push(root);
  return root;
}
const made: string[] = [];
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('finding a file by walking up from a folder', () => {
  it('finds the package folder from the folder of its main file', () => {
    const { exists } = counted(['/p/node_modules/@sveltia/cms/dist/sveltia-cms.js']);
    expect(findUp('/p/node_modules/@sveltia/cms/npm', CMS_SCRIPT, exists)).toBe('/p/node_modules/@sveltia/cms');
  });

  it('ends at node_modules when the file is not installed, without looking outside the packages', () => {
    const { exists, asked } = counted();
    expect(findUp('/p/node_modules/@sveltia/cms/npm', CMS_SCRIPT, exists)).toBeUndefined();
    expect(asked).toEqual([
      '/p/node_modules/@sveltia/cms/npm/dist/sveltia-cms.js',
      '/p/node_modules/@sveltia/cms/dist/sveltia-cms.js',
      '/p/node_modules/@sveltia/dist/sveltia-cms.js',
      '/p/node_modules/dist/sveltia-cms.js',
    ]);
  });

  it('ends at the top of the file system when there is no node_modules on the way', () => {
    const { exists, asked } = counted();
    expect(findUp('/a/b/c', CMS_SCRIPT, exists)).toBeUndefined();
    expect(asked.at(-1)).toBe('/dist/sveltia-cms.js');
    expect(asked).toHaveLength(4);
  });
});

describe('the editor package', () => {
  it('is found in this project', () => {
    expect(cmsFolder(PROJECT)).toBe(join(PROJECT, 'node_modules', '@sveltia', 'cms'));
  });

  it('when installed without its script, stops with one line naming the file and saying to run npm ci', () => {
    const { exists } = counted();
    expect(() => cmsFolder(brokenInstall(), exists)).toThrow(CMS_MISSING);
    expect(CMS_MISSING).toBe(
      'The content editor could not be built: @sveltia/cms/dist/sveltia-cms.js is missing from node_modules. Run `npm ci` to install it, then build again.',
    );
    expect(CMS_MISSING).not.toContain('\n');
  });

  it('when not installed at all, stops with the same line', () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-editor-path-'));
    made.push(root);
    writeFileSync(join(root, 'package.json'), '{"name":"portal","private":true}');
    expect(() => cmsFolder(root)).toThrow(CMS_MISSING);
  });

  it('stops the build at the end with that line, and writes nothing to /admin/', () => {
    vi.stubEnv('PORTAL_REPOSITORY', 'council/portal');
    const root = brokenInstall();
    const out = join(root, 'dist');
    mkdirSync(out);
    const hooks = editor().hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${root}/`) } });
    const logger = { info: vi.fn(), warn: vi.fn() };
    expect(() => hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger })).toThrow(CMS_MISSING);
    expect(readdirSync(out)).toEqual([]);
  });
});
