import { z } from 'astro/zod';
import { text } from '../fields.ts';

/** themes/<id>.yaml: a topic that inputs and meetings are tagged with. */
export const themeSchema = z.strictObject({
  name: text.describe('The topic in a few words, like “Crisis services”.'),
  description: text.optional().describe('What the topic covers, in a sentence or two.'),
});

export type Theme = z.output<typeof themeSchema>;
