import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { BODY } from '../translation.ts';
import { people, isoDate, refTo, text } from '../fields.ts';
import { always, notBefore } from '../same-file-rules.ts';

/** checkins/<id>.mdx: a check-in with residents on whether a vision's commitments are working. */
export const checkinSchema = z
  .strictObject({
    title: text.describe('A name for the check-in, like “One year on: checking in with residents”.'),
    date: isoDate
      .meta({ happened: 'A check-in records what residents said, so it cannot be dated after today' })
      .describe('The day of the check-in (for one held over several days, the last day).'),
    vision: refTo('visions').describe('The id of the vision it checks on (a file name in visions/).'),
    method: text.describe('How residents were involved, like “Two open sessions and an online survey”.'),
    participants: people.optional().describe('How many residents took part.'),
    findings: z
      .array(text, { error: 'must be a list of findings, one line each' })
      .optional()
      .describe('What the check-in found, one short line each.'),
    next: isoDate.optional().describe('The day the next check-in is planned for (after this one).'),
  })
  .superRefine(
    ...always((v, ctx) =>
      notBefore(
        ctx,
        ['next'],
        v.next,
        v.date,
        (next, held) =>
          `is ${next}, before this check-in (${held}). The next check-in comes after this one: check both dates`,
      ),
    ),
  );

export type Checkin = z.output<typeof checkinSchema>;

export const checkins = defineCollection({
  name: 'checkins',
  schema: checkinSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'check-in', many: 'check-ins' },
  label: { one: 'Check-in with residents', many: 'Check-ins with residents' },
  nameField: 'title',
  translatable: ['title', 'method', 'findings.*', BODY],
  idFrom: ['vision', 'date'],
  textRequired: true,
  questions: [
    { field: 'vision', ask: 'Which vision is the check-in about?' },
    { field: 'date', ask: 'When was it held?' },
    { field: 'title', ask: 'A name for it, like “One year on: checking in with residents”' },
    { field: 'method', ask: 'How were residents involved, like “Two open sessions and an online survey”?' },
    { field: 'participants', ask: 'How many residents took part?', optional: true },
    { field: 'next', ask: 'When is the next check-in planned?', optional: true },
    { field: 'text', ask: 'What did residents say? One or two plain sentences (add findings in the file).' },
  ],
});
