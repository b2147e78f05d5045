// Content is about people with lived experience of mental health services: nothing in it may
// identify anyone. This finds the personal details a pattern can find. (Names cannot be found by
// a pattern; the pull request checklist asks the contributor to check them.)

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
}

/** Line ending that marks a line as reviewed and public, in any of the comment forms. */
export const REVIEWED = 'personal-data: reviewed';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w\-/+.£$])(?:(?:\+|00)44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d[\d\s.\-()]{7,14}\d(?![\d\-/])/g;
const NHS = /(?<![\w\-/.£$])([1-9]\d{2})([ -]?)(\d{3})\2(\d{4})(?![\w\-/])/g;
const NI = /(?<![\w-])(?!(?:BG|GB|KN|NK|NT|TN|ZZ))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])/gi;
const POSTCODE = /(?<![\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])/gi;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = `(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{2,4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const BIRTH = new RegExp(`\\b(?:born|d\\.?\\s?o\\.?\\s?b(?:\\.|\\b)|date\\s+of\\s+birth|birth\\s?date|birthday\\b)[\\s:,\\-–]*(?:(?:is|was|on|the|=)\\s+)*(${DATE})`, 'gi');

const digits = (text: string) => text.replace(/\D/g, '');

/** A UK number as its digits from 0: +44 20 7946 0000 and 020 7946 0000 are the same number. */
export function phoneKey(text: string): string {
  const d = digits(text.replace(/\(0\)/, ''));
  if (d.startsWith('0044')) return `0${d.slice(4)}`;
  return d.startsWith('44') && text.trim().startsWith('+') ? `0${d.slice(2)}` : d;
}

/** True when ten digits pass the NHS number's Modulus 11 check. */
export function isNhsNumber(ten: string): boolean {
  if (!/^\d{10}$/.test(ten)) return false;
  const sum = [...ten.slice(0, 9)].reduce((n, d, i) => n + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(ten[9]);
}

function isUkPhone(text: string): boolean {
  const key = phoneKey(text);
  return /^0[1-35789]\d{8,9}$/.test(key);
}

/** Every personal detail found in a piece of text, in the order they appear. */
export function findPersonalData(text: string, allow: AllowList = { emails: [], phones: [] }): Finding[] {
  return locatePersonalData(text, allow).map(({ kind, text: t }) => ({ kind, text: t }));
}

/** As findPersonalData, with where in the text each one starts. */
export function locatePersonalData(text: string, allow: AllowList = { emails: [], phones: [] }): (Finding & { at: number })[] {
  const found: { kind: Kind; text: string; at: number }[] = [];
  const taken: [number, number][] = [];
  const add = (kind: Kind, match: RegExpMatchArray, whole = match[0]) => {
    const at = match.index! + match[0].indexOf(whole);
    if (taken.some(([a, b]) => at < b && at + whole.length > a)) return;
    taken.push([at, at + whole.length]);
    found.push({ kind, text: whole, at });
  };
  const allowedEmail = (e: string) =>
    allow.emails.some((a) => (a.startsWith('@') ? e.toLowerCase().endsWith(a.toLowerCase()) : e.toLowerCase() === a.toLowerCase()));
  const allowedPhones = new Set(allow.phones.map(phoneKey));

  for (const m of text.matchAll(EMAIL)) if (!allowedEmail(m[0])) add('email', m);
  for (const m of text.matchAll(BIRTH)) add('date-of-birth', m, m[0]);
  for (const m of text.matchAll(NHS)) if (isNhsNumber(`${m[1]}${m[3]}${m[4]}`)) add('nhs-number', m);
  for (const m of text.matchAll(PHONE)) {
    const candidate = m[0].trim();
    if (isUkPhone(candidate) && !allowedPhones.has(phoneKey(candidate))) add('phone', m, candidate);
  }
  for (const m of text.matchAll(NI)) add('ni-number', m);
  // "B2 4th floor" names a room: an inward code that reads as an ordinal (4th, 1st) is not a postcode.
  for (const m of text.matchAll(POSTCODE)) if (!/\d(?:st|nd|rd|th)$/.test(m[0])) add('postcode', m);
  return found.sort((a, b) => a.at - b.at);
}

/** Enough of a finding to find it again, not enough to read it: the first two and last two characters. */
export function mask(text: string): string {
  const chars = [...text];
  const visible = chars.length <= 6 ? 1 : 2;
  return chars.map((c, i) => (i < visible || i >= chars.length - visible || !/[A-Za-z0-9]/.test(c) ? c : '•')).join('');
}
