// Wires each collection in the contract's registry to the one content reader (src/check). The
// reader lists, parses, validates and renders every file; these collections only hold what it
// returns, so the build can never load a file the check did not see.
import { defineCollection } from 'astro:content';
import { contentLoader } from './check/loader.ts';
import { COLLECTION_NAMES, collections as registry, siteSchema, type CollectionName } from './contract/index.ts';

const site = defineCollection({ loader: contentLoader('site'), schema: siteSchema });

/** What Astro needs to know of collection `K`: the reader's loader, and the contract's schema for types. */
type Config<K extends CollectionName> = {
  loader: ReturnType<typeof contentLoader>;
  schema: (typeof registry)[K]['schema'];
};

// The schemas give the collections their types; the data was validated by them already.
export const collections = {
  site,
  ...Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      defineCollection({ loader: contentLoader(name), schema: registry[name].schema }),
    ]),
  ),
} as { site: typeof site } & { [K in CollectionName]: Config<K> };
