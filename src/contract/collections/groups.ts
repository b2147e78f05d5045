import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { isoDate, refTo, text } from '../fields.ts';
import { always } from '../same-file-rules.ts';

export const GROUP_KINDS = ['forum', 'working-group', 'board', 'other'] as const;

/** The fields that say more about the next meeting; each needs `nextMeeting`, the day, to mean anything. */
export const NEXT_MEETING_DETAILS = [
  'nextMeetingTime',
  'nextMeetingPlace',
  'nextMeetingAddress',
  'nextMeetingOnline',
] as const;

/** groups/<id>.yaml: a forum, working group or board that meets and keeps minutes. */
export const groupSchema = z
  .strictObject({
    name: text.describe('The group’s name.'),
    kind: z.enum(GROUP_KINDS).describe('What level of representation it is: forum, working-group, board or other.'),
    description: text.describe('What the group is for and who is in it.'),
    meets: text.optional().describe('How often and where it meets, like “Every other month, online and in person”.'),
    join: text.optional().describe('How someone can join or come along.'),
    nextMeeting: isoDate
      .optional()
      .describe(
        'The day of the next meeting, once it is set. Once that day has passed the site says no date is set yet, until you write the next one.',
      ),
    nextMeetingTime: text.optional().describe('When the next meeting starts and ends, like “6pm to 8pm”.'),
    nextMeetingPlace: text
      .optional()
      .describe('Where the next meeting is, like “Central Library, community room (ground floor)”.'),
    nextMeetingAddress: text
      .optional()
      .describe('The address of that place, with its postcode, like “12 High Street, Anytown AB1 2CD”.'),
    nextMeetingOnline: text
      .optional()
      .describe('How to join the next meeting online, like “email us and we will send you a Zoom link”.'),
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
        'Meetings outside the partnership that this group takes its points to, one a line, like “the council’s Health and Wellbeing Board”.',
      ),
  })
  .superRefine(
    ...always((v, ctx) => {
      if (v.nextMeeting !== undefined) return;
      for (const field of NEXT_MEETING_DETAILS) {
        if (v[field] === undefined) continue;
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `\`${field}\` says more about the next meeting, but there is no \`nextMeeting\` day. Add \`nextMeeting:\` with the day, written YYYY-MM-DD, or remove \`${field}\` until the day is set.`,
          input: v[field],
        });
      }
    }),
  );

export type Group = z.output<typeof groupSchema>;

export const groups = defineCollection({
  name: 'groups',
  schema: groupSchema,
  form: 'fields',
  ending: '.yaml',
  noun: { one: 'group', many: 'groups' },
  label: { one: 'Group', many: 'Groups' },
  nameField: 'name',
  // Its name is a name, and the meetings it attends are others' names: they stay as they are.
  translatable: [
    'description',
    'meets',
    'join',
    'nextMeetingTime',
    'nextMeetingPlace',
    'nextMeetingOnline',
    'decides.*',
    'advises.*',
  ],
  fixedWords: ['name', 'nextMeetingAddress', 'attends.*'],
  idFrom: ['name'],
  // The page that shows how the groups connect: /groups/levels/.
  reservedIds: ['levels'],
  placeFields: ['nextMeetingAddress'],
  questions: [
    { field: 'name', ask: 'The group’s name' },
    { field: 'kind', ask: 'What level of representation is it?' },
    { field: 'description', ask: 'What the group is for and who is in it' },
  ],
});
