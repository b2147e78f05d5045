// What every kind of detail is looked for in: the text as the scan reads it, spelt-out marks written
// as marks and a letter O typed for a zero read as the zero; and a quick look first, which tells
// most lines need not be read at all.
import { DIGIT_OR_AT, LOOK_ALIKE, READS_AS, UNSEEN_ALL, normaliseForScan, type ScanText } from './scan-text.ts';
import { MAY_BE_SPELT_OUT, SPELT_HINT, withSpacedDots, withSpeltOutMarks } from './spelt-out.ts';

/** A comma typed for the dot before an address's ending (jo.bloggs@gmail,com): read as the dot. */
const COMMA_FOR_DOT =
  /(@[\p{L}\p{N}-]{1,63}),(?=(?:com|net|org|pl|co\.uk|org\.uk|ac\.uk|gov\.uk|nhs\.uk|nhs\.net|com\.tr)(?![\p{L}\p{N}]))/giu;

/**
 * Whether the text, as normaliseForScan makes it, could hold a detail: every pattern needs an `@`
 * or a digit, or an `@` spelt out. Most lines have none, and this is much quicker to
 * tell than normalising them. Only a digit (of any script), a circled digit or `@` can become one, or a
 * character whose NFKC form holds one (＠, ３, ①, ²); no character's canonical decomposition starts
 * with either, so the NFKC form of the whole text keeps every one its characters' forms have.
 */
export function mayHoldDetail(written: string): boolean {
  if (DIGIT_OR_AT.test(written)) return true;
  const ascii = !/[^\0-\x7f]/.test(written);
  if (!ascii && /[@\d]/.test(written.normalize('NFKC'))) return true;
  // The scan's reading is slow to make: a quicker one that keeps every letter and bracket it
  // would (control characters dropped; or NFKD, marks and unseen characters dropped and
  // look-alikes as Latin) tells first whether a spelt-out mark could be there at all.
  const letters = ascii
    ? written.replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '')
    : written
        .normalize('NFKD')
        .replace(UNSEEN_ALL, '')
        .replace(LOOK_ALIKE, (ch) => READS_AS.get(ch)!);
  return SPELT_HINT.test(letters) && MAY_BE_SPELT_OUT.test(normaliseForScan(written).text);
}

const LETTER_FOR_ZERO = /(?<![\p{L}\p{N}])[Oo](?=\d)|(?<=\d[Oo]{0,4})[Oo](?=[Oo]{0,4}(?:\d|\s|$))/gu;

/**
 * The text as the patterns read it (normaliseForScan), with spelt-out marks written as marks, and a
 * letter O typed for a 0 read as the 0: one a number opens with (O7700 900123; no postcode area or
 * NI number is an O followed by a digit), or one after a digit (07700 9OO123, 077OO 900123; no
 * inward code of a postcode has an O). `from[i]` is where character i was in the text as written.
 */
export function readForScan(written: string): ScanText {
  const { text, from } = withSpacedDots(withSpeltOutMarks(normaliseForScan(written)));
  return { text: text.replace(LETTER_FOR_ZERO, '0').replace(COMMA_FOR_DOT, '$1.'), from };
}
