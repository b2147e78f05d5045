// The content contract: every collection the portal reads, in one registry. Each module in
// collections/ says everything about its collection once (schema, folder, endings, words, how a
// new file is named, which collections its fields point at); the check, the content editor,
// the field reference in CONTRIBUTING.md, `npm run new` and Astro's collections iterate over this.
import type { z } from 'astro/zod';
import { commitments } from './collections/commitments.ts';
import { groups } from './collections/groups.ts';
import { inputs } from './collections/inputs.ts';
import { minutes } from './collections/minutes.ts';
import { partners } from './collections/partners.ts';
import { themes } from './collections/themes.ts';
import { updates } from './collections/updates.ts';
import { checkins } from './collections/checkins.ts';
import { reviews } from './collections/reviews.ts';
import { visions } from './collections/visions.ts';

/** In the order the content editor and the field reference list them. */
export const collections = {
  partners,
  themes,
  groups,
  visions,
  commitments,
  updates,
  minutes,
  inputs,
  reviews,
  checkins,
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];
/** The data of an entry of the collection `K`, as the schema returns it. */
export type DataOf<K extends CollectionName> = z.output<(typeof collections)[K]['schema']>;

export * from './collection.ts';
export * from './collections/commitments.ts';
export * from './easy-read.ts';
export * from './fields.ts';
export * from './collections/groups.ts';
export * from './collections/inputs.ts';
export * from './collections/minutes.ts';
export * from './collections/partners.ts';
export * from './site.ts';
export * from './translation.ts';
export * from './collections/themes.ts';
export * from './collections/updates.ts';
export * from './collections/visions.ts';
export * from './collections/reviews.ts';
export * from './collections/checkins.ts';
