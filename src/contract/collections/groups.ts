import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { isoDate, refTo, text } from '../fields.ts';

export const GROUP_KINDS = ['forum', 'working-group', 'board', 'other'] as const;

/** groups/<id>.yaml: a forum, working group or board that meets and keeps minutes. */
export const groupSchema = z.strictObject({
  name: text.describe('The group’s name.'),
  kind: z.enum(GROUP_KINDS).describe('What level of representation it is: forum, working-group, board or other.'),
  description: text.describe('What the group is for and who is in it.'),
  meets: text.optional().describe('How often and where it meets, like “Every other month, online and in person”.'),
  join: text.optional().describe('How someone can join or come along.'),
  nextMeeting: isoDate
    .optional()
    .describe('The day of the next meeting, once it is set; shown until that day has passed.'),
  decides: z
    .array(text, { error: 'must be a list of what the group can decide, one thing a line' })
    .optional()
    .describe('What this group can decide for itself, one thing a line, like “How the forum’s budget is spent”.'),
  advises: z
    .array(text, { error: 'must be a list of what the group advises on, one thing a line' })
    .optional()
    .describe(
      'What this group can only advise on, one thing a line: the decision is made elsewhere, like “The council’s crisis care plan”.',
    ),
  reportsTo: refTo('groups')
    .optional()
    .describe(
      'The id of the group this one takes its points to, like the board a working group reports to (a file name in groups/). The site draws how the groups connect from it.',
    ),
  attends: z
    .array(text, { error: 'must be a list of meetings, one a line' })
    .optional()
    .describe(
      'Meetings outside the partnership that this group takes its points to, one a line, like “Wrenfold Council Health and Wellbeing Board”.',
    ),
});

export type Group = z.output<typeof groupSchema>;

export const groups = defineCollection({
  name: 'groups',
  schema: groupSchema,
  form: 'fields',
  ending: '.yaml',
  noun: { one: 'group', many: 'groups' },
  label: { one: 'Group', many: 'Groups' },
  nameField: 'name',
  idFrom: ['name'],
  // The page that shows how the groups connect: /groups/levels/.
  reservedIds: ['levels'],
  questions: [
    { field: 'name', ask: 'The group’s name' },
    { field: 'kind', ask: 'What level of representation is it?' },
    { field: 'description', ask: 'What the group is for and who is in it' },
  ],
});
