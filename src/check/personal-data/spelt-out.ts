// Addresses written to slip past a scan, or typed in haste: an @ or a dot in brackets or in words,
// joined by hyphens, doubled, written (a), or with spaces around the dots. Each is written as the mark
// it stands for, keeping where each character was.
import {
  ASKED_BEFORE,
  ASKS_FOR_ADDRESS,
  AT_SERVICE_NAME,
  SERVICE_DOMAIN,
  SERVICE_FIRST_PART,
  SERVICE_NAME,
} from './mail.ts';
import { type Mark, type ScanText, withMarks } from './scan-text.ts';

/**
 * An address written to slip past a scan: jo (at) example (dot) org, jo [@] example [.] org, in
 * brackets; or as words, jo at example dot org, only when it ends in `dot` and a common ending
 * (.org, .co.uk): "at" and "dot" in a sentence are left alone, and AT is the start of some
 * National Insurance numbers.
 */
// In brackets, the words for @ and dot in the languages the site is offered in as well:
// Polish małpa and kropka, Turkish et and nokta.
const AT_WORD = 'at|ma[lł]pa|et';
const DOT_WORD = 'dot|kropka|nokta';
const SPELT_OUT = new RegExp(`\\s*[([{<]\\s*(${AT_WORD}|${DOT_WORD}|@|\\.)\\s*[)\\]}>]\\s*`, 'gi');
export const MAY_BE_SPELT_OUT = new RegExp(
  `[([{<]\\s*(?:${AT_WORD}|${DOT_WORD}|@|\\.)\\s*[)\\]}>]|[\\p{L}\\p{N}][-_](?:at|et)[-_][\\p{L}\\p{N}]|\\s(?:${DOT_WORD}|ma[lł]pa)\\s|\\s[ae]t\\s+(?:${SERVICE_DOMAIN}|(?:${SERVICE_NAME})\\b)|\\(a\\)\\s?(?:${SERVICE_FIRST_PART})`,
  'iu',
);
/** A bracket before a word for `@` or `.` or the mark, or the word `dot`: what a spelt-out mark needs, as mayHoldDetail reads it quickly. */
export const SPELT_HINT = new RegExp(
  `[([{<][^\\p{L}\\p{N}]*(?:${AT_WORD}|${DOT_WORD}|@|\\.)|[-_](?:at|et)[-_]|\\b(?:${DOT_WORD}|ma[lł]pa)(?![\\p{L}\\p{N}])|\\b[ae]t\\s+(?:${SERVICE_FIRST_PART})\\b|\\(a\\)\\s?(?:${SERVICE_FIRST_PART})`,
  'iu',
);
const IS_AT = new RegExp(`^(?:${AT_WORD}|@)$`, 'i');
/** The last parts of the addresses people have, as an address written in words or spaced ends. */
const LAST_PART = 'com|org|net|uk|gov|edu|io|info|me|scot|wales|cymru|eu|biz|pl|tr|de|ru|ie|fm';
/** An ending in words: a last part, or a part before one (nhs, ac, co of .nhs.uk, .ac.uk, .co.uk). */
const ENDING = `(?:${LAST_PART}|nhs|ac|co)(?![\\p{L}\\p{N}])`;
/**
 * Words a web address is read out after, with at (or the Turkish et of a verb: ziyaret et, visit):
 * us at, more at, book at, the form is at.
 */
export const READ_OUT_AFTER =
  'us|me|them|you|him|her|it|one|more|online|details|tickets|information|info|website|site|page|book|survey|form|group|is|are|visit|find|apply|register|join|listen|watch|download|translate|order|now|today|here|up|say|involved|part|feedback|report|version|open|available|again|back|place|help|advice|support|resources|subscribe|vote|chat|donations|look|close|ziyaret|takip|kontrol|davet|dikkat|rica|tesekkur|yardim|kayit|abone';
/**
 * An address in words: jo at example dot org, jan małpa gmail kropka com, ayse et gmail nokta com.
 * Not a web address read out after "us at" or "more at" (Visit us at wrenfold dot gov dot uk); but
 * such a word ending an address's first part is part of it (jo.apply małpa gmail kropka com).
 */
const IN_WORDS = new RegExp(
  `(?<=[\\p{L}\\p{N}_%+-])(?<!(?:^|[^\\p{L}\\p{N}._%+-])(?:${READ_OUT_AFTER}))\\s+(?:${AT_WORD})\\s+(?:[\\p{L}\\p{N}-]+\\s+(?:${DOT_WORD})\\s+)+${ENDING}`,
  'giu',
);
const WORD_MARK = new RegExp(`\\s+(${AT_WORD}|${DOT_WORD})\\s+`, 'gi');
/**
 * The word at (Turkish et) before a mail service's domain, after what reads as an address's first
 * part: one with a dot, underscore, hyphen or digit (jo.bloggs at gmail.com), a name in brackets (Jo
 * (jobloggs at gmail.com)), or a name after words that ask for an address (Email jo at gmail.com, Her
 * email is jobloggs at gmail.com, e-posta: ayse et gmail.com); not "sign up at outlook.com", "Staff at
 * nhs.net" or "Email forwarding at nhs.net".
 */
const AT_BEFORE_SERVICE = new RegExp(
  `(?<=(?:[\\p{L}\\p{N}]{1,64}[._\\d-][\\p{L}\\p{N}._-]{0,64}|[\\p{L}\\p{N}]{1,64}\\s+dot\\s+[\\p{L}\\p{N}]{1,64}|[([<]\\s*[\\p{L}\\p{N}]{1,64}|(?:${ASKS_FOR_ADDRESS})(?:['’]s)?(?:\\s+(?:address|is|me|us|at|on|via|to|jest|yw|ydy|adresim)){0,3}\\s{0,3}[:=–-]?\\s{1,3}(?!(?:address(?:es)?|accounts?|inbox(?:es)?|forwarding|security|delivery|migration|users?|staff|people|me|us|them|him|her|it|you|one|is|are|was|from|to|for|via|sent)\\b)[\\p{L}\\p{N}]{1,64}))\\s+[ae]t\\s+(?=${SERVICE_DOMAIN}|(?:${SERVICE_NAME})(?![\\p{L}\\p{N}.-]))`,
  'giu',
);
/**
 * A name, at (or et) and a mail service's domain, as a whole line or field and nothing else, the name
 * in small letters as addresses are written: "jobloggs at gmail.com". In a sentence the words before
 * at may be anyone's (People at gmail.com), and a heading starts with a capital (Changes at nhs.net).
 */
const LONE_IN_WORDS = new RegExp(
  `^[^\\S\\n]*(?-i:[\\p{Ll}\\p{N}])[\\p{L}\\p{N}._-]{0,63}([^\\S\\n]+[ae]t[^\\S\\n]+)(?=${SERVICE_DOMAIN}[^\\S\\n]*[.,;!]?[^\\S\\n]*$)`,
  'gimu',
);
/** Małpa, the Polish word for @, between an address's parts in words: jan.kowalski małpa wp.pl. */
const MALPA_BEFORE_DOMAIN = new RegExp(
  `(?<=[\\p{L}\\p{N}_%+-])\\s+ma[lł]pa\\s+(?=[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,63})`,
  'giu',
);
/**
 * At and dot written between hyphens or underscores, as in a web address's words: jo-at-gmail.com,
 * jo_at_example_dot_org. Only before a mail service's domain or a name and a common ending, and
 * with the first part from a word's start: a-day-at-nhs-dot-net-event in a page's address is words.
 */
const JOINED_WORDS = new RegExp(
  `(?<=(?:^|[\\s(<\\[,;:'"“])[\\p{L}\\p{N}.%+]{1,64})([-_])(?:at|et)\\1(?:(?=${SERVICE_DOMAIN})|(?:[\\p{L}\\p{N}]{1,63}\\1(?:${DOT_WORD})\\1){1,4}${ENDING}(?![-_.][\\p{L}\\p{N}]))`,
  'giu',
);
const JOINED_MARK = new RegExp(`[-_](${AT_WORD}|${DOT_WORD})[-_]`, 'gi');
/**
 * An @ written as (a) before a mail service's domain: jo.bloggs(a)gmail.com, jo.bloggs (a) gmail.com.
 * Not 2(a)St.James's or Ref3(a)mind.org.uk, a list's item before a name or a web address.
 */
const A_FOR_AT = new RegExp(`(?<=\\p{L}[\\p{L}\\p{N}._%+-]{1,63})\\s?\\(a\\)\\s?(?=${SERVICE_DOMAIN})`, 'giu');
/** An @ typed twice in haste, with spaces or not: jo@@gmail.com, jo @@ gmail.com. */
const DOUBLED_AT = /(?<=[\p{L}\p{N}_%+-]) ?@{2,3} ?(?=[\p{L}\p{N}])/gu;
/** The word for dot after an @: jo@gmail dot com, jan@wp kropka pl. */
const DOT_AFTER_AT = new RegExp(`(?<=@ ?[\\p{L}\\p{N}-]{1,63})\\s+(?:${DOT_WORD})\\s+(?=${ENDING})`, 'giu');

/**
 * A mark written as a link writes it (%2B is +, %40 is @, %20 a space): a phone app or mail program
 * reads tel:%2B447700900123 as the number. Only punctuation and the space, which is all a detail needs.
 */
const PERCENT_MARK = /%(?:2[0-9a-f]|3[a-f]|40)/gi;

/** An address's first part as a word ends the text: jo, jo.bloggs, jo_b85. */
const LAST_TOKEN = /[\p{L}\p{N}._%+-]+$/u;
/** An address's ending in words, straight before: the end of the address before in a list. */
const ADDRESS_ENDS = new RegExp(`\\bdot\\s+${ENDING}\\s*$`, 'iu');
/**
 * Someone by name, or her, him or them, then at, on or via, straight before the word: someone at
 * an address (Contact Jo at jobloggs at gmail dot com, email her at …). Not a word starting its
 * sentence (Support at home at wrenfold dot gov dot uk), nor us (Find us at events at …).
 */
const SOMEONE_AT = /(?:\S\s+(?-i:\p{Lu}\p{Ll}+)|(?:^|[^\p{L}\p{N}])(?:her|him|them))\s+(?:at|on|via)\s+$/iu;
/** A first part that is a price, an hour, a day or a count, or a word that joins a list: £3 at, 7pm at, Tuesday at, page 12 at, and at. */
export const NOT_A_FIRST_PART =
  /^(?:\d+(?:[ap]m)?|and|or|but|then|plus|also|noon|midday|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
const PRICE_BEFORE = /[£$€]$/u;
/** A word in capitals, as a sentence or a label starts (Events at …, Donate at …): not how anyone writes their own address. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Where a sentence, a clause, a bracket or a label's value starts. */
const CLAUSE_START = /^[\s\S]*[.!?:;,([{<\n]/;
/**
 * Whether a plain word before at and a domain in words ends a sentence's other words, so reads out
 * a web address (Tell us what you think at wrenfold dot org, Help with housing at shelter dot org
 * dot uk): not after words asking for an address (Email jo at …) or after someone at (Contact Jo at
 * jobloggs at …), nor when the word starts its sentence or line in small letters (jo at wrenfold
 * dot org) or looks like an address's first part (jo.bloggs, jo85). A price, an hour or a joining
 * word is never a first part (£3 at …, 7pm at …, and at …), nor an organisation's name at its own
 * website (Contact Mind at mind dot org dot uk).
 */
function readsOutAnAddress(before: string, domain: string): boolean {
  const local = LAST_TOKEN.exec(before)?.[0] ?? '';
  const rest = before.slice(0, before.length - local.length);
  if (NOT_A_FIRST_PART.test(local) || PRICE_BEFORE.test(rest)) return true;
  // An organisation at its own website: Contact Mind at mind dot org dot uk.
  if (local.length >= 3 && CAPITALISED.test(local) && domain.toLowerCase().includes(local.toLowerCase())) return true;
  if (/[._%+\d-]/.test(local) || ASKED_BEFORE.test(rest) || SOMEONE_AT.test(rest)) return false;
  // The word starts its clause in small letters (jo at …), or follows another address's ending (a
  // list: jo at … dot org sam at …).
  const startsClause = rest.replace(CLAUSE_START, '').trim() === '';
  return !((startsClause && !CAPITALISED.test(local)) || ADDRESS_ENDS.test(rest));
}

/**
 * The text with every spelt-out `@` and `.`, and every mark a link spells out as %xx, written as
 * one, keeping where each character came from.
 */
export function withSpeltOutMarks(scanned: ScanText): ScanText {
  const { text } = scanned;
  const encoded = text.includes('%');
  if (!encoded && !MAY_BE_SPELT_OUT.test(text) && !text.includes('@@')) return scanned;
  const marks: Mark[] = [];
  if (encoded)
    for (const m of text.matchAll(PERCENT_MARK))
      marks.push({ index: m.index, length: 3, mark: String.fromCharCode(parseInt(m[0].slice(1), 16)) });
  for (const m of text.matchAll(SPELT_OUT))
    marks.push({ index: m.index, length: m[0].length, mark: IS_AT.test(m[1]!) ? '@' : '.' });
  for (const words of text.matchAll(IN_WORDS)) {
    const domain = /^\s+\S+\s+(\S+)/.exec(words[0])?.[1] ?? '';
    if (readsOutAnAddress(text.slice(Math.max(0, words.index - 96), words.index), domain)) continue;
    for (const m of words[0].matchAll(WORD_MARK))
      marks.push({ index: words.index + m.index, length: m[0].length, mark: IS_AT.test(m[1]!) ? '@' : '.' });
  }
  for (const m of text.matchAll(AT_BEFORE_SERVICE)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  for (const m of text.matchAll(LONE_IN_WORDS))
    marks.push({ index: m.index + m[0].length - m[1]!.length, length: m[1]!.length, mark: '@' });
  for (const m of text.matchAll(MALPA_BEFORE_DOMAIN)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  for (const m of text.matchAll(DOT_AFTER_AT)) marks.push({ index: m.index, length: m[0].length, mark: '.' });
  for (const words of text.matchAll(JOINED_WORDS))
    for (const m of words[0].matchAll(JOINED_MARK))
      marks.push({ index: words.index + m.index, length: m[0].length, mark: IS_AT.test(m[1]!) ? '@' : '.' });
  for (const m of text.matchAll(A_FOR_AT)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  if (text.includes('@@'))
    for (const m of text.matchAll(DOUBLED_AT)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  return withMarks(scanned, marks);
}

/**
 * An address's parts after its @, with dots that may have a space beside them (jo . bloggs @ gmail
 * . com, spaced against spam), ending in a common ending; one in capitals is judged by
 * spacedEndingReadsAsAddress.
 */
const SPACED_AFTER_AT = new RegExp(
  `^ ?[\\p{L}\\p{N}-]{1,63}(?: ?\\. ?[\\p{L}\\p{N}-]{1,63}){0,8}?(?<dot> ?\\. ?)(?<ending>${LAST_PART})(?![\\p{L}\\p{N}-])`,
  'iu',
);
const SPACED_DOT = / \. ?|\. /g;
const LOCAL_CHAR = /[\p{L}\p{N}_%+-]/u;
const STARTS_SMALL = /[\p{Ll}\p{N}]/u;
/**
 * Whether an ending in capitals after a spaced dot reads as an address's: all of it in capitals
 * (GMAIL . COM), or at a mail service (Gmail . Com). A full stop then a capital ends a sentence
 * (gmail. Com), and so may a spaced one: Drop-in @ Kirkgate . Info on the website.
 */
function spacedEndingReadsAsAddress(after: RegExpExecArray): boolean {
  const { dot, ending } = after.groups!;
  if (!/^\p{Lu}/u.test(ending!)) return true;
  if (!dot!.startsWith(' ')) return false;
  return !/\p{Ll}/u.test(after[0]) || AT_SERVICE_NAME.test(`@${after[0].trim().split(/ ?\./)[0]}`);
}
/** How far after an @ an address's parts may reach: 255 characters, as the standard allows, and their spaces. */
const REACH = 400;

/**
 * Where an address's first part starts, read back from its @ (at `at`): parts of at most 64
 * characters, joined by dots that may have a space beside them, at most nine. Before the @, a dot
 * and then a space and a capital ends a sentence (Thanks. Jo@…), so the part stops there.
 */
function startBeforeAt(text: string, at: number): number {
  let i = at;
  if (text[i - 1] === ' ') i--;
  let start = at;
  for (let parts = 0; parts < 9; parts++) {
    let j = i;
    while (j > 0 && i - j < 64 && LOCAL_CHAR.test(text[j - 1]!)) j--;
    if (j === i) break;
    start = j;
    // A dot before this part: ' . ', ' .', '. ' or '.'.
    let k = j;
    const spaceAfterDot = text[k - 1] === ' ';
    if (spaceAfterDot) k--;
    if (text[k - 1] !== '.') break;
    k--;
    const spaceBeforeDot = text[k - 1] === ' ';
    if (spaceAfterDot && !spaceBeforeDot && !STARTS_SMALL.test(text[j]!)) break;
    if (spaceBeforeDot) k--;
    i = k;
  }
  return start;
}

/** The text with the spaced dots of each address written as dots, keeping where each character came from. */
export function withSpacedDots(scanned: ScanText): ScanText {
  const { text } = scanned;
  if (!text.includes('@') || !/ \.|\. /.test(text)) return scanned;
  const marks: Mark[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const after = SPACED_AFTER_AT.exec(text.slice(at + 1, at + 1 + REACH));
    if (!after || !spacedEndingReadsAsAddress(after)) continue;
    const from = startBeforeAt(text, at);
    for (const m of text.slice(from, at + 1 + after[0].length).matchAll(SPACED_DOT))
      marks.push({ index: from + m.index, length: m[0].length, mark: '.' });
  }
  return marks.length > 0 ? withMarks(scanned, marks) : scanned;
}
