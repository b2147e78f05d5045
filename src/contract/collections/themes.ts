import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { text } from '../fields.ts';

/** themes/<id>.yaml: a topic that inputs and meetings are tagged with. */
export const themeSchema = z.strictObject({
  name: text.describe('The topic in a few words, like “Crisis services”.'),
  description: text.optional().describe('What the topic covers, in a sentence or two.'),
});

export type Theme = z.output<typeof themeSchema>;

export const themes = defineCollection({
  name: 'themes',
  schema: themeSchema,
  form: 'fields',
  ending: '.yaml',
  noun: { one: 'theme', many: 'themes' },
  label: { one: 'Topic', many: 'Topics' },
  nameField: 'name',
  translatable: ['name', 'description'],
  idFrom: ['name'],
  questions: [
    { field: 'name', ask: 'The topic in a few words, like “Crisis services”' },
    { field: 'description', ask: 'What the topic covers, in a sentence', optional: true },
  ],
});
