// The content contract: each collection's folder, file endings and schema, in one table.
import { commitmentSchema } from './commitment.ts';
import { groupSchema } from './group.ts';
import { inputSchema } from './input.ts';
import { minutesSchema } from './minutes.ts';
import { partnerSchema } from './partner.ts';
import { themeSchema } from './theme.ts';
import { updateSchema } from './update.ts';
import { visionSchema } from './vision.ts';

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

export * from './commitment.ts';
export * from './fields.ts';
export * from './group.ts';
export * from './input.ts';
export * from './minutes.ts';
export * from './partner.ts';
export * from './site.ts';
export * from './theme.ts';
export * from './update.ts';
export * from './vision.ts';
