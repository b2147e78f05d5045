// The content contract: each collection's folder, file endings and schema, in one table.
import { commitmentSchema } from './collections/commitments.ts';
import { groupSchema } from './collections/groups.ts';
import { inputSchema } from './collections/inputs.ts';
import { minutesSchema } from './collections/minutes.ts';
import { partnerSchema } from './collections/partners.ts';
import { themeSchema } from './collections/themes.ts';
import { updateSchema } from './collections/updates.ts';
import { visionSchema } from './collections/visions.ts';

export const DATA_ENDINGS = ['.yaml', '.yml'] as const;
export const BODY_ENDINGS = ['.mdx', '.md'] as const;

export const collections = {
  partners: { endings: DATA_ENDINGS, schema: partnerSchema, noun: 'partner' },
  themes: { endings: DATA_ENDINGS, schema: themeSchema, noun: 'theme' },
  groups: { endings: DATA_ENDINGS, schema: groupSchema, noun: 'group' },
  visions: { endings: BODY_ENDINGS, schema: visionSchema, noun: 'vision' },
  commitments: { endings: BODY_ENDINGS, schema: commitmentSchema, noun: 'commitment' },
  updates: { endings: BODY_ENDINGS, schema: updateSchema, noun: 'update' },
  minutes: { endings: BODY_ENDINGS, schema: minutesSchema, noun: 'set of minutes' },
  inputs: { endings: BODY_ENDINGS, schema: inputSchema, noun: 'input' },
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export * from './collections/commitments.ts';
export * from './fields.ts';
export * from './collections/groups.ts';
export * from './collections/inputs.ts';
export * from './collections/minutes.ts';
export * from './collections/partners.ts';
export * from './site.ts';
export * from './collections/themes.ts';
export * from './collections/updates.ts';
export * from './collections/visions.ts';
