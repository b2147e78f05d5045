import { z } from 'astro/zod';
import { email, text } from './fields.ts';

/** site.yaml: who runs this portal and how to reach them. */
export const siteSchema = z.strictObject({
  name: text.describe('The name of the portal, shown in the header and the browser tab.'),
  partnership: text.describe('The name of the partnership that publishes it.'),
  description: text.describe(
    'One sentence saying what the portal is for, shown on the home page and to search engines.',
  ),
  contact: email.describe('The email address people use to contact the partnership.'),
  exampleContent: z
    .boolean({ error: 'must be true or false' })
    .describe('true while the content is an example; every page then says so.'),
  locale: z
    .string({ error: 'must be a language code like en-GB' })
    .regex(/^en(?:-[A-Z]{2})?$/, {
      error:
        'must be English, like en-GB: the site’s own words (menus, labels, dates) are in English only for now, so its pages must say they are in English. Write en-GB, or leave the field out',
    })
    .default('en-GB')
    .describe(
      'The variety of English the site is written in, like en-GB (the default). The site’s own words are in English only for now; this tells screen readers and search engines so.',
    ),
  allowedEmails: z
    .array(
      z.string().regex(/^(?:[^\s@]+)?@[^\s@]+\.[^\s@]+$/, {
        error: 'must be an email address, or a domain written like @example.org',
      }),
      {
        error: 'must be a list of email addresses',
      },
    )
    .optional()
    .describe(
      'Email addresses that may appear in content, like the partnership’s own; @example.org allows a whole domain. The contact address is always allowed.',
    ),
  allowedPhoneNumbers: z
    .array(z.string({ error: 'must be a phone number in quotes, like "0800 123 4567"' }), {
      error: 'must be a list of phone numbers',
    })
    .optional()
    .describe('Published service phone numbers that may appear in content, like helplines, each in quotes.'),
});

export type Site = z.output<typeof siteSchema>;
