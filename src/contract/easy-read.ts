// The Easy Read fields, one shape for every collection that has them (visions, commitments,
// updates), so a volunteer writes Easy Read the same way wherever it goes.
import { z } from 'astro/zod';
import { SLUG, isoDate, refTo, text } from './fields.ts';

/** The picture set Easy Read lines name pictures from, and the licence its credit must give. */
export const PICTURE_SET = {
  name: 'OpenMoji',
  licence: 'CC BY-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  home: 'https://openmoji.org',
} as const;

/**
 * The name of a picture from the picture set the site ships (OpenMoji), like `house`. Any slug
 * passes here: the rules across files check it against the set, where they can suggest a name.
 */
export const pictureName = z
  .string({ error: 'must be the name of a picture, like `house`' })
  .regex(SLUG, { error: 'must be the name of a picture in lower case with hyphens, like `mobile-phone`' })
  .meta({ picture: 'openmoji' });

/** One Easy Read sentence, written as `text`, with the picture beside it when it names one. */
export const easyReadLineSchema = z.strictObject({
  text: text.describe('The short sentence, one idea.'),
  picture: pictureName
    .optional()
    .describe(
      'The name of an OpenMoji picture shown beside the sentence, like `house` or `telephone` (see “Easy Read” in CONTRIBUTING.md).',
    ),
  alt: text
    .optional()
    .describe('What the picture shows, for people who cannot see it; the picture’s name in words if left out.'),
});

/** A line: a short sentence, or a sentence with a picture. */
export const easyReadLine = z
  .union([text, easyReadLineSchema], {
    error: 'must be a short sentence, or a `text` with a `picture` (and optionally its `alt` text)',
  })
  .describe('A short sentence, or a `text` with the `picture` shown beside it and optionally its `alt` text.');

/** One section of the Easy Read version: a heading and short sentences, one idea each. */
export const easyReadSectionSchema = z.strictObject({
  heading: text.describe('A short heading for this part.'),
  lines: z
    .array(easyReadLine, { error: 'must be a list of short sentences' })
    .min(1, { error: 'needs at least one sentence' })
    .describe(
      'Short sentences, one idea each; each is shown on its own line. A line may be a `text` with a `picture` beside it.',
    ),
});

/** The Easy Read version: a short title and sections of short sentences. */
export const easyReadSchema = z.strictObject({
  title: text.describe('A short, plain title, like “Our plan for mental health”.'),
  sections: z
    .array(easyReadSectionSchema, { error: 'must be a list of sections, each with a heading and lines' })
    .min(1, { error: 'needs at least one section' })
    .describe('Sections, each with a heading and short lines.'),
});

/** The `easyRead` field: plain text, one short sentence a line, or a title and sections. */
export const easyReadField = z
  .union([text, easyReadSchema], {
    error:
      'must be the Easy Read text: either plain text, one short sentence a line, or a short `title` and `sections`, each with a `heading` and `lines`',
  })
  .describe(
    'The Easy Read version: plain text with one short sentence a line, or a short title and sections each with a heading and short lines (lines may have pictures).',
  );

/** When, and by which group, the Easy Read text was tried out with people with learning disabilities. */
export const easyReadCheckedSchema = z.strictObject(
  {
    date: isoDate
      .meta({ happened: 'Checking the Easy Read text is something already done' })
      .describe('The day the Easy Read text was checked with people with learning disabilities.'),
    group: refTo('groups').describe('The id of the group that checked it (a file name in groups/).'),
  },
  { error: 'must be the `date` the Easy Read text was checked and the `group` that checked it' },
);

export const easyReadCheckedField = easyReadCheckedSchema
  .optional()
  .describe(
    'When and by which group the Easy Read text was checked with people with learning disabilities: a `date` and a `group` id.',
  );

export type EasyRead = z.output<typeof easyReadField>;
export type EasyReadLine = z.output<typeof easyReadLine>;
export type EasyReadChecked = z.output<typeof easyReadCheckedSchema>;
