// UK phone numbers: written with the UK's code or from the 0, in a link to a messaging app, or after
// 44 without its plus; not a time range, a date, a scale or an ISBN.
import { afterWordOr } from './labels.ts';
import { digits, spotOf, type Spot } from './scan-text.ts';

/** The UK's code as people write it: +44, 0044, + 44, (+44), [+44], +(44). */
const INTERNATIONAL = '(?:\\+ ?44|00 ?44|[(\\[]\\+ ?44[)\\]]|\\+\\(44\\)|[(\\[] ?44 ?[)\\]](?=[\\s.-]?[\\d(]))';
const PHONE = new RegExp(
  `(?:(?<![\\w\\-+£$])|${afterWordOr('tel|telephone|phone|mob|mobile|cell|m|t|whatsapp|sms')})(?<!\\d\\.)(?:${INTERNATIONAL}(?: ?[-./]{1,2} ?|\\s)?(?:\\(0\\)[\\s.-]?)?\\(?|\\(?0[\\s.-]?)\\d[\\d\\s.\\-()/]{7,20}\\d(?![\\d-])`,
  'gi',
);
/** A mobile number after the UK's code without its plus, as WhatsApp shows one: 447700900123, 44 7700 900123. */
const MOBILE_WITHOUT_PLUS = /(?<![\w+£$.,/-])44[\s.-]?(?:\(0\)[\s.-]?)?(7\d{3}[\s.-]?\d{3}[\s.-]?\d{3})(?![\w-])/g;
/** Words that name a phone number straight before it: Tel:, Jo's mob:, Mobile number. */
const PHONE_WORDS = 'tel|telephone|phone|mob|mobile|cell|whatsapp|sms|text';
/** Those words, or call or ring someone, then on or is: Call Jo on, Jo's number is, Ring Jo:. */
const NAMED_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(?:${PHONE_WORDS}|call|ring|number)\\.?(?:\\s+(?:no\\.?|number|is|on|me|us|(?-i:[A-Z][a-z]+)))*\\s*[:=#-]?\\s*$`,
  'i',
);
/** A mobile number without its 0 after words that name a phone (Jo's mob: 7700 900123): the 0 is read in. */
const MOBILE_WITHOUT_ZERO = new RegExp(
  `(?=7)(?<=(?:^|[^A-Za-z])(?:${PHONE_WORDS})\\.?(?:\\s*(?:no\\.?|number))?\\s*[:=#-]?\\s*)7\\d{3}[\\s.-]?\\d{3}[\\s.-]?\\d{3}(?![\\w-])`,
  'gi',
);
const INTERNATIONAL_START = new RegExp(`^${INTERNATIONAL}`);
const PHONE_IN_LINK =
  /(?:wa\.me\/|t(?:elegram)?\.me\/|signal\.me\/#p\/|[?&](?:phone|tel|number|mobile)=)\+?(44\d{9,10}|0\d{10})(?!\d)/gi;

/** A UK number as its digits from 0: +44 20 7946 0000 and 020 7946 0000 are the same number. */
export function phoneKey(text: string): string {
  const d = digits(text.replace(/\(0\)/, ''));
  // The 0 is dropped after the UK's code, but often kept by mistake (+44 07700 900123): one number.
  if (d.startsWith('0044')) return `0${d.slice(4).replace(/^0/, '')}`;
  return d.startsWith('44') && /^(?:[([]?\+|[([] ?44 ?[)\]])/.test(text.trim())
    ? `0${d.slice(2).replace(/^0/, '')}`
    : d;
}

/**
 * The lengths the UK numbering plan gives a person's number: eleven digits from the 0, and ten
 * only in some areas whose codes start 01. Ten digits from any other 0 are no one's own number (a
 * ten-digit 0800 number is a service's), but are often something else: a time range and a day
 * (0930–1130 14 March, 0800–1000 10 May), an ISBN.
 */
const UK_NUMBER = /^0(?:[1-35789]\d{9}|1\d{8})$/;

function isUkPhone(text: string): boolean {
  return UK_NUMBER.test(phoneKey(text));
}
/**
 * The UK phone number a run of digits opens with, if any. A number followed by another (07700
 * 900123 9am, 07700 900123 2025) is one run to the pattern, so the groups at its end are dropped
 * one at a time until what is left is a phone number or too short to be one.
 */
function phoneIn(run: string, named: boolean): string | undefined {
  for (let candidate = run; candidate.length >= 10; candidate = candidate.replace(/[\s.\-()/]+\d+$/, '')) {
    // Digit by digit (0 7 7 0 0 …) only as written whole: what is left of 0 1 2 … 10 is a scale.
    if (isPhoneShaped(candidate, candidate === run, named)) return candidate;
    if (!/[\s.\-()/]\d+$/.test(candidate)) return undefined;
  }
  return undefined;
}

function isPhoneShaped(candidate: string, whole: boolean, named: boolean): boolean {
  // Dots separate the groups of a phone number (07700.900.123) but also of dates and times
  // (01.04.24 10.30): a dotted number counts only when it opens with a whole area code.
  if (candidate.includes('.') && !new RegExp(`^(?:${INTERNATIONAL}|0\\d{2,4}\\.)`).test(candidate)) return false;
  // A date written with dashes or slashes (01-04-2025 10:30) is not a phone number either.
  if (/^0?\d[-/]\d{1,2}[-/](?:19|20)\d{2}(?!\d)/.test(candidate)) return false;
  // A phone number is written in at most four groups (+44 20 7946 0000), or digit by digit:
  // 0-10-20-30-40-50 is a scale. In pairs (07 70 09 00 12 3), six, after the UK's code or words
  // that name a phone.
  const groups = candidate.replace(INTERNATIONAL_START, '').replace(/\(0\)/, '').match(/\d+/g) ?? [];
  const most = named || INTERNATIONAL_START.test(candidate) ? 6 : 4;
  if (groups.length > most && !(whole && groups.every((g) => g.length === 1))) return false;
  // 0123456789, however it is spaced, is counting, not a number anyone has.
  const key = phoneKey(candidate);
  if ([...key].every((d, i) => i === 0 || Number(d) === Number(key[i - 1]) + 1)) return false;
  return isUkPhone(candidate);
}

const AFTER_ISBN = /ISBN(?:-1[03])?[:-]?\s*$/i;
/** An ISBN-10's check: the digits weighted 10 down to 1 sum to a multiple of 11. */
const isIsbn10 = (ten: string) =>
  ten.length === 10 && [...ten].reduce((sum, d, i) => sum + Number(d) * (10 - i), 0) % 11 === 0;

/** Every UK phone number in the text as the scan reads it, but those `allowed` holds (as phoneKey gives them). */
export function phonesIn(text: string, allowed: ReadonlySet<string>): Spot[] {
  const found: Spot[] = [];
  // Only a book's number hides a number shaped like a phone's: an order or a ticket may be a phone's.
  const isbn = (m: RegExpMatchArray) =>
    AFTER_ISBN.test(text.slice(Math.max(0, m.index! - 24), m.index!)) && isIsbn10(digits(m[0]));
  // By hand rather than matchAll: when a run holds a phone number and then more digits, the search
  // goes on from the end of the number, so a second number in the same run is found too.
  const phones = new RegExp(PHONE.source, PHONE.flags);
  for (let m = phones.exec(text); m; m = phones.exec(text)) {
    if (isbn(m)) continue;
    // After a full stop, only after an abbreviation for a phone (Tel.07700 900123), not No.0200 …
    if (
      text[m.index - 1] === '.' &&
      !/\b(?:tel|ph|phone|mob|mobile|m|t|kom|(?:tel|telephone|phone|mob|mobile|contact|cep|cell|home|work)\.?\s?no)\.$/i.test(
        text.slice(Math.max(0, m.index - 16), m.index),
      )
    )
      continue;
    const candidate = phoneIn(m[0].trim(), NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)));
    if (!candidate) continue;
    if (!allowed.has(phoneKey(candidate))) found.push(spotOf(m, candidate));
    phones.lastIndex = m.index + m[0].indexOf(candidate) + candidate.length;
  }
  // A link to a messaging app writes the number without its + (wa.me/447700900123, ?phone=447700900123),
  // or from its 0 (wa.me/07700900123).
  for (const m of text.matchAll(PHONE_IN_LINK)) {
    const number = m[1]!.startsWith('0') ? m[1]! : `+${m[1]!}`;
    if (isUkPhone(number) && !allowed.has(phoneKey(number))) found.push(spotOf(m, m[1]!));
  }
  for (const m of text.matchAll(MOBILE_WITHOUT_PLUS)) if (!allowed.has(phoneKey(`+${m[0]}`))) found.push(spotOf(m));
  for (const m of text.matchAll(MOBILE_WITHOUT_ZERO)) if (!allowed.has(`0${digits(m[0])}`)) found.push(spotOf(m));
  return found;
}
