// Hands Astro the content collections (src/check/collections.ts), which the content-check
// integration loaded with the checker and left on globalThis. Vite loads this file one module at a
// time before every build; taking the collections from there spares it loading the contract and
// Astro's content runtime again (half a second on the example site). Where the integration did not
// run, the same module is loaded here.
import { CHECKER, type Checker } from './check/checker-handle.ts';
import type { ContentCollections } from './check/collections.ts';

const loaded = (globalThis as Record<symbol, Checker | undefined>)[CHECKER];

export const collections: ContentCollections =
  loaded?.collections ?? (await import('./check/collections.ts')).collections;
