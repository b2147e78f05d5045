// Runs the personal-data scan over each file twice over: on the text as readers will see it
// (Markdown and YAML join wrapped lines, character references are decoded, file names become
// addresses), and on every line as written (comments are public in the repository too).
import { basename, extname } from 'node:path';
import { Lexer } from 'yaml';
import type { Site } from '../contract/site.ts';
import { renderBody } from './body/render.ts';
import { isMailService } from './mail-services.ts';
import { tableBirthDates } from './personal-data-tables.ts';
import {
  KIND_WORDS,
  REVIEWED,
  allowedEmailForm,
  findPersonalData,
  locatePersonalData,
  mask,
  type AllowList,
  type Finding,
} from './personal-data.ts';
import { maySayBirth } from './personal-data/date-of-birth.ts';
import { phoneKey } from './personal-data/phone.ts';
import { fieldName, type Problem } from './problem.ts';
import { fieldAtLine, type LineTable, type RawEntry } from './read.ts';

/** What may appear: the lists in site.yaml, the partnership's own contact address, and the phone numbers of the help services. */
export function allowListOf(site: Partial<Site> | undefined): AllowList {
  // site.yaml may itself be invalid here (its own problems are reported): only text counts. One
  // value written where a list belongs (`allowedEmails: info@…`) is told to be a list, and still
  // allowed meanwhile, or its own line would be reported as a detail to put on that list.
  const texts = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : typeof value === 'string'
        ? [value]
        : [];
  const helpPhones = Array.isArray(site?.help)
    ? site.help.map((service: unknown) =>
        typeof service === 'object' && service !== null ? (service as { phone?: unknown }).phone : undefined,
      )
    : [];
  return {
    // The partnership's own postal address is published on purpose, like its contact address.
    postcodes: [...texts(site?.allowedPostcodes), ...texts(site?.address)],
    emails: [...texts(site?.allowedEmails).filter((allowed) => !mailServiceOf(allowed)), ...texts([site?.contact])],
    // The partnership's own number is its published contact, like the help services' numbers.
    phones: [...texts(site?.allowedPhoneNumbers), ...texts(helpPhones), ...texts([site?.phone])],
  };
}

/**
 * The mail service a whole domain on site.yaml's `allowedEmails` names (as written), if it is one: anyone
 * can have an address there, so allowing it would let every resident's own address through the
 * scan (./mail-services.ts). It is judged as the scan would match it, so a capital or a look-alike
 * letter does not slip one past. Such a domain is refused, and never allowed meanwhile.
 */
export function mailServiceOf(allowed: string): string | undefined {
  const domain = /^@(.+?)\.?$/.exec(allowedEmailForm(allowed).trim())?.[1];
  return domain !== undefined && isMailService(domain) ? allowed.trim().slice(1).replace(/\.$/, '') : undefined;
}

/** A problem for each mail service's whole domain on site.yaml's `allowedEmails`. */
export function allowListProblems(site: Pick<RawEntry, 'file' | 'data' | 'lineOf'>): Problem[] {
  const listed = (site.data as { allowedEmails?: unknown } | undefined)?.allowedEmails;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((allowed: unknown, i) => {
    const domain = typeof allowed === 'string' ? mailServiceOf(allowed) : undefined;
    if (!domain) return [];
    const path = ['allowedEmails', i];
    return [
      {
        file: site.file,
        line: site.lineOf(path),
        field: fieldName(path),
        message: `\`${allowed as string}\` would let every address at ${domain} through the personal-data check, but ${domain} is an email service where many people have their own address, so a person’s address could then be published without anyone noticing. List the organisation’s published addresses there one by one instead, each written out whole.`,
      },
    ];
  });
}

/**
 * A problem's words with any personal detail they quote masked, as the personal-data report masks
 * it: a rule that quotes what was written (\`url\` must be a web address; you wrote
 * \`jo.bloggs@gmail.com\`; this Easy Read sentence has 23 words: “… call Jo on 07912 345678 …”)
 * must not print in full, in the log and in CI's annotations, what the scan hides. Quoted text
 * (in backticks or quotes) and the field's name are scanned; and any run of six digits or more is
 * masked wherever it is, since a number read as YAML loses its 0 (you wrote \`7912345678\`) and a
 * rule may list the digits it found (says 943476, 5919).
 */
export function withDetailsMasked(problem: Problem, allow: AllowList): Problem {
  const details = (text: string) => {
    let out = text;
    for (const f of locatePersonalData(text, allow).reverse())
      out = out.slice(0, f.at) + mask(f.text) + out.slice(f.at + f.text.length);
    return out;
  };
  const digits = (text: string) => text.replace(/\d{6,}/g, mask);
  const message = digits(problem.message.replace(/`[^`\n]+`|“[^”\n]+”|"[^"\n]+"/g, details));
  const field = problem.field === undefined ? undefined : digits(details(problem.field));
  return message === problem.message && field === problem.field
    ? problem
    : { ...problem, message, ...(field === undefined ? {} : { field }) };
}

const FILE_NAME = 'The file name';

function message(f: Finding, where: string): string {
  return (
    `${where} has what looks like ${KIND_WORDS[f.kind]} (${mask(f.text)}). Content must never carry anyone’s personal details: remove it.` +
    (where === FILE_NAME
      ? ' Rename the file (and any folder it is in) without it: a file’s name is public in the repository.'
      : (f.kind === 'phone'
          ? ` If it is a service’s published number, like a helpline, add it to \`allowedPhoneNumbers\` in site.yaml.`
          : f.kind === 'email'
            ? ` If it is an organisation’s published address, add it to \`allowedEmails\` in site.yaml.`
            : f.kind === 'postcode'
              ? ` If it is a public place’s postcode, like a venue where people meet, add it to \`allowedPostcodes\` in site.yaml.`
              : '') +
        ` If you have checked that it is public and not about a person, end the line with the comment \`${REVIEWED}\`.`)
  );
}

// The marker counts only as a comment that ends its line, in the form that part of the file takes
// (CONTRIBUTING.md): as words anywhere else it would be published, or would let a reader's words
// wave a detail through. Each part's own parser finds its comments: YAML's lexer, since a # inside
// a quoted value or a block of text (said: |) is words; the body's reader, since a comment in code,
// in a code span or escaped is words too.
const MARKER = 'personal-data:\\s*reviewed';
const MAY_BE_REVIEWED = new RegExp(MARKER, 'i');
const REVIEWED_IN_YAML = new RegExp(`^#\\s*${MARKER}\\s*$`, 'i');
const REVIEWED_WORDS = new RegExp(`^\\s*${MARKER}\\s*$`, 'i');
/** The lexer's marks for where a document, a value or a flow collection starts or ends: not in the text. */
const LEXER_MARKS = new Set(['\u0002', '\u0018', '\u001f']);

/** The lines (from `firstLine`) of YAML text that end with the marker as a YAML comment. */
function reviewedYamlLines(yaml: string, firstLine: number): number[] {
  const lines: number[] = [];
  let line = firstLine;
  for (const token of new Lexer().lex(yaml)) {
    if (LEXER_MARKS.has(token)) continue;
    if (token.startsWith('#') && REVIEWED_IN_YAML.test(token)) lines.push(line);
    line += token.split('\n').length - 1;
  }
  return lines;
}

const HIDDEN_BREAK = /[\u2028\u2029\u0085\v\f]/;

/** The lines (from 1) the marker approves in an entry: its front matter or YAML, and its body, each in its own comment form. */
export function reviewedLinesOf(entry: Pick<RawEntry, 'file' | 'text' | 'bodyLine' | 'comments'>): Set<number> {
  const approved = new Set<number>();
  if (!MAY_BE_REVIEWED.test(entry.text)) return approved;
  const lines = entry.text.split('\n');
  const yamlFile = /\.ya?ml$/i.test(entry.file);
  // Front matter sits between its two --- lines, before the body.
  const yaml = yamlFile ? entry.text : lines.slice(1, Math.max(1, entry.bodyLine - 2)).join('\n');
  for (const line of reviewedYamlLines(yaml, yamlFile ? 1 : 2)) approved.add(line);
  if (yamlFile) return approved;
  for (const comment of entry.comments ?? []) if (REVIEWED_WORDS.test(comment.words)) approved.add(comment.line);
  // A line break the file's lines do not count (U+2028, NEL, a form feed) can make an editor show the
  // marker on a line of its own, apart from the detail it approves: on such a line it counts for nothing.
  for (const line of approved) if (HIDDEN_BREAK.test(lines[line - 1] ?? '')) approved.delete(line);
  return approved;
}

/** The same detail, however it was spaced or wrapped: one finding, not two. */
const sameDetail = (f: Finding) =>
  `${f.kind}:${f.kind === 'phone' ? phoneKey(f.text) : f.text.replace(/\s+/g, f.kind === 'email' ? '' : ' ').toLowerCase()}`;

// `npm run new` names files after a number and a day (commitment-18-2026-09-17): the digits either
// side of a day are two things, so each part between days is read on its own.
const DAY_IN_NAME = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/;
const BIRTH_IN_NAME = new RegExp(
  `(?:^|[-_])(?:born|dob|birthday|date[-_]of[-_]birth)[-_]+(${DAY_IN_NAME.source})`,
  'gi',
);
export function fileNameFindings(id: string, allow: AllowList): Finding[] {
  const found = id.split(DAY_IN_NAME).flatMap((part) => findPersonalData(part.replace(/[-_]/g, ' '), allow));
  // A day named as a birth (jane-born-1985-03-12, jane-dob-1985-03-12) is a date of birth.
  for (const m of id.matchAll(BIRTH_IN_NAME)) found.push({ kind: 'date-of-birth', text: m[1]! });
  return found;
}

/** The folders a file sits in inside its collection's folder: src/content/updates/2025/a.mdx is in 2025. */
export function foldersOf(file: string): string[] {
  const parts = file.split('/');
  return parts[0] === 'src' && parts[1] === 'content' ? parts.slice(3, -1) : [];
}

/**
 * The allow list for one entry: the site's, with the postcodes of its fields that hold a public
 * place's address (a group's nextMeetingAddress), which are the place's to publish.
 */
function allowFor(entry: RawEntry, allow: AllowList, placeFields: readonly string[]): AllowList {
  const data = entry.data as Record<string, unknown> | null;
  const places = placeFields.flatMap((field) => {
    const value = data?.[field];
    return typeof value === 'string' ? [value] : [];
  });
  return places.length ? { ...allow, postcodes: [...(allow.postcodes ?? []), ...places] } : allow;
}

export function personalDataProblems(
  entries: RawEntry[],
  siteAllow: AllowList,
  placeFieldsOf: (collection: string) => readonly string[] = () => [],
): Problem[] {
  return entries.flatMap((entry) => {
    const allow = allowFor(entry, siteAllow, placeFieldsOf(entry.collection));
    const lines = entry.text.split('\n');
    const approved = reviewedLinesOf(entry);
    const reviewed = (line: number) => approved.has(line);
    const seen = new Set<string>();
    const problems: Problem[] = [];
    // A line of YAML (a file's, or a body's front matter) names its field, as every other problem does.
    const yamlFile = /\.ya?ml$/i.test(entry.file);
    let table: LineTable | undefined;
    const fieldOf = (line: number) => {
      if (!entry.lines || (!yamlFile && line >= entry.bodyLine)) return undefined;
      const path = fieldAtLine((table ??= entry.lines()), line);
      return path?.length ? fieldName(path) : undefined;
    };
    const report = (f: Finding, line: number, where = 'This line') => {
      const key = `${line}:${sameDetail(f)}`;
      if (seen.has(key)) return;
      seen.add(key);
      const field = where === FILE_NAME ? undefined : fieldOf(line);
      problems.push({ file: entry.file, line, ...(field ? { field } : {}), message: message(f, where) });
    };
    for (const name of [...foldersOf(entry.file), entry.id])
      for (const finding of fileNameFindings(name, allow)) report(finding, 1, FILE_NAME);
    lines.forEach((text, i) => {
      if (!reviewed(i + 1)) for (const f of findPersonalData(text, allow)) report(f, i + 1);
      // A detail wrapped onto the next line, wherever it is (comments are published in the
      // repository even when not on the site): the two lines joined, comment marks dropped.
      const next = lines[i + 1];
      // A birth's label ending a paragraph, its date opening the next (Date of birth: / / 12/03/1985):
      // a date alone is no detail, so the two are read together.
      const after = lines[i + 2];
      if (next?.trim() === '' && after !== undefined && !reviewed(i + 3) && maySayBirth(text))
        for (const f of locatePersonalData(`${text} ${after.trim()}`, allow))
          if (f.kind === 'date-of-birth' && f.at < text.length && f.at + f.text.length > text.length + 1)
            report(f, i + 1, `This text (lines ${i + 1} and ${i + 3}, read together)`);
      // A new list item or table row is a new piece of text, not the rest of this one.
      // The marker approves a detail that ends on its line: the joined lines' detail ends on the second.
      if (next === undefined || /^\s*(?:[-*+]\s|\d+[.)]\s|\|)/.test(next) || reviewed(i + 2)) return;
      const rest = next.replace(/^\s*(?:#|\/\/|\*|>|\{?\/\*|<!--)?\s*/, '');
      // An address broken at its @, or at the dot after its first part (jo@ / mail.example, jo /
      // @mail.example, jo@mail. / example), reads as one address to a person, whatever space a
      // browser puts at the break: joined without a space too. A whole address then a full stop
      // is a sentence's end, not a break.
      const broken =
        /\S@$/u.test(text) ||
        (/\S$/u.test(text) && rest.startsWith('@')) ||
        /@[^\s@.]+\.$/u.test(text) ||
        (/@[^\s@.]+$/u.test(text) && rest.startsWith('.'));
      const gaps = broken ? [' ', ''] : [' '];
      for (const gap of gaps)
        for (const f of locatePersonalData(`${text}${gap}${rest}`, allow)) {
          if (f.at < text.length && f.at + f.text.length > text.length + gap.length)
            report(f, i + 1, `This text (lines ${i + 1} and ${i + 2}, joined)`);
        }
    });
    for (const { line, finding } of tableBirthDates(lines, allow))
      if (!reviewed(line)) report(finding, line, 'This table row');
    for (const run of entry.readable) {
      for (const f of locatePersonalData(run.text, allow)) {
        const start = run.lineAt(f.at);
        const end = run.lineAt(f.at + f.text.length - 1);
        if (reviewed(end)) continue;
        report(
          f,
          start,
          start === end ? 'This line' : `This text (lines ${start} to ${end}, as readers will see it joined)`,
        );
      }
    }
    return problems;
  });
}

/**
 * A README in the content folders: never content, but public in the repository (GitHub shows it
 * beside the folder's files), so scanned line by line like any file. A README.md is read as the
 * Markdown it is, for the text as GitHub shows it and for its comments (the reviewed marker).
 */
export function notePersonalDataProblems(file: string, written: string, allow: AllowList): Problem[] {
  const text = written.replace(/\r\n?/g, '\n');
  const rendered = /\.md$/i.test(file) ? renderBody(text, 'md', { imageExists: () => true }) : undefined;
  const note: RawEntry = {
    collection: '',
    id: '',
    file,
    data: {},
    body: text,
    bodyLine: 1,
    text,
    readable: rendered?.readable ?? [],
    comments: rendered?.comments ?? [],
    lineOf: () => 1,
  };
  // Its folders' names are each reported with the content files in them.
  return personalDataProblems([note], allow).filter((p) => !p.message.startsWith(FILE_NAME));
}

/** An uploaded file's name and the folders it is in under public/uploads: published on the site as its address. */
export function uploadNameProblems(file: string, allow: AllowList): Problem[] {
  const parts = file.split('/').slice(2);
  const names = [...parts.slice(0, -1), basename(parts.at(-1) ?? '', extname(parts.at(-1) ?? ''))];
  return names.flatMap((name) =>
    fileNameFindings(name, allow).map((f) => ({ file, line: 1, message: message(f, FILE_NAME) })),
  );
}
