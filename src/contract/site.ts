import { z } from 'astro/zod';
import { count, email, isoDate, text } from './fields.ts';
import type { TranslatableFields } from './translation.ts';

/** Whether the name is a time zone this Node knows (the IANA names: Europe/London, America/Toronto). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return /\//.test(name) || name === 'UTC';
  } catch {
    return false;
  }
}

/** The time zone of meetings when site.yaml names none. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** The clocks the partnership keeps: site.yaml's `timeZone`, or London's. */
export const timeZoneOf = (site: { timeZone?: string | undefined }): string => site.timeZone ?? DEFAULT_TIME_ZONE;

/**
 * A phone number a `tel:` link can hold: digits, with spaces or hyphens between groups, and a +
 * in front for an international number. From 3 digits (999, 111) to 15 (the most a number has).
 */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?\d(?:[ -]?\d)*$/.test(value.trim()) && digits >= 3 && digits <= 15;
}

/** The digits of a phone number as a `tel:` link writes them: 116 123 becomes 116123, +44 … stays international. */
export function telDigits(value: string): string {
  return value.trim().replace(/[^\d+]/g, '');
}

/** A promise of a reply, in working days: the accessibility statement and the formats offer say the same. */
const WORKING_DAYS = 'must be a whole number of working days, like 5';
const workingDays = z.number({ error: WORKING_DAYS }).int({ error: WORKING_DAYS }).positive({ error: WORKING_DAYS });

/** A secure web address: https only, since a person in distress should never be sent anywhere less safe. */
const httpsUrl = z.string({ error: 'must be a web address starting with https://' }).refine(
  (value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'must be a full web address starting with https://, like https://www.samaritans.org' },
);

/** One service a person can turn to for help now, listed on the help page. */
export const helpServiceSchema = z
  .strictObject({
    name: text.describe('The name of the service, like “Samaritans”.'),
    for: text.describe(
      'What it is for, in one calm sentence, like “Someone to talk to about whatever you are going through.”',
    ),
    phone: z
      .string({ error: 'must be a phone number in quotes, like "116 123"' })
      .refine(isPhoneNumber, {
        error:
          'must be a phone number of digits, with spaces between groups if you like, like "116 123" or "0800 123 4567" (a + in front for an international number); no words or brackets',
      })
      .optional()
      .describe('Its phone number in quotes, like "116 123"; it becomes a link that phones it.'),
    text: text.optional().describe('How to reach it by text message, if it can be, like “Text SHOUT to 85258”.'),
    web: httpsUrl.optional().describe('Its web address, starting with https://.'),
    hours: text.optional().describe('When it is open, like “24 hours, every day”.'),
  })
  .refine((s) => [s.phone, s.text, s.web].some((v) => v !== undefined), {
    error:
      'must say how to reach the service: give at least one of `phone`, `text` or `web`, so a reader in need has a way to contact it',
  });

/** The licence the open data is published under when site.yaml names none. */
export const DEFAULT_LICENCE = {
  title: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/** The licence the partnership publishes its open data under. */
export const licenceSchema = z.strictObject({
  title: text.describe(
    'The licence’s name, like “Open Government Licence v3.0” or “Creative Commons Attribution 4.0”.',
  ),
  url: httpsUrl.describe('The web address of the licence’s text, starting with https://.'),
});

/** site.yaml: who runs this portal and how to reach them. */
export const siteSchema = z.strictObject({
  name: text.describe('The name of the portal, shown in the header and the browser tab.'),
  partnership: text.describe('The name of the partnership that publishes it.'),
  description: text.describe(
    'One sentence saying what the portal is for, shown on the home page and to search engines.',
  ),
  contact: email.describe('The email address people use to contact the partnership.'),
  phone: z
    .string({ error: 'must be a phone number in quotes, like "01632 960 000"' })
    .refine(isPhoneNumber, {
      error:
        'must be a phone number of digits, with spaces between groups if you like, like "01632 960 000"; no words or brackets (say when it is answered in `phoneHours`)',
    })
    .optional()
    .describe(
      'The partnership’s own phone number in quotes, for people who would rather call; shown beside the email address.',
    ),
  phoneHours: text.optional().describe('When the phone is answered, like “Monday to Friday, 9am to 5pm”.'),
  address: z
    .array(text, { error: 'must be a list of the lines of the postal address, one line each' })
    .min(1, { error: 'must have at least one line, or leave the field out' })
    .optional()
    .describe('The partnership’s postal address, one line each, for people who would rather write a letter.'),
  accessibility: z
    .strictObject(
      {
        tested: isoDate.describe(
          'The day the site was last tested by people, by keyboard, at different screen widths and zoom, with JavaScript off and printed, YYYY-MM-DD.',
        ),
        testedBy: text
          .optional()
          .describe('Who did that testing, like “members of the lived experience group and the portal’s volunteers”.'),
        knownIssues: z
          .array(text, { error: 'must be a list of sentences, one problem each' })
          .optional()
          .describe('Problems found in that testing that are not fixed yet, one sentence each, said plainly.'),
        replyDays: workingDays
          .optional()
          .describe(
            'How many working days you take to reply to a request for another format; `formats.replyDays` says the same and wins when both are given. Leave both out and the site promises no time.',
          ),
      },
      {
        error:
          'must be a group of settings: `tested` (a date), and optionally `testedBy`, `knownIssues` and `replyDays`',
      },
    )
    .optional()
    .describe(
      'What the accessibility statement says about testing: when the site was last tested by people, by whom, and what is known not to work.',
    ),
  formats: z
    .strictObject(
      {
        replyDays: workingDays
          .optional()
          .describe(
            'How many working days the partnership promises to take to reply to a request for a page in another format or language. Leave it out and the site promises no time.',
          ),
      },
      { error: 'must be a group of settings, like `replyDays: 5`' },
    )
    .optional()
    .describe(
      'What the partnership promises to people who ask for a page in another format or language (British Sign Language, audio, large print, paper, another language): `replyDays`, the working days it takes to reply. Every page says how to ask, through the contact details above.',
    ),
  exampleContent: z
    .boolean({ error: 'must be true or false' })
    .describe('true while the content is an example; every page then says so.'),
  locale: z
    .string({ error: 'must be a language code like en-GB' })
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
      error: 'must be a language code, with its country if you like, like en-GB or tr',
    })
    .default('en-GB')
    .describe(
      'The language the content is written in, with its country if you like, like en-GB (the default) or cy-GB. It sets how dates and numbers are written, and tells screen readers and search engines the language of the pages; the site’s own words come from that language’s catalogue in src/present/catalogues/.',
    ),
  languages: z
    .array(
      z.string({ error: 'must be a language code like tr' }).regex(/^[a-z]{2,3}$/, {
        error: 'must be a two- or three-letter language code in lower case, like tr, pl or ar',
      }),
      { error: 'must be a list of language codes, like [en, tr, pl, ar]' },
    )
    .min(1, { error: 'must list at least the language the content is written in, like [en]' })
    .refine((codes) => new Set(codes).size === codes.length, {
      error: 'lists a language twice; list each language once',
    })
    .optional()
    .describe(
      'The languages the site is offered in, like [en, tr, pl, ar]. The first is the language the content is written in, at the site’s own address; each other language is at its code’s own address (like /tr/), and needs its catalogue of the site’s words in src/present/catalogues/ (like tr.yaml). Leave it out for a site in one language.',
    ),
  allowedPostcodes: z
    .array(text, { error: 'must be a list of postcodes, like "ZZ99 1WF"' })
    .optional()
    .describe(
      'Postcodes of public places that may appear anywhere in content, like a venue where people meet. The partnership’s own address is always allowed; a group’s `nextMeetingAddress` is allowed in that group’s own file, and on this list wherever else the venue is named.',
    ),
  allowedEmails: z
    .array(
      z
        .string()
        .regex(/^(?:[^\s@]+)?@[^\s@]+\.[^\s@]+$/, {
          error: 'must be an email address, or a domain written like @example.org',
        })
        // `*@example.org` or `@*.example.org` would match no address at all, while its writer
        // believes a whole domain allowed: said, not left to puzzle over.
        .refine((allowed) => !allowed.includes('*'), {
          error:
            'has a `*`, which is not a wildcard here, so it would allow no address at all: to allow every address at one domain, write the domain alone after an @, like @example.org, or else write each address out whole',
        }),
      {
        error: 'must be a list of email addresses',
      },
    )
    .optional()
    .describe(
      'Email addresses that may appear in content, like the partnership’s own; @example.org allows a whole domain, but not a mail service where many people have their own address, like @gmail.com or @nhs.net (list those addresses one by one); a `*` is not a wildcard. The contact address is always allowed.',
    ),
  allowedPhoneNumbers: z
    .array(z.string({ error: 'must be a phone number in quotes, like "0800 123 4567"' }), {
      error: 'must be a list of phone numbers',
    })
    .optional()
    .describe('Published service phone numbers that may appear in content, like helplines, each in quotes.'),
  help: z
    .array(helpServiceSchema, {
      error: 'must be a list of services, each with a name, what it is for, and a phone, text or web address',
    })
    .optional()
    .describe(
      'The services a person can turn to for help now, in the order the help page lists them; their phone numbers are allowed in content too.',
    ),
  timeZone: z
    .string({ error: 'must be a time zone name, like Europe/London' })
    .refine(isTimeZone, { error: 'must be a time zone name from the IANA list, like Europe/London or Europe/Dublin' })
    .optional()
    .describe(
      'The time zone the partnership meets in (default Europe/London): calendars give meeting hours in it, so they show right wherever a reader is.',
    ),
  respondWithin: count
    .min(1, { error: 'must be 1 or more working days, like 20' })
    .optional()
    .describe(
      'How many working days the partnership promises to take to reply to what people tell it (default 20). Working days are Monday to Friday, not counting the bank holidays of England and Wales (unless `englandAndWalesBankHolidays` is false) or the days in `bankHolidays`; the day something was received is not counted.',
    ),
  bankHolidays: z
    .array(isoDate, { error: 'must be a list of dates written YYYY-MM-DD' })
    .optional()
    .describe(
      'More days that are not working days, like 2028-07-12: the bank holidays of Scotland or Northern Ireland, a day the partnership closes, or the public holidays of another country. The bank holidays of England and Wales are already counted, worked out for every year.',
    ),
  englandAndWalesBankHolidays: z
    .boolean({ error: 'must be true or false' })
    .optional()
    .describe(
      'Whether the bank holidays of England and Wales are not working days (default true). Write false for a partnership elsewhere, and list its own public holidays in `bankHolidays`.',
    ),
  licence: licenceSchema
    .default(DEFAULT_LICENCE)
    .describe(
      'The licence anyone may reuse the open data under (/data/), with its `title` and `url`; the Open Government Licence v3.0 when left out.',
    ),
});

export type Site = z.output<typeof siteSchema>;

/**
 * The fields of site.yaml whose words a translation (`site.tr.yaml`) may put into another language:
 * what the portal and each help service are for, and when they answer; and, if it likes, a help
 * service's name and how to text it, when they hold words as well as a name (`999 or A&E, in an
 * emergency`, `Text SHOUT to 85258`). Numbers, addresses and links are facts.
 */
export const SITE_TRANSLATABLE: TranslatableFields = [
  'description',
  'phoneHours',
  'accessibility.testedBy',
  'accessibility.knownIssues.*',
  'help.*.name',
  'help.*.for',
  'help.*.text',
  'help.*.hours',
];

/**
 * The fields of site.yaml whose words stay in the content's language on every language's pages,
 * which say so: the portal's and partnership's names, the postal address and the licence's name;
 * and the help services' names and how to text them, unless a translation gives them (a name like
 * Samaritans is the same in every language, so leaving it out does not make a page partly
 * translated).
 */
export const SITE_FIXED_WORDS: TranslatableFields = [
  'name',
  'partnership',
  'address.*',
  'help.*.name',
  'help.*.text',
  'licence.title',
];

/** The language the content is written in: the first of `languages`, else the language of `locale` (en). */
export function contentLanguage(site: Pick<Site, 'languages' | 'locale'>): string {
  return site.languages?.[0] ?? site.locale.split('-')[0]!;
}
