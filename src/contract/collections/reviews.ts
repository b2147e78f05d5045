import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { BODY } from '../translation.ts';
import { people, isoDate, refTo, text } from '../fields.ts';
import { always, notBefore } from '../same-file-rules.ts';
import { evidenceSchema } from './updates.ts';

/**
 * What reviewers with lived experience found a commitment to be. The first five are the partners'
 * own words for where a commitment stands, so the two can be set side by side; `too-early` says
 * it is too soon to judge.
 */
export const VERDICTS = [
  'delivered',
  'partly-delivered',
  'in-progress',
  'at-risk',
  'not-delivered',
  'too-early',
] as const;

/** Whether people notice a difference in their lives. */
export const DIFFERENCES = ['big', 'some', 'none', 'worse', 'too-early'] as const;

/**
 * How far people with lived experience were involved, on the co-production ladder: most involved
 * first. The order is the ladder, so the distance between two rungs is how far apart they are.
 */
export const INVOLVEMENT_LEVELS = [
  'co-produced',
  'co-designed',
  'engaged',
  'consulted',
  'informed',
  'not-involved',
] as const;

export const involvementField = z.enum(INVOLVEMENT_LEVELS);

/** The partner's right of reply to a review: dated, and signed by a role, never a person. */
export const replySchema = z.strictObject({
  date: isoDate
    .meta({ happened: 'A reply answers a review that has been published, so it cannot be dated after today' })
    .describe('The day the partner replied (not before the review).'),
  text: text.describe('The partner’s reply, in its own words.'),
  role: text.describe(
    'Who replied for the partner, as a role, like “Director of Mental Health Services” (never a person’s name).',
  ),
});

/** reviews/<id>.mdx: a lived-experience group's review of one commitment. */
export const reviewSchema = z
  .strictObject({
    title: text.describe('A headline for the review, like “The board’s review of the crisis café”.'),
    date: isoDate
      .meta({ happened: 'A review records what a group agreed, so it cannot be dated after today' })
      .describe('The day the group agreed the review (not before the commitment was made).'),
    group: refTo('groups').describe('The id of the group that did the review (a file name in groups/).'),
    commitment: refTo('commitments').describe('The id of the commitment reviewed (a file name in commitments/).'),
    verdict: z
      .enum(VERDICTS)
      .describe(
        'What the reviewers found: delivered, partly-delivered, in-progress, at-risk, not-delivered or too-early (too soon to judge).',
      ),
    difference: z
      .enum(DIFFERENCES)
      .optional()
      .describe('Whether people notice a difference in their lives: big, some, none, worse or too-early.'),
    involvement: involvementField
      .optional()
      .describe(
        'How far people with lived experience were involved in the commitment, as the reviewers found it: co-produced, co-designed, engaged, consulted, informed or not-involved.',
      ),
    method: text.describe(
      'How the review was done, like “Board discussion with 9 members and a survey of 31 café users”.',
    ),
    participants: people.optional().describe('How many people with lived experience took part.'),
    evidence: z
      .array(evidenceSchema, { error: 'must be a list of links, each with a label and a url' })
      .optional()
      .describe('Links to public documents the reviewers used.'),
    checkin: refTo('checkins')
      .optional()
      .describe('The id of the check-in the review was part of, if any (a file name in checkins/).'),
    reply: replySchema
      .optional()
      .describe('The partner’s reply, if it has given one: date, text and role (a role, never a person’s name).'),
  })
  .superRefine(
    ...always((v, ctx) => {
      const reply = (v.reply ?? {}) as Record<string, unknown>;
      notBefore(
        ctx,
        ['reply', 'date'],
        reply.date,
        v.date,
        (replied, reviewed) =>
          `is ${replied}, before the review was agreed (${reviewed}). A partner can only reply to a review it has seen: check both dates`,
      );
    }),
  );

export type Review = z.output<typeof reviewSchema>;
export type Verdict = (typeof VERDICTS)[number];
export type Difference = (typeof DIFFERENCES)[number];
export type Involvement = (typeof INVOLVEMENT_LEVELS)[number];
export type Reply = z.output<typeof replySchema>;

export const reviews = defineCollection({
  name: 'reviews',
  schema: reviewSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'review', many: 'reviews' },
  label: { one: 'Lived-experience review', many: 'Lived-experience reviews' },
  nameField: 'title',
  translatable: ['title', 'method', 'evidence.*.label', 'reply.text', 'reply.role', BODY],
  idFrom: ['commitment', 'date'],
  textRequired: true,
  questions: [
    { field: 'commitment', ask: 'Which commitment did the group review?' },
    { field: 'group', ask: 'Which group did the review?' },
    { field: 'date', ask: 'On what day did the group agree the review?' },
    {
      field: 'title',
      ask: 'A headline for the review',
      optional: true,
      suggest: (answers, nameOf) =>
        `${nameOf('groups', String(answers.group))}: review of “${nameOf('commitments', String(answers.commitment))}”`,
    },
    { field: 'verdict', ask: 'What did the reviewers find?' },
    {
      field: 'method',
      ask: 'How was the review done, like “Board discussion with 9 members and a survey of 31 café users”?',
    },
    { field: 'participants', ask: 'How many people with lived experience took part?', optional: true },
    {
      field: 'text',
      ask: 'What did people tell the reviewers (anonymised), and why did they reach this verdict? One or two plain sentences.',
    },
  ],
});
