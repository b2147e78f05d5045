// Astro's content collections: each collection in the contract's registry, and `site` and
// `translations`, wired to the one content reader. The reader lists, parses, validates and renders
// every file; these collections only hold what it returns, so the build can never load a file the
// check did not see. src/content.config.ts hands them to Astro.
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { contentLoader, translationsLoader } from './loader.ts';
import { COLLECTION_NAMES, collections as registry, siteSchema, type CollectionName } from '../contract/index.ts';

const site = defineCollection({ loader: contentLoader('site'), schema: siteSchema });

/** Every translation the check passed (./translations.ts), laid over its original by the read model. */
const translations = defineCollection({
  loader: translationsLoader(),
  schema: z.object({
    collection: z.string(),
    of: z.string(),
    language: z.string(),
    fields: z.record(z.string(), z.unknown()),
  }),
});

/** What Astro needs to know of collection `K`: the reader's loader, and the contract's schema for types. */
type Config<K extends CollectionName> = {
  loader: ReturnType<typeof contentLoader>;
  schema: (typeof registry)[K]['schema'];
};

/** Every collection Astro holds, by name. */
export type ContentCollections = { site: typeof site; translations: typeof translations } & {
  [K in CollectionName]: Config<K>;
};

// The schemas give the collections their types; the data was validated by them already.
export const collections = {
  site,
  translations,
  ...Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      defineCollection({ loader: contentLoader(name), schema: registry[name].schema }),
    ]),
  ),
} as ContentCollections;
