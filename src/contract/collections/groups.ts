import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { isoDate, text } from '../fields.ts';

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
  questions: [
    { field: 'name', ask: 'The group’s name' },
    { field: 'kind', ask: 'What level of representation is it?' },
    { field: 'description', ask: 'What the group is for and who is in it' },
  ],
});
