// Full postcodes: not a room, a floor, a paper size, a time or a device's memory, and not those of
// public places on the allow list.
import { afterLabel } from './labels.ts';
import { normaliseForScan, spotOf, type Spot } from './scan-text.ts';

// Written with a plus between its halves in a map's address (LS1+4AP), or a spaced hyphen, or
// straight after its label or the word address in a language the site is offered in
// (PostcodeLS62AB, AddressLS62AB, CyfeiriadLS62AB).
// A zero typed for the O of SO, CO, PO, OX or OL (S017 1BJ, P01 3AB, 0X1 2JD), and a letter O for
// the zero an inward code may open with (W1A OAX), are read as what they stand for: no area is S0,
// C0, P0, 0X or 0L, and no inward code opens with a letter.
export const POSTCODE = new RegExp(
  `(?:(?<![\\w-])|(?<=[A-Za-z]-)|${afterLabel('postcode|post code|pcode|p/code|cod post|posta kodu|kod pocztowy|address|addr|cyfeiriad|adres|adresi')})(?:GIR ?0AA|(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?|[SCP]0\\d{1,2}|0[XL]\\d{1,2})(?: {1,2}|-| - |\\+)?[\\dO][ABD-HJLNP-UW-Z]{2})(?![\\w-])`,
  'gi',
);

/** The postcode areas with two letters (LS, SW, WF), as Royal Mail lists them. */
const TWO_LETTER_AREAS =
  'AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|FK|FY|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|ME|MK|ML|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE';
/**
 * A postcode with a space after its area's letters, as a hurried note may write it (LS 6 2AB): only
 * in capitals, with a real area of two letters, and an inward code that is not an ordinal or a size
 * (ST 1 2ND, HP 14 8GB): "at 6 2pm" and "A 1 2PM" are not postcodes.
 */
const SPACED_AREA = new RegExp(
  `(?<![\\w-])(?:${TWO_LETTER_AREAS}) \\d[A-Z\\d]? (?!\\d(?:ST|ND|RD|TH|GB|MB|TB|KB)(?![\\w-]))\\d[ABD-HJLNP-UW-Z]{2}(?![\\w-])`,
  'g',
);

/** A postcode as the scan compares them: capitals, no spaces or hyphens (ls1 4ap is LS14AP). */
export const postcodeKey = (text: string) =>
  normaliseForScan(text)
    .text.toUpperCase()
    .replace(/[\s+-]/g, '')
    .replace(/^([SCP])0(?=\d)/, '$1O')
    .replace(/^0(?=[XL]\d)/, 'O')
    .replace(/O(?=[A-Z]{2}$)/, '0');

/** A device's brand or model, before its memory: Galaxy A12 4GB. */
const DEVICE =
  /(?:galaxy|tab|lenovo|moto|nokia|fire|ipad|iphone|pixel|kindle|chromebook|samsung|xiaomi|redmi|oppo|huawei|honor)\b[^.\n]*$/i;
/** What an ordinal in capitals counts: 1ST FLOOR, 4TH QUARTER. */
const ORDINAL_OF = /^\s+(?:floor|quarter|term|year|week|month|edition|round|wave|phase)(?!\p{L})/iu;

/** Every full postcode in the text as the scan reads it, but those `allowed` holds (as postcodeKey gives them). */
export function postcodesIn(text: string, allowed: ReadonlySet<string>): Spot[] {
  // "B2 4th floor" names a room: an inward code that reads as an ordinal (4th, 1st) is not a postcode.
  // In capitals it may be one (WF1 0RD, LS2 9TH).
  // "A4 2pp" and "A1 2hr" are paper and time: capitals, then a unit in small letters. A postcode
  // written any other way (Ls1 4ap, sw1a 1AA) is still one.
  const paperOrTime = (t: string) => /^[A-Z]\d\W*\d(?:pp|hr|hs|am|pm|mm|cm|kg|gb|mb|ml|st|nd|rd|th)$/.test(t);
  // A letter O for the inward code's zero only in capitals (W1A OAX): room G1 one evening is words.
  const wordAsInward = (t: string) => /o[a-z]{2}$/i.test(t) && !/O[A-Z]{2}$/.test(t);
  // An ordinal in capitals before what it counts is a floor or a quarter (E1 1ST FLOOR, FY23 4TH QUARTER).
  const ordinalBefore = (m: RegExpMatchArray) =>
    /\d(?:ST|ND|RD|TH)$/i.test(m[0]) &&
    ORDINAL_OF.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12));
  // A device's memory after its model is a size (Galaxy A12 4GB, Lenovo Tab M10 3GB).
  const deviceSize = (m: RegExpMatchArray) =>
    /\d[GMT]B$/i.test(m[0]) && DEVICE.test(text.slice(Math.max(0, m.index! - 24), m.index!));
  // The spaced form only where two capitals and a space come before a digit: most text has none.
  const spaced = /[A-Z]{2} \d/.test(text) ? [...text.matchAll(SPACED_AREA)] : [];
  return [...text.matchAll(POSTCODE), ...spaced]
    .filter(
      (m) =>
        !/\d(?:st|nd|rd|th)$/.test(m[0]) &&
        !ordinalBefore(m) &&
        !deviceSize(m) &&
        !paperOrTime(m[0]) &&
        !wordAsInward(m[0]) &&
        !allowed.has(postcodeKey(m[0])),
    )
    .map((m) => spotOf(m));
}
