import { z } from 'astro/zod';
import { SLUG, people, isoDate, text } from '../fields.ts';
import { always } from '../same-file-rules.ts';
import { defineCollection } from '../collection.ts';
import { BODY, EASY_READ_WORDS } from '../translation.ts';
import { easyReadCheckedField, easyReadField } from '../easy-read.ts';

export const VISION_STATUSES = ['draft', 'adopted', 'under-review', 'retired'] as const;

/** One aim of a vision, which commitments work towards. */
export const aimSchema = z.strictObject({
  id: z
    .string({ error: 'must be a short id for the aim' })
    .regex(SLUG, { error: 'must be a short id in lower case with hyphens, like `crisis-care`' })
    .describe('A short id for the aim in lower case with hyphens; commitments name their aims by it.'),
  title: text.describe('The aim in a few words.'),
  description: text.describe('What the aim means, in a sentence or two.'),
});

/** visions/<id>.mdx: the co-produced vision and its aims. */
export const visionSchema = z
  .strictObject({
    title: text.describe('The vision’s title.'),
    summary: text.describe('The vision in one sentence, in plain words.'),
    status: z.enum(VISION_STATUSES).describe('draft, adopted, under-review or retired.'),
    adopted: isoDate.optional().describe('The day the partnership adopted it (needed when status is adopted).'),
    reviewDue: isoDate.optional().describe('When it is due to be reviewed.'),
    coProduction: text.describe('Who wrote it and how, for example the workshops and surveys.'),
    participants: people.optional().describe('How many people took part in writing it.'),
    aims: z
      .array(aimSchema, { error: 'must be a list of aims' })
      .min(1, { error: 'needs at least one aim' })
      .describe('The aims, each with an id, a title and a description.'),
    easyRead: easyReadField.optional(),
    easyReadChecked: easyReadCheckedField,
  })
  .superRefine(
    ...always((v, ctx) => {
      if (v.status === 'adopted' && v.adopted === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['adopted'],
          message: 'is needed when status is adopted: add the day it was adopted, like `adopted: 2025-03-12`',
          input: undefined,
        });
      }
      if (!Array.isArray(v.aims)) return;
      const seen = new Map<string, number>();
      v.aims.forEach((aim, i) => {
        const id = (aim as { id?: unknown })?.id;
        if (typeof id !== 'string') return;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['aims', i, 'id'],
            message: `is \`${id}\`, which is already the id of aim ${first + 1}: give each aim its own id`,
            input: id,
          });
      });
    }),
  );

export type Vision = z.output<typeof visionSchema>;
export type Aim = z.output<typeof aimSchema>;

export const visions = defineCollection({
  name: 'visions',
  schema: visionSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'vision', many: 'visions' },
  label: { one: 'Vision', many: 'Visions' },
  nameField: 'title',
  translatable: ['title', 'summary', 'coProduction', 'aims.*.title', 'aims.*.description', ...EASY_READ_WORDS, BODY],
  idFrom: ['title'],
  textRequired: true,
});
