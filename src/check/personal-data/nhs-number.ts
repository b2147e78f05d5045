// NHS numbers: ten digits that pass the number's own check, unless a label says they are something
// else, and ten digits after words that name an NHS number, even mistyped.
import { afterLabel } from './labels.ts';
import { digits, spotOf, type Spot } from './scan-text.ts';

/** Ten digits straight after words that name an NHS number, even when one was mistyped and the check fails. */
const NHS_NAMED = new RegExp(
  `(?<=(?:^|[^A-Za-z])nhs(?:\\s*(?:number|no\\.?))?\\s*[:#=-]?\\s*)\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\w-])`,
  'gi',
);
const NHS = new RegExp(
  `(?:(?<![\\w\\-/£$=])|${afterLabel('nhs|nhsno')})(?<!\\d\\.)[1-9](?:[ ./_-]?\\d){9}(?![\\w-]|\\/\\w)`,
  'gi',
);
/**
 * Ten digits that are something else: a date and the hour after it (2025-01-02 14:00, 17/01/2025
 * 14:00), a sum grouped in thousands (1 500 000 000, 1.500.000.000), or days ending in a month and
 * year (17 – 19.03.2025).
 */
const NOT_AN_NHS_NUMBER =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[ T]\d{1,2}$|^\d{1,3}([ .])\d{3}\1\d{3}\1\d{3}$|[./-]\d{1,2}[./-](?:19|20)\d{2}$/;

/** True when ten digits pass the NHS number's Modulus 11 check. */
export function isNhsNumber(ten: string): boolean {
  if (!/^\d{10}$/.test(ten)) return false;
  const sum = [...ten.slice(0, 9)].reduce((n, d, i) => n + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(ten[9]);
}

/**
 * A label that says what ten digits are when they are not a person's NHS number: an ISBN (ISBN
 * 1-84356-028-3), an online meeting's ID (Meeting ID: 943 476 5919), a reference (Case ref, PO
 * number, Booking reference), each of which passes the NHS number's check one time in eleven.
 */
const NAMED_NOT_PERSONAL =
  /(?:ISBN(?:-1[03])?[:-]?|(?:(?:meeting|webinar|conference|zoom|teams|survey|form|transaction)\s*(?:id|number|no\.?)|zoom|uprn|(?:(?:foi|freedom of information)(?:\s+request)?|order|purchase order|po|ticket|invoice|complaint|case|booking|grant|batch|contract|application|claim|account|ref(?:erence)?|project|document|receipt|response|supplier|licen[cs]e|registration|company|charity|vat|datix|incident|cost\s+cent(?:re|er)|code|serial)(?:\s*(?:no\.?|number|ref(?:erence)?|id))?)\s*[:#]?)\s*$/i;

/** An NHS number named after its digits, whatever label came before: Ref 943 476 5919 (NHS), … NHS number. */
const NAMED_AFTER =
  /^\s*(?:\(\s*nhs(?:\s*(?:number|no\.?))?\s*\)|[,:-]?\s*(?:is\s+(?:my|his|her|their)\s+)?nhs\s*(?:number|no\b))/i;

/** Every NHS number in the text as the scan reads it. */
export function nhsNumbersIn(text: string): Spot[] {
  const found: Spot[] = [];
  // A label naming a reference counts for nothing in a line that names an NHS number before it
  // (Her NHS number, in order: 943 476 5919).
  const afterName = (m: RegExpMatchArray) =>
    NAMED_NOT_PERSONAL.test(text.slice(Math.max(0, m.index! - 24), m.index!)) &&
    !NAMED_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24)) &&
    !/nhs\s*(?:number|no)/i.test(text.slice(Math.max(0, m.index! - 48), m.index!));
  for (const m of text.matchAll(NHS))
    // A round sum or serial (1500000000) is not one: six zeros end one NHS number in a million.
    if (!afterName(m) && !NOT_AN_NHS_NUMBER.test(m[0]) && isNhsNumber(digits(m[0])) && !/0{6}$/.test(digits(m[0])))
      found.push(spotOf(m));
  for (const m of text.matchAll(NHS_NAMED)) found.push(spotOf(m));
  return found;
}
