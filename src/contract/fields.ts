// Small field types shared by every collection's schema.
import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD (so 2025-02-30 is not). */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A day, written YYYY-MM-DD, kept as that string so that comparing two dates is comparing text.
 * YAML parsers disagree on whether an unquoted 2025-03-12 is a date or a string; both arrive here
 * and leave as the same string.
 */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'must be a date written YYYY-MM-DD, for example 2025-03-12' })
      .refine((text) => isRealDate(text), {
        error: 'must be a real date written YYYY-MM-DD, for example 2025-03-12',
      }),
  )
  .meta({ format: 'date' });

/**
 * Characters no one types on purpose, in a field or a body: control characters other than tab and
 * line breaks, and the ones that make text after them run the other way or sit inside another
 * direction (U+202A to U+202E), which can make words look other than they are. The marks and
 * isolates right-to-left writing uses (U+200E, U+200F, U+2066 to U+2069) are kept.
 */
export const UNTYPED = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E]/u;

/** Text a volunteer must write: not empty and not only spaces. */
export const text = z
  .string({ error: 'must be some text' })
  .refine((s) => s.trim().length > 0, { error: 'must not be empty' })
  .refine((s) => !UNTYPED.test(s), {
    error:
      'has a hidden character in it that no keyboard types on purpose (a control character, or one that makes the text after it run the other way, so the words can look other than they are). Delete the field’s value and type it again',
  });

/** A lower-case slug such as `crisis-care`: the form every id and aim id takes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of another entry. Any text passes here: the rules across files check it against the real
 * entries, where they can suggest the right id (even when a volunteer wrote the entry's name).
 */
export const ref = z
  .string({ error: 'must be the id of an entry (its file name without the ending)' })
  .refine((s) => s.trim().length > 0, { error: 'must not be empty' });

/** The id of an entry of the collection `collection`: the check, the editor and `npm run new` read the tag. */
export function refTo(collection: string) {
  return ref.meta({ refersTo: collection });
}

/** A web address that a reader's browser may open: http or https only. */
export const webUrl = z.string({ error: 'must be a web address starting with https://' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: 'must be a full web address starting with https:// (or http://)' },
);

/** An email address. */
export const email = z
  .string({ error: 'must be an email address' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'must be an email address, like hello@example.org' });

/** A whole number that is zero or more. */
export const count = z
  .number({ error: 'must be a whole number, like 12' })
  .int({ error: 'must be a whole number, like 12' })
  .min(0, { error: 'must be 0 or more' });

/**
 * A count of the people at one meeting, review or event. 1 to 4 could let someone be recognised,
 * so wherever the site publishes one (pages, feeds, open data) such a count is withheld and said
 * to be "fewer than 5" (model/involvement.ts peopleCount).
 */
export const people = count.meta({ people: true });
