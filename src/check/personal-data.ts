// Content is about people with lived experience of mental health services: nothing in it may
// identify anyone. This finds the personal details a pattern can find. (Names cannot be found by
// a pattern; the pull request checklist asks the contributor to check them.) The text is read as a
// reader sees it (./personal-data/read-for-scan.ts), then each kind of detail is looked for by its
// own module in ./personal-data.
import { birthsIn } from './personal-data/date-of-birth.ts';
import { emailsIn } from './personal-data/email.ts';
import { nhsNumbersIn } from './personal-data/nhs-number.ts';
import { niNumbersIn } from './personal-data/ni-number.ts';
import { phoneKey, phonesIn } from './personal-data/phone.ts';
import { POSTCODE, postcodeKey, postcodesIn } from './personal-data/postcode.ts';
import { mayHoldDetail, readForScan } from './personal-data/read-for-scan.ts';
import { normaliseForScan, type Spot } from './personal-data/scan-text.ts';

export type Kind = 'email' | 'phone' | 'nhs-number' | 'ni-number' | 'postcode' | 'date-of-birth';

export const KIND_WORDS: Record<Kind, string> = {
  email: 'an email address',
  phone: 'a UK phone number',
  'nhs-number': 'an NHS number',
  'ni-number': 'a National Insurance number',
  postcode: 'a full postcode',
  'date-of-birth': 'a date of birth',
};

export interface Finding {
  kind: Kind;
  /** What was found, exactly as written. */
  text: string;
}

export interface AllowList {
  /** Addresses that may appear, or whole domains written as "@example.org". */
  emails: string[];
  /** Published service numbers, like helplines. */
  phones: string[];
  /** Postcodes of public places: the partnership's own address, a venue. */
  postcodes?: string[];
}

/** Line ending that marks a line as reviewed and public, in any of the comment forms. */
export const REVIEWED = 'personal-data: reviewed';

/** Every personal detail found in a piece of text, in the order they appear. */
export function findPersonalData(text: string, allow: AllowList = { emails: [], phones: [] }): Finding[] {
  return locatePersonalData(text, allow).map(({ kind, text: t }) => ({ kind, text: t }));
}

/** As findPersonalData, with where in the text each one starts. */
export function locatePersonalData(
  written: string,
  allow: AllowList = { emails: [], phones: [] },
): (Finding & { at: number })[] {
  if (!mayHoldDetail(written)) return [];
  const { text, from } = readForScan(written);
  return scan(text, allow).map((f) => {
    const start = from[f.at]!;
    const end = from[f.at + f.text.length]!;
    return { kind: f.kind, text: written.slice(start, end).trim(), at: start };
  });
}

/** An allow list as the scan compares with it: each number as its digits, each address as the scan reads addresses. */
interface AllowedForms {
  phones: Set<string>;
  emails: string[];
  postcodes: Set<string>;
}

/** An allowed address or `@domain` as the scan matches it: so `josé@` matches however its é is written. */
export const allowedEmailForm = (allowed: string): string => normaliseForScan(allowed).text.toLowerCase();

// The same allow list serves every line of every file: its forms are worked out once, not per line.
const formsOf = new WeakMap<AllowList, AllowedForms>();
function allowedForms(allow: AllowList): AllowedForms {
  let forms = formsOf.get(allow);
  if (!forms)
    formsOf.set(
      allow,
      (forms = {
        phones: new Set(allow.phones.map(phoneKey)),
        emails: allow.emails.map(allowedEmailForm),
        // A postcode in a line of an address (Wrenfold WF1 2AB) counts as that postcode.
        postcodes: new Set(
          (allow.postcodes ?? []).flatMap((line) => [...line.matchAll(POSTCODE)].map((m) => postcodeKey(m[0]))),
        ),
      }),
    );
  return forms;
}

/** Every detail in the text as the scan reads it, each character in at most one. */
function scan(text: string, allow: AllowList): (Finding & { at: number })[] {
  const found: (Finding & { at: number })[] = [];
  // Which characters a finding holds already, so none is found twice: a mark per character keeps
  // this in step with the line's length however many details it holds. Earlier kinds come first:
  // ten digits inside +44 7015 467534 belong to the phone number, not an NHS number.
  const taken = new Uint8Array(text.length);
  const add = (kind: Kind, spots: Spot[]) => {
    for (const { at, text: whole } of spots) {
      if (taken.subarray(at, at + whole.length).includes(1)) continue;
      taken.fill(1, at, at + whole.length);
      found.push({ kind, text: whole, at });
    }
  };
  const forms = allowedForms(allow);
  add(
    'email',
    emailsIn(text, (address) => {
      const written = address.toLowerCase();
      return forms.emails.some((a) => (a.startsWith('@') ? written.endsWith(a) : written === a));
    }),
  );
  // Every other kind needs a digit (the text is normalised already, so ０ is 0): most text has none to look at.
  if (/\d/.test(text)) {
    add('date-of-birth', birthsIn(text));
    add('phone', phonesIn(text, forms.phones));
    add('nhs-number', nhsNumbersIn(text));
    add('ni-number', niNumbersIn(text));
    add('postcode', postcodesIn(text, forms.postcodes));
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Enough of a finding to find it again, not enough to read it: the first two characters (an
 * address's first one) and the last two. Letters and digits of every script are hidden (٠٧٧٠٠ as
 * much as 07700); spaces and punctuation stay, so the shape still shows.
 */
export function mask(text: string): string {
  const chars = [...text];
  const visible = chars.length <= 6 ? 1 : 2;
  // An address's first part is often short, and its first two letters most of it (jb@nhs.net): one shows.
  const opening = text.includes('@') ? 1 : visible;
  return chars
    .map((c, i) => (i < opening || i >= chars.length - visible || !/[\p{L}\p{N}]/u.test(c) ? c : '•'))
    .join('');
}
