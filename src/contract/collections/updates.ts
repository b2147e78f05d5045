import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { BODY, EASY_READ_WORDS } from '../translation.ts';
import { easyReadCheckedField, easyReadField } from '../easy-read.ts';
import { isoDate, refTo, text, webUrl } from '../fields.ts';

export const UPDATE_STATUSES = [
  'not-started',
  'in-progress',
  'at-risk',
  'delivered',
  'partly-delivered',
  'not-delivered',
  'withdrawn',
] as const;

/** A link to a public document that backs an update up. */
export const evidenceSchema = z.strictObject({
  label: text.describe('What the link is, like “Cabinet report, June 2025”.'),
  url: webUrl.describe('Its web address, starting with https://.'),
});

/** updates/<id>.mdx: news on a commitment's progress. */
export const updateSchema = z.strictObject({
  title: text.describe('A headline for the update.'),
  date: isoDate
    .meta({ happened: 'An update reports what has happened, so it cannot be dated after today' })
    .describe('The day of the update (not before the commitment was made).'),
  commitment: refTo('commitments').describe('The id of the commitment it is about (a file name in commitments/).'),
  status: z
    .enum(UPDATE_STATUSES)
    .describe(
      'Where the commitment stands now: not-started, in-progress, at-risk, delivered, partly-delivered, not-delivered or withdrawn.',
    ),
  progress: z
    .number({ error: 'must be a number from 0 to 100' })
    .min(0, { error: 'must be 0 or more' })
    .max(100, { error: 'must be 100 or less (it is a percentage)' })
    .optional()
    .describe('How far along it is, as a percentage from 0 to 100.'),
  evidence: z
    .array(evidenceSchema, { error: 'must be a list of links, each with a label and a url' })
    .optional()
    .describe('Links to public documents that back the update up.'),
  author: text.optional().describe('Who wrote it: a team or role, not a private person’s name.'),
  easyRead: easyReadField.optional(),
  easyReadChecked: easyReadCheckedField,
});

export type Update = z.output<typeof updateSchema>;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const updates = defineCollection({
  name: 'updates',
  schema: updateSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'update', many: 'updates' },
  label: { one: 'Update', many: 'Updates' },
  nameField: 'title',
  translatable: ['title', 'author', 'evidence.*.label', ...EASY_READ_WORDS, BODY],
  idFrom: ['commitment', 'date'],
  textRequired: true,
  questions: [
    { field: 'commitment', ask: 'Which commitment is the update about?' },
    { field: 'date', ask: 'On what day did this happen, or was it reported?' },
    { field: 'title', ask: 'A headline for the update, like “Crisis café now open four evenings”' },
    { field: 'status', ask: 'Where does the commitment stand now?' },
    { field: 'progress', ask: 'How far along is it, from 0 to 100 (per cent)?', optional: true },
    { field: 'text', ask: 'What happened? One or two plain sentences (you can add more in the file).' },
  ],
});
