import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { BODY } from '../translation.ts';
import { isoDate, refTo, text } from '../fields.ts';
import { always, dateOf, notBefore } from '../same-file-rules.ts';

export const OUTCOMES = ['acted-on', 'in-progress', 'considering', 'not-taken-forward', 'awaiting-response'] as const;

/** The one outcome for which the partnership has not answered yet, so `response` may be left out. */
export const AWAITING: (typeof OUTCOMES)[number] = 'awaiting-response';

/** The form of a reference code: 2 to 5 capital letters, a year, a number, like YS-2025-014. */
export const REF_CODE = /^[A-Z]{2,5}-\d{4}-\d+$/;

/** inputs/<id>.md: something people said, and what the partnership did about it. */
export const inputSchema = z
  .strictObject({
    ref: z
      .string({ error: 'must be a reference code, like YS-2025-014' })
      .regex(REF_CODE, { error: 'must be 2 to 5 capital letters, a year and a number, like YS-2025-014' })
      .meta({ format: 'reference-code' })
      .describe('The reference code people are given, like YS-2025-014; unique.'),
    received: isoDate
      .meta({ happened: 'An input cannot be received after today' })
      .describe('The day it was said or received.'),
    source: text.describe('Where it came from, like “Community Forum” or “Crisis care survey 2025”.'),
    meeting: refTo('minutes').optional().describe('The id of the minutes of the meeting where it was said, if any.'),
    themes: z
      .array(refTo('themes'), { error: 'must be a list of theme ids' })
      .min(1, { error: 'needs at least one theme' })
      .describe('The ids of the themes it is about.'),
    said: text.describe('What was said, anonymised: no names or details that could identify anyone.'),
    response: text
      .optional()
      .describe(
        'What the partnership did or decided, in plain words. Needed for every outcome except awaiting-response.',
      ),
    outcome: z
      .enum(OUTCOMES)
      .describe(
        'acted-on, in-progress, considering, not-taken-forward, or awaiting-response while the partnership has not replied yet.',
      ),
    responded: isoDate
      .meta({ happened: 'A reply cannot be given after today' })
      .optional()
      .describe(
        'The day the partnership gave its response (not before it was received). The site counts how many working days the reply took.',
      ),
    commitments: z
      .array(refTo('commitments'), { error: 'must be a list of commitment ids' })
      .optional()
      .describe('The ids of the commitments it led to or informed.'),
  })
  .superRefine(
    ...always((v, ctx) => {
      if (v.outcome !== AWAITING && v.outcome !== undefined && v.response === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['response'],
          message: `is needed when the outcome is \`${String(v.outcome)}\`: say in plain words what the partnership did or decided. If it has not replied yet, write \`outcome: awaiting-response\` and leave \`response\` out`,
          input: undefined,
        });
      }
      if (v.outcome === AWAITING && dateOf(v.responded)) {
        ctx.addIssue({
          code: 'custom',
          path: ['responded'],
          message:
            'is set but the outcome is awaiting-response: once the partnership has replied, change the outcome to what happened and write the `response`; or remove the `responded` date',
          input: v.responded,
        });
      }
      notBefore(
        ctx,
        ['responded'],
        v.responded,
        v.received,
        (responded, received) =>
          `is ${responded}, before the input was received (${received}). A reply cannot come before what it answers: check both dates`,
      );
    }),
  );

export type Input = z.output<typeof inputSchema>;
export type Outcome = (typeof OUTCOMES)[number];

export const inputs = defineCollection({
  name: 'inputs',
  schema: inputSchema,
  form: 'fields-and-text',
  ending: '.md',
  noun: { one: 'input', many: 'inputs' },
  label: { one: 'Input', many: 'You said, we did' },
  nameField: 'ref',
  // `source` stays as written: the reply-time figures are grouped by it, and it names a meeting or survey.
  translatable: ['said', 'response', BODY],
  fixedWords: ['source'],
  idFrom: ['ref'],
  textRequired: false,
  questions: [
    { field: 'themes', ask: 'Which topics is it about?' },
    { field: 'said', ask: 'What was said, anonymised: no names or details that could identify anyone' },
    { field: 'received', ask: 'On what day was it said or received?' },
    { field: 'outcome', ask: 'What is the outcome so far?' },
    {
      field: 'response',
      ask: 'What did the partnership do or decide? (if nothing yet, say what happens next)',
      when: (answers) => answers.outcome !== AWAITING,
    },
    {
      field: 'responded',
      ask: 'On what day did the partnership reply?',
      when: (answers) => answers.outcome !== AWAITING,
    },
    { field: 'source', ask: 'Where did it come from, like “Community Forum” or “Crisis care survey 2026”?' },
    { field: 'meeting', ask: 'Was it said at a meeting?', optional: true },
  ],
});
