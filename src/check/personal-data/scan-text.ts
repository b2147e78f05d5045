// The text as the patterns read it: what a reader does not see dropped, look-alike characters
// and every script's digits read as what they show, with where each character was written, so a
// finding can be quoted and masked as written.

export const digits = (text: string) => asciiDigits(text).replace(/\D/g, '');

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * A decimal digit of any script (٣ Arabic-Indic, ۳ Persian, ३ Devanagari, ３ fullwidth) as 0–9.
 * Unicode encodes every script's digits as a run of ten, 0 to 9, so a digit's value is how far
 * it is into its run; runs that touch (the mathematical digits) each still start at a 0.
 */
function digitValue(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  if (code >= 0x30 && code <= 0x39) return ch;
  if (!DECIMAL_DIGIT.test(ch)) return undefined;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** The text with every decimal digit, of whatever script, written 0–9 (one character for one). */
export function asciiDigits(text: string): string {
  return /[^\p{ASCII}]/u.test(text) ? text.replace(/\p{Nd}/gu, (d) => digitValue(d) ?? d) : text;
}

// What a reader does not see: characters Unicode says to show as nothing (soft hyphens, zero-width
// spaces, direction marks and isolates, variation selectors, fillers), format and control
// characters, and marks drawn on another character (a keycap, an underline, an accent).
const UNSEEN = /[\p{Default_Ignorable_Code_Point}\p{M}\p{Cf}\p{Cc}]/u;
export const UNSEEN_ALL = new RegExp(UNSEEN.source, 'gu');
const DASH = /[\u2010-\u2012\u2212\ufe58\ufe63\uff0d]/u;
/**
 * Digits drawn in circles that Unicode's compatibility forms leave alone (❼, ⓿, ⓵), each as its
 * value: runs of ten from 1 to 10, and the zeros.
 */
const ENCLOSED_DIGITS: [string, string][] = [
  ...[0x2776, 0x2780, 0x278a, 0x24f5].flatMap((start) =>
    Array.from({ length: 10 }, (_, i): [string, string] => [String.fromCodePoint(start + i), String(i + 1)]),
  ),
  ...Array.from({ length: 10 }, (_, i): [string, string] => [String.fromCodePoint(0x24eb + i), String(i + 11)]),
  ['\u24ff', '0'],
  ['\u{1f10b}', '0'],
  ['\u{1f10c}', '0'],
];

/** An `@`, a decimal digit of any script, or a circled digit. */
export const DIGIT_OR_AT = new RegExp(`[@\\p{Nd}${ENCLOSED_DIGITS.map(([ch]) => ch).join('')}]`, 'u');

/**
 * Cyrillic and Greek letters drawn exactly as Latin ones (А, В, Е, К, М, Н, О, Р, С, Т, Х and
 * their like), each as the Latin letter: SW1А 1АА with Cyrillic А is a postcode to a reader. Only
 * letters drawn the same, not Unicode's whole table of confusable characters, which also reads
 * digits as letters (0 as O) and would hide the numbers the scan looks for.
 */
const LOOKS_LATIN: [string, string][] = [
  ...[...'АВЕЅІЈКМНОРСТУХ'].map((ch, i): [string, string] => [ch, 'ABESIJKMHOPCTYX'[i]!]),
  ...[...'аеѕіјорсухһԁԛԝ'].map((ch, i): [string, string] => [ch, 'aesijopcyxhdqw'[i]!]),
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((ch, i): [string, string] => [ch, 'ABEZHIKMNOPTYX'[i]!]),
  ['ο', 'o'],
];

export const LOOK_ALIKE = new RegExp(`[${LOOKS_LATIN.map(([ch]) => ch).join('')}]`, 'gu');

/** Characters that read as another, and that Unicode's compatibility forms leave alone. */
export const READS_AS = new Map([
  ['\u2044', '/'], // fraction slash
  ['\u2215', '/'], // division slash
  ['\u29f8', '/'], // big solidus
  ['\u066b', '.'], // Arabic decimal separator
  ['\u066c', ','], // Arabic thousands separator
  ['\u2800', ' '], // braille blank
  ['\u0085', ' '], // next line
  ['\u3002', '.'], // ideographic full stop
  ['\uff61', '.'], // halfwidth ideographic full stop
  // Dots and bullets between groups of digits, and dashes between words, read as spaces.
  ['\u00b7', ' '],
  ['\u2022', ' '],
  ['\u2027', ' '],
  ['\u2219', ' '],
  ['\u22c5', ' '],
  ['\u30fb', ' '],
  ['\u2013', ' '],
  ['\u2014', ' '],
  ['\u2015', ' '],
  ['\uff65', ' '], // halfwidth middle dot
  ['\u2043', '-'], // hyphen bullet
  ['\u2e3a', '-'], // two-em dash
  ['\u2e3b', '-'], // three-em dash
  ['\u2e40', '-'], // double hyphen
  ['\u30a0', '-'], // katakana double hyphen
  ['\u301c', '-'], // wave dash
  ['\u1806', '-'], // Mongolian soft hyphen
  ['\u05be', '-'], // Hebrew maqaf
  ['\u060c', ','], // Arabic comma
  ['\u0640', ''], // Arabic tatweel, which only draws a letter longer
  ...ENCLOSED_DIGITS,
  ...LOOKS_LATIN,
]);

/** Text as the scan reads it, and where in the text as written each of its characters was (`from[i]`). */
export interface ScanText {
  text: string;
  from: number[];
}

/** A mark written in place of what spells it out: `length` characters at `index` read as `mark`. */
export interface Mark {
  index: number;
  length: number;
  mark: string;
}

/**
 * The text as the patterns read it: characters a reader does not see (soft hyphens, zero-width
 * spaces, direction marks) and marks on other characters gone, a hyphen-like dash a hyphen, a dash
 * between words a space, every slash a slash, spaces in a row one space, every script's digits (٠٧٧, ۰۷۷, ०७७) written 0–9, and full-width or
 * compatibility forms (＠, １) made plain by Unicode NFKD. A phone number written in Arabic-Indic
 * digits, or with a direction mark between its digits, is still a phone number. `from[i]` is where
 * character i was in the text as written.
 */
export function normaliseForScan(text: string): ScanText {
  let out = '';
  let last = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // Most content is plain ASCII, which NFKC leaves alone and which has no invisible characters or
    // dashes to change: only its whitespace is made a space. The regular expressions are for the rest.
    const plain =
      code < 0x80
        ? (code >= 9 && code <= 13) || code === 32
          ? ' '
          : code < 32 || code === 127
            ? ''
            : ch
        : UNSEEN.test(ch)
          ? ''
          : DASH.test(ch)
            ? '-'
            : READS_AS.has(ch)
              ? READS_AS.get(ch)!
              : DECIMAL_DIGIT.test(ch)
                ? digitValue(ch)!
                : /\s/u.test(ch)
                  ? ' '
                  : ch.normalize('NFKD').replace(UNSEEN_ALL, '');
    // Spaces in a row read as one, as a page shows them (SW1A   1AA).
    for (const c of plain) {
      if (c === ' ' && last === ' ') continue;
      out += c;
      last = c;
      from.push(at);
    }
    at += ch.length;
  }
  from.push(at);
  return { text: out, from };
}

/** The text with each of `marks` written in place of what it covers, keeping where each character came from. */
export function withMarks({ text, from }: ScanText, marks: Mark[]): ScanText {
  marks.sort((a, b) => a.index - b.index);
  let out = '';
  const at: number[] = [];
  // One by one: a line can be a megabyte long, too long to spread into a call.
  const keep = (start: number, end: number) => {
    out += text.slice(start, end);
    for (let i = start; i < end; i++) at.push(from[i]!);
  };
  let last = 0;
  for (const { index, length, mark } of marks) {
    if (index < last) continue; // Inside a mark already made.
    keep(last, index);
    out += mark;
    at.push(from[index]!);
    last = index + length;
  }
  keep(last, text.length);
  at.push(from[text.length]!);
  return { text: out, from: at };
}

/** Where a detail was found in the text as the scan reads it, and what it is there. */
export interface Spot {
  at: number;
  text: string;
}

/** The spot a match covers, or the part `whole` of it. */
export function spotOf(match: RegExpMatchArray, whole = match[0]): Spot {
  return { at: match.index! + match[0].indexOf(whole), text: whole };
}
