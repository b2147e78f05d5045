import { z } from 'astro/zod';
import { defineCollection } from '../collection.ts';
import { BODY } from '../translation.ts';
import { people, isoDate, refTo, text } from '../fields.ts';
import { always, dateOf, notBefore } from '../same-file-rules.ts';

/** March 2025, from 2025-03-12. */
function monthAndYear(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;

/** Who came to a meeting, in numbers and roles, never names. */
export const attendanceSchema = z.strictObject({
  total: people.describe('How many people attended.'),
  livedExperience: people.optional().describe('How many of them have lived experience of mental health services.'),
  roles: z
    .array(text, { error: 'must be a list of roles' })
    .optional()
    .describe('The roles of decision-makers who attended, like “Director of Public Health”.')
    // At a meeting of fewer than 5 people, the roles that came would tell how many came.
    .meta({ withheldWith: 'total' }),
});

/** Something a meeting agreed someone would do. */
export const actionSchema = z.strictObject({
  id: z
    .string({ error: 'must be an id for the action' })
    .regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, { error: 'must be letters, numbers and hyphens, like `WG-2025-07`' })
    .describe('An id for the action, unique across all minutes, like `WG-2025-07`.'),
  action: text.describe('What is to be done.'),
  owner: text.describe('The role responsible, like “Crisis Service Manager” (a role, not a name).'),
  due: isoDate.optional().describe('When it should be done by.'),
  status: z.enum(ACTION_STATUSES).describe('open, done or dropped.'),
  closed: isoDate.optional().describe('The day it was done or dropped (not before the meeting).'),
  outcome: text.optional().describe('What happened, or why it was dropped.'),
  inputs: z
    .array(
      z
        .string({ error: 'must be a reference code, like YS-2025-014' })
        .refine((s) => s.trim().length > 0, { error: 'must not be empty' }),
      { error: 'must be a list of reference codes, like YS-2025-014' },
    )
    .optional()
    .describe(
      'The reference codes of what people said that this action answers, like YS-2025-014; the action then shows on what happened to each.',
    ),
});

/** When a group agreed the minutes as a true record. */
export const agreedSchema = z.strictObject({
  date: isoDate
    .meta({ happened: 'Minutes cannot be agreed after today' })
    .describe('The day the group agreed these minutes as a true record (not before the meeting).'),
  meeting: refTo('minutes')
    .optional()
    .describe('The id of the minutes of the meeting that agreed them, usually the group’s next meeting.'),
});

/** A change made to the minutes after they were published. */
export const correctionSchema = z.strictObject({
  date: isoDate
    .meta({ happened: 'A correction cannot be dated after today' })
    .describe('The day the correction was made (not before the meeting).'),
  what: text.describe('What was corrected, in plain words, like “The date of the next meeting was wrong”.'),
});

/** minutes/<id>.mdx: the record of one meeting of a group. */
export const minutesSchema = z
  .strictObject({
    title: text.describe('The meeting’s name, like “Community Forum, March 2025”.'),
    date: isoDate
      .meta({ happened: 'Minutes record a meeting that has taken place, so they cannot be dated after today' })
      .describe('The day of the meeting.'),
    group: refTo('groups').describe('The id of the group that met (a file name in groups/).'),
    attendance: attendanceSchema.describe('Who came: total, livedExperience and roles.'),
    themes: z
      .array(refTo('themes'), { error: 'must be a list of theme ids' })
      .optional()
      .describe('The ids of the themes discussed.'),
    decisions: z.array(text, { error: 'must be a list of decisions' }).optional().describe('What the meeting decided.'),
    actions: z
      .array(actionSchema, { error: 'must be a list of actions' })
      .optional()
      .describe('What the meeting agreed someone would do.'),
    commitments: z
      .array(refTo('commitments'), { error: 'must be a list of commitment ids' })
      .optional()
      .describe('The ids of the commitments discussed.'),
    agreed: agreedSchema
      .optional()
      .describe(
        'When the group agreed these minutes as a true record: `date`, and `meeting` (the id of that meeting’s minutes). Once any minutes say when they were agreed, minutes without it are shown as a draft.',
      ),
    corrections: z
      .array(correctionSchema, { error: 'must be a list of corrections, each with a `date` and `what`' })
      .optional()
      .describe('Changes made after the minutes were published, each with its `date` and `what` was corrected.'),
  })
  .superRefine(
    ...always((v, ctx) => {
      const attendance = v.attendance as { total?: unknown; livedExperience?: unknown } | undefined;
      if (
        typeof attendance?.total === 'number' &&
        typeof attendance.livedExperience === 'number' &&
        attendance.livedExperience > attendance.total
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', 'livedExperience'],
          message: `is ${attendance.livedExperience}, more than the ${attendance.total} people who attended in total: check both numbers`,
          input: attendance.livedExperience,
        });
      }
      const roles = (v.attendance as { roles?: unknown } | undefined)?.roles;
      if (typeof attendance?.total === 'number' && Array.isArray(roles) && roles.length > attendance.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendance', 'roles'],
          message: `lists ${roles.length} roles, more than the ${attendance.total} people who attended in total: each role is one person who came, so check both`,
          input: roles,
        });
      }
      const agreed = v.agreed as { date?: unknown } | undefined;
      notBefore(
        ctx,
        ['agreed', 'date'],
        agreed?.date,
        v.date,
        (date, met) =>
          `is ${date}, before the meeting itself (${met}). Minutes are agreed at or after the meeting they record: check the date`,
      );
      if (Array.isArray(v.corrections)) {
        v.corrections.forEach((raw, i) =>
          notBefore(
            ctx,
            ['corrections', i, 'date'],
            (raw as { date?: unknown } | undefined)?.date,
            v.date,
            (date, met) =>
              `is ${date}, before the meeting itself (${met}). A correction comes after the minutes were written: check the date`,
          ),
        );
      }
      if (!Array.isArray(v.actions)) return;
      v.actions.forEach((raw, i) => {
        const action = (raw ?? {}) as Record<string, unknown>;
        notBefore(
          ctx,
          ['actions', i, 'closed'],
          action.closed,
          v.date,
          (closed, met) =>
            `is ${closed}, before the meeting that set the action (${met}). An action cannot be closed before it was set: check the date`,
        );
        if (action.status === 'open' && dateOf(action.closed)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'closed'],
            message: 'is set but the status is open: change the status to done or dropped, or remove the closed date',
            input: action.closed,
          });
        }
      });
    }),
  );

export type Minutes = z.output<typeof minutesSchema>;
export type Action = z.output<typeof actionSchema>;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const minutes = defineCollection({
  name: 'minutes',
  schema: minutesSchema,
  form: 'fields-and-text',
  ending: '.mdx',
  noun: { one: 'set of minutes', many: 'minutes' },
  label: { one: 'Set of minutes', many: 'Minutes' },
  nameField: 'title',
  translatable: [
    'title',
    'attendance.roles.*',
    'decisions.*',
    'actions.*.action',
    'actions.*.owner',
    'actions.*.outcome',
    'corrections.*.what',
    BODY,
  ],
  idFrom: ['group', 'date'],
  textRequired: true,
  questions: [
    { field: 'group', ask: 'Which group met?' },
    { field: 'date', ask: 'When did it meet?' },
    {
      field: 'title',
      ask: 'The meeting’s name',
      optional: true,
      suggest: (answers, nameOf) => `${nameOf('groups', String(answers.group))}, ${monthAndYear(String(answers.date))}`,
    },
    { field: 'attendance.total', ask: 'How many people came?' },
    {
      field: 'text',
      ask: 'What did the meeting discuss? One or two plain sentences (add decisions and actions in the file; CONTRIBUTING.md shows how).',
    },
  ],
});
