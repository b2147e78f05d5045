// Email addresses: written plainly, spaced at the @, at a mail service without its ending, or as a
// handle at a mail service.
import { ASKED_BEFORE, AT_SERVICE_NAME, SERVICE_DOMAIN, SERVICE_NAME } from './mail.ts';
import { spotOf, type Spot } from './scan-text.ts';

// An address as the mail standards (RFC 5321) bound it: at most 64 characters before the @ and 63 in
// each part of the domain. The bounds keep the pattern's work in step with a line's length: with
// `+` instead, an 80 KB line like `a.a.a…@` took seconds, as every start was tried to the end.
const QUOTE = '["\u201c\u201d\u201e\u201f]';
// Before the @: letters of every script, digits, the marks the standard allows there that Markdown
// does not use for itself (not * _ \` ' { } | ~, which would take in the emphasis or code around
// an address), or text in quotes.
const LOCAL = `(?:${QUOTE}[^"\u201c\u201d\u201e\u201f\\n]{1,62}${QUOTE}|[\\p{L}\\p{N}._%+!#$&=?^-]{1,64})`;
const LABEL = '[\\p{L}\\p{N}-]{1,63}';
const DOMAIN = `(?:${LABEL}(?:\\.${LABEL}){0,16}\\.\\p{L}{2,63}(?![\\p{L}\\p{N}])|\\[(?:\\d{1,3}\\.){3}\\d{1,3}\\]|\\[IPv6:[\\da-f:.]{2,45}\\])`;
// Not a slash before the @ (a page's address: youtube.com/@wrenfold.voices), and not an @ before the
// first part (a Mastodon handle: @wrenfold@mastodon.social) unless a slash is before that
// (youtube.com/@jo@gmail.com shows an address); a space either side of the @ is still one.
const EMAIL = new RegExp(`(?<!(?<!\\/)@[\\p{L}\\p{N}._%+!#$&=?^-]{0,64})${LOCAL} ?@ ?${DOMAIN}`, 'giu');
/**
 * An address at a well-known mail service written without its ending, or with the ending run on
 * without its dot, as a hurried note will (jo.bloggs@gmail, jo@hotmail., jo@gmailcom): a person reads
 * it as the address it is. Only the services' own names, none of them a word that an @ is put before
 * in ordinary writing.
 */
const AT_MAIL_SERVICE = new RegExp(
  `(?<!(?<!\\/)@[\\p{L}\\p{N}._%+!#$&=?^-]{0,64})${LOCAL}(?:@ ?| @ )(?:${SERVICE_NAME})(?:com|couk|net)?(?!\\.?[\\p{L}\\p{N}@-])`,
  'giu',
);
const TWO_ATS = /@[^@\s]{1,64}@/;
/** A handle whose server is a mail service (@jo.bloggs@gmail.com): no Mastodon server is, so it is an address. */
const HANDLE_AT_SERVICE = new RegExp(`(?<=@)[\\p{L}\\p{N}._%+-]{1,64}@${SERVICE_DOMAIN}`, 'giu');
/** A shared calendar's ID, written like an address (c_8f3a…@group.calendar.google.com), as an embedded calendar's link has it. */
const CALENDAR_ID = /@(?:[\w-]+\.)*calendar\.google\.com$/i;
/** An address spaced at its @ (jo @ gmail.com) whose domain is a mail service's: a person's, not words around an @. */
const AT_SERVICE_DOMAIN = new RegExp(`@ ?${SERVICE_DOMAIN}`, 'iu');
const FILE_ENDING =
  /\.(png|jpe?g|gif|webp|avif|svg|pdf|docx?|xls[xm]?|pptx?|od[tsp]|rtf|txt|csv|json|zip|t?gz|mp[34]|mov|webm|wav|ogg|heic|ics|epub|key|parquet|mdx?|ya?ml|html?)$/i;
/**
 * A domain written with its @ after a word, a space before the @ and none after: in any language,
 * writing about the addresses at a domain (Staff with @nhs.net accounts; nie na adres @wp.pl;
 * Lütfen @gmail.com adresine …), unless words asking for an address come before (ASKED_BEFORE:
 * Email jo @gmail.com). An address spaced against spam has a space after its @ too, or its first
 * part has a dot or a digit.
 */
export const DOMAIN_MENTION = /^\p{L}+ @(?! )/u;
/** Words before such an @ that are never an address's first part: with, an, from, your, personel, adresami. */
export const NOT_A_NAME =
  /^(?:with|using|ending|ends|use|uses|an?|the|only|from|on|to|at|for|by|via|no|any|all|other|your|my|our|their|his|her|its|personal|own|work|official|staff|users?|accounts?|addresses|emails|people|members|anyone|everyone|residents|send|have|has|not|or|and|of|in|kullan[iı]c[iı]lar|defnyddwyr|personel|pracownicy|osoby|adresami|adresem|kontami|kontem|konta|hesap\p{L}*|عناوين|حسابات|مستخدمي) @/iu;
/**
 * An @ with a space beside it between words (follow us @ twitter.com) is not an address; one whose
 * first part has a dot, hyphen, underscore or digit (jo.bloggs @ gmail.com) is, spaced against spam.
 */
const wordsAroundAt = (found: string) => / @|@ /.test(found) && !/[._\d-]/.test(found.split(/ ?@/)[0]!);

/** Every address in the text as the scan reads it, but those `allowed` says may appear. */
export function emailsIn(text: string, allowed: (address: string) => boolean): Spot[] {
  const found: Spot[] = [];
  // logo@2x.png is a file name: no address ends in an image or document ending.
  if (text.includes('@'))
    for (const m of text.matchAll(EMAIL))
      if (
        !allowed(m[0].replace(/ ?@ ?/, '@')) &&
        !FILE_ENDING.test(m[0]) &&
        !CALENDAR_ID.test(m[0]) &&
        (!wordsAroundAt(m[0]) || AT_SERVICE_DOMAIN.test(m[0])) &&
        !(
          DOMAIN_MENTION.test(m[0]) &&
          (NOT_A_NAME.test(m[0]) || !ASKED_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index)))
        )
      )
        found.push(spotOf(m));
  // Each looked for only where its @ is (the patterns try every start of a line, slow on a long one).
  if (AT_SERVICE_NAME.test(text)) for (const m of text.matchAll(AT_MAIL_SERVICE)) found.push(spotOf(m));
  if (TWO_ATS.test(text)) for (const m of text.matchAll(HANDLE_AT_SERVICE)) found.push(spotOf(m));
  return found;
}
