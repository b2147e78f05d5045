import { z } from 'astro/zod';
import { isoDate, ref, text, webUrl } from '../fields.ts';

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
  date: isoDate.describe('The day of the update (not before the commitment was made).'),
  commitment: ref.describe('The id of the commitment it is about (a file name in commitments/).'),
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
});

export type Update = z.output<typeof updateSchema>;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];
