import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { BODY, EASY_READ_WORDS } from '../translation.ts';
import { easyReadCheckedField, easyReadField } from '../easy-read.ts';
import { SLUG, isoDate, refTo, text } from '../fields.ts';
import { always, dateOf, notBefore } from '../same-file-rules.ts';
import { involvementField } from './reviews.ts';

/** How a commitment's success will be judged. */
export const measureSchema = z.strictObject({
  name: text.describe('What is measured, like “Average wait for a first appointment”.'),
  target: text.describe('The target, like “Under 4 weeks by March 2026”.'),
});

/** A deadline moved openly: the new due date, why, and when (and where) the move was agreed. */
export const dueChangeSchema = z.strictObject({
  due: isoDate.describe('The new day it should be delivered by.'),
  reason: text.describe('Why the deadline moved, in plain words.'),
  agreed: isoDate
    .meta({ happened: 'A moved deadline records a decision already taken, so it cannot be dated after today' })
    .describe('The day the move was agreed (after the commitment was made, and after any earlier move).'),
  meeting: refTo('minutes')
    .optional()
    .describe('The id of the minutes of the meeting that agreed it, if any (a file name in minutes/).'),
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
    involvement: involvementField
      .optional()
      .describe(
        'How far people with lived experience were involved, in the partner’s own account: co-produced, co-designed, engaged, consulted, informed or not-involved.',
      ),
    dueChanges: z
      .array(dueChangeSchema, { error: 'must be a list of moved deadlines, each with due, reason and agreed' })
      .optional()
      .describe(
        'Each time the deadline moved, oldest first: the new `due`, the `reason`, the day it was `agreed` and the `meeting` (minutes id) that agreed it.',
      ),
    easyRead: easyReadField.optional(),
    easyReadChecked: easyReadCheckedField,
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
  )
  .superRefine(
    ...always((v, ctx) => {
      if (!Array.isArray(v.dueChanges)) return;
      let previous: string | undefined;
      v.dueChanges.forEach((raw, i) => {
        const change = (raw ?? {}) as Record<string, unknown>;
        const agreed = dateOf(change.agreed);
        notBefore(
          ctx,
          ['dueChanges', i, 'agreed'],
          change.agreed,
          v.made,
          (on, made) =>
            `is ${on}, before the commitment was made (${made}). A deadline can only move after the promise is made: check both dates`,
        );
        if (agreed && previous && agreed <= previous) {
          ctx.addIssue({
            code: 'custom',
            path: ['dueChanges', i, 'agreed'],
            message: `is ${agreed}, not after the move before it (agreed ${previous}). List the moves oldest first, each agreed on a later day: check the order and the dates`,
            input: change.agreed,
          });
        }
        if (agreed) previous = agreed;
      });
    }),
  );

export type Commitment = z.output<typeof commitmentSchema>;
export type Measure = z.output<typeof measureSchema>;
export type DueChange = z.output<typeof dueChangeSchema>;

export const commitments = defineCollection({
  name: 'commitments',
  schema: commitmentSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'commitment', many: 'commitments' },
  label: { one: 'Commitment', many: 'Commitments' },
  nameField: 'title',
  translatable: [
    'title',
    'summary',
    'lead',
    'measures.*.name',
    'measures.*.target',
    'dueChanges.*.reason',
    ...EASY_READ_WORDS,
    BODY,
  ],
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
    { field: 'made', ask: 'On what day was it made?' },
    { field: 'due', ask: 'When is it due?', optional: true },
    {
      field: 'lead',
      ask: 'The role that leads it, like “Crisis Services Manager” (a role, never a name)',
      optional: true,
    },
  ],
});
