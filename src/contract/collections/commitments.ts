import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { SLUG, isoDate, refTo, text } from '../fields.ts';
import { always, notBefore } from '../same-file-rules.ts';

/** How a commitment's success will be judged. */
export const measureSchema = z.strictObject({
  name: text.describe('What is measured, like “Average wait for a first appointment”.'),
  target: text.describe('The target, like “Under 4 weeks by March 2026”.'),
});

/** commitments/<id>.mdx: a promise a partner made towards the vision. */
export const commitmentSchema = z
  .strictObject({
    title: text.describe('The promise in a few words.'),
    summary: text.describe('The promise in one or two plain sentences.'),
    partner: refTo('partners').describe('The id of the partner that made it (a file name in partners/).'),
    vision: refTo('visions').describe('The id of the vision it works towards (a file name in visions/).'),
    aims: z
      .array(
        z
          .string()
          .regex(SLUG, { error: 'must be an aim id, like `crisis-care`' })
          .meta({ refersTo: 'visions', part: 'aims', through: 'vision' }),
        {
          error: 'must be a list of aim ids',
        },
      )
      .min(1, { error: 'needs at least one aim of the vision' })
      .describe('The ids of the vision’s aims it works towards.'),
    made: isoDate
      .meta({ happened: 'A commitment cannot be made after today' })
      .describe('The day the commitment was made.'),
    due: isoDate.optional().describe('The day it should be delivered by.'),
    lead: text
      .optional()
      .describe('The role that leads it, like “Head of Adult Social Care” (a role, never a person’s name).'),
    measures: z
      .array(measureSchema, { error: 'must be a list of measures, each with a name and a target' })
      .optional()
      .describe('How success will be judged: each with a name and a target.'),
  })
  .superRefine(
    ...always((v, ctx) =>
      notBefore(
        ctx,
        ['due'],
        v.due,
        v.made,
        (due, made) =>
          `is ${due}, before the day the commitment was made (${made}). A commitment cannot be due before it is made: check both dates`,
      ),
    ),
  );

export type Commitment = z.output<typeof commitmentSchema>;
export type Measure = z.output<typeof measureSchema>;

export const commitments = defineCollection({
  name: 'commitments',
  schema: commitmentSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'commitment', many: 'commitments' },
  label: { one: 'Commitment', many: 'Commitments' },
  nameField: 'title',
  idFrom: ['title'],
  // The other ways of listing commitments: /commitments/by-partner/, /commitments/status/in-progress/ and so on.
  reservedIds: ['by-partner', 'by-aim', 'overdue', 'status'],
  textRequired: true,
  questions: [
    { field: 'title', ask: 'The promise in a few words, like “A 24-hour crisis line”' },
    { field: 'summary', ask: 'The promise in one or two plain sentences' },
    { field: 'partner', ask: 'Which partner made it?' },
    { field: 'vision', ask: 'Which vision is it towards?' },
    { field: 'aims', ask: 'Which of the vision’s aims does it work towards?' },
    { field: 'due', ask: 'When is it due?', optional: true },
    {
      field: 'lead',
      ask: 'The role that leads it, like “Crisis Services Manager” (a role, never a name)',
      optional: true,
    },
  ],
});
