// The collections' loaders (src/check/loader.ts) publish what the check passed. Vite loads them for
// the content config, so they take the checker the content-check integration loaded natively
// (left on globalThis) rather than having Vite transform the whole checker again; where the
// integration did not run, they load the same checker themselves and publish the same entries.
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckedContent } from '../../src/check/check.ts';
import { CHECKER, type Checker } from '../../src/check/checker-handle.ts';
import { contentLoader } from '../../src/check/loader.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
const registered = globalThis as Record<symbol, Checker | undefined>;
const before = registered[CHECKER];
afterEach(() => {
  copy?.dispose();
  registered[CHECKER] = before;
});

/** Runs one loader as Astro would, and returns the ids and data it stored. */
async function load(loader: Loader, root: string) {
  const stored: { id: string; data: Record<string, unknown> }[] = [];
  const context = {
    store: {
      clear: () => stored.splice(0),
      set: (entry: { id: string; data: Record<string, unknown> }) => stored.push(entry),
    },
    config: { root: pathToFileURL(`${root}/`), base: '/' },
    logger: { error: (message: string) => expect.fail(message), warn: () => {} },
  } as unknown as LoaderContext;
  await loader.load(context);
  return stored;
}

describe('the collections’ loaders', () => {
  it('publish what the checker the integration left holds, without checking again', async () => {
    const partner = { raw: { id: 'left-by-the-integration', file: 'p.yaml' }, data: { name: 'From the integration' } };
    const asked: string[] = [];
    const fake: Checker = {
      checkedContent: () => expect.fail('the loader must not check again'),
      checkOrStop: (root) => {
        asked.push(root);
        return { partners: [partner], problems: [], warnings: [] } as unknown as CheckedContent;
      },
      collections: {} as Checker['collections'],
    };
    registered[CHECKER] = fake;
    const stored = await load(contentLoader('partners'), '/a/project');
    expect(asked).toEqual(['/a/project/']);
    expect(stored).toEqual([expect.objectContaining({ id: 'left-by-the-integration', data: partner.data })]);
  });

  it('load the checker themselves where the integration did not run, and publish the checked entries', async () => {
    copy = copyFixture();
    registered[CHECKER] = undefined;
    const stored = await load(contentLoader('partners'), copy.root);
    const { checkContent } = await import('../../src/check/check.ts');
    const checked = checkContent(copy.root, { base: '/' });
    expect(checked.partners.length).toBeGreaterThan(1);
    expect(stored.map((e) => e.id)).toEqual(checked.partners.map((e) => e.raw.id));
    expect(stored.map((e) => e.data)).toEqual(checked.partners.map((e) => e.data));
    // Loading the checker leaves it for the next loader, as the integration does.
    expect(registered[CHECKER]).toBeDefined();
  });
});

describe('the content config', () => {
  it('hands Astro the collections the integration left, without loading them again', async () => {
    const left = { partners: { loader: contentLoader('partners') } } as unknown as Checker['collections'];
    registered[CHECKER] = { checkedContent: () => expect.fail(), checkOrStop: () => expect.fail(), collections: left };
    vi.resetModules();
    const { collections } = await import('../../src/content.config.ts');
    expect(collections).toBe(left);
  });

  it('loads the collections itself where the integration did not run: every collection, site and translations', async () => {
    registered[CHECKER] = undefined;
    vi.resetModules();
    const { collections } = await import('../../src/content.config.ts');
    const { COLLECTION_NAMES } = await import('../../src/contract/index.ts');
    expect(Object.keys(collections).sort()).toEqual([...COLLECTION_NAMES, 'site', 'translations'].sort());
    for (const [name, collection] of Object.entries(collections) as [string, { loader: Loader; schema?: unknown }][]) {
      expect(collection.loader.name, name).toBe(`portal-content-${name}`);
      expect(collection.schema, name).toBeDefined();
    }
  });
});
