import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { text, webUrl } from '../fields.ts';

export const PARTNER_KINDS = ['council', 'nhs', 'voluntary', 'user-led', 'other'] as const;

/** partners/<id>.yaml: an organisation that makes commitments. */
export const partnerSchema = z.strictObject({
  name: text.describe('The organisation’s name as residents know it.'),
  kind: z.enum(PARTNER_KINDS).describe('What sort of organisation it is: council, nhs, voluntary, user-led or other.'),
  website: webUrl.optional().describe('Its website, starting with https://.'),
  description: text.optional().describe('A sentence or two on what it does.'),
});

export type Partner = z.output<typeof partnerSchema>;

export const partners = defineCollection({
  name: 'partners',
  schema: partnerSchema,
  form: 'fields',
  ending: '.yaml',
  noun: { one: 'partner', many: 'partners' },
  label: { one: 'Partner', many: 'Partners' },
  nameField: 'name',
  // An organisation's name is the one residents know it by, in every language.
  translatable: ['description'],
  fixedWords: ['name'],
  idFrom: ['name'],
  questions: [
    { field: 'name', ask: 'The organisation’s name' },
    { field: 'kind', ask: 'What sort of organisation is it?' },
    { field: 'website', ask: 'Its website, starting with https://', optional: true },
  ],
});
