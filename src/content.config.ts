// Wires each collection in the contract's registry to the one content reader (src/check). The
// reader lists, parses, validates and renders every file; these collections only hold what it
// returns, so the build can never load a file the check did not see.
// The same defineCollection as astro:content's (whose types re-export it from here), without
// astro:content's page-rendering runtime: Vite loads this file one module at a time before the build,
// and that runtime's seventy modules cost a third of a second on every build.
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { contentLoader, translationsLoader } from './check/loader.ts';
import { COLLECTION_NAMES, collections as registry, siteSchema, type CollectionName } from './contract/index.ts';

const site = defineCollection({ loader: contentLoader('site'), schema: siteSchema });

/** Every translation the check passed (src/check/translations.ts), laid over its original by the read model. */
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
} as { site: typeof site; translations: typeof translations } & { [K in CollectionName]: Config<K> };
