// Checks each translation against its original: that the site offers its language, that its
// original is beside it, and that it sets only words (the fields the collection's module in
// src/contract calls translatable), each where the original has words too, item for item. So a
// translation can never change a fact. Its file is read, sanitised and scanned by the same reader
// as every other file (read.ts); only what passes here is handed to the site.
import { basename, dirname, extname } from 'node:path';
import {
  BODY,
  SITE_TRANSLATABLE,
  contentLanguage,
  holdsTranslatable,
  isTranslatable,
  mayAdd,
  mayTranslate,
  pattern,
  siteSchema,
  type Registry,
  type Site,
} from '../contract/index.ts';
import type { ContentFile } from './files.ts';
import { errorsOf, fieldName, type Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { asListLike } from './as-list.ts';
import { didYouMean } from './suggest.ts';
import { fieldAt, keysOf } from '../contract/schema-walk.ts';
import { disguisedName, visible } from './field-name.ts';
import { translationBodyProblems } from './translation-body.ts';
import { numberDifference } from './numbers.ts';
import { REVIEWED_WORDING, reviewedLines } from './safe-language-check.ts';

/** A translation that passed: its own fields (words only) and its body, for the site to lay over its original. */
export interface ValidTranslation {
  raw: RawEntry;
  /** The collection, or `site`. */
  collection: string;
  /** The original's id (`site` for site.yaml). */
  of: string;
  language: string;
  /** The fields it translates, as written. */
  data: Record<string, unknown>;
}

/** A translation's file as read, with what its name says it translates. */
export interface TranslationRead {
  source: ContentFile & { translates: NonNullable<ContentFile['translates']> };
  entry: RawEntry;
}

/** The originals a translation may name: every file read, by collection (or `site`) and id, with whether it is valid. */
export interface Originals {
  get(collection: string, id: string): { entry: RawEntry; valid: boolean } | undefined;
  ids(collection: string): string[];
  /** True when the original is there with a problem of its own (not read, or misnamed), listed already. */
  troubled?(collection: string, id: string): boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

const kindOf = (value: unknown): string =>
  typeof value === 'string'
    ? 'text'
    : Array.isArray(value)
      ? 'a list'
      : isObject(value)
        ? 'a set of fields'
        : typeof value === 'number'
          ? 'a number'
          : value instanceof Date
            ? 'a date'
            : typeof value === 'boolean'
              ? '`true` or `false`'
              : 'a value';

/** Why a value YAML read as something other than text is not words, and how to make it words; undefined for text, lists and fields. */
function notWords(value: unknown): string | undefined {
  const written =
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? undefined : String(value);
  if (written === undefined) return undefined;
  const kind =
    value instanceof Date
      ? 'a date'
      : typeof value === 'number' || typeof value === 'bigint'
        ? 'a number'
        : typeof value === 'boolean'
          ? '`true` or `false`'
          : undefined;
  return kind && `is read as ${kind}, but a translation holds words: put the words in quotes, like "${written}".`;
}

/** Checks every translation; returns those that pass and a problem for each thing wrong. */
export function checkTranslations(
  translations: readonly TranslationRead[],
  originals: Originals,
  site: Site | undefined,
  registry: Registry,
): { valid: ValidTranslation[]; problems: Problem[] } {
  const valid: ValidTranslation[] = [];
  const problems: Problem[] = [];
  for (const t of translations) {
    const found = checkOne(t, originals, site, registry);
    problems.push(...found.problems);
    if (errorsOf(found.problems).length === 0 && found.originalValid)
      valid.push({
        raw: t.entry,
        collection: t.source.collection,
        of: t.source.translates.of,
        language: t.source.translates.language,
        data: t.entry.data as Record<string, unknown>,
      });
  }
  return { valid, problems };
}

function checkOne(
  { source, entry }: TranslationRead,
  originals: Originals,
  site: Site | undefined,
  registry: Registry,
): { problems: Problem[]; originalValid: boolean } {
  const { collection, file } = source;
  const { of, language } = source.translates;
  const isSite = collection === 'site';
  const ending = extname(file);
  const whole = (message: string): { problems: Problem[]; originalValid: boolean } => ({
    problems: [{ file, line: 1, message }],
    originalValid: false,
  });
  const noun = isSite ? 'site.yaml' : registry[collection]!.noun.one;
  const notTranslation = isSite
    ? ''
    : ` If it is not a translation, rename it without the dot, like ${of}-${language}${ending}.`;

  if (site) {
    const offered = site.languages ?? [contentLanguage(site)];
    const own = offered[0]!;
    if (language === own)
      return whole(
        `This is a translation into \`${language}\`, the language the content is written in (the first of \`languages\` in site.yaml), so it would translate ${of}${isSite ? '.yaml' : ending} into its own language. Make the change in the original and remove this file.`,
      );
    if (!offered.includes(language)) {
      const others = offered.slice(1);
      return whole(
        site.languages
          ? `This is a translation into \`${language}\` (the letters before the ending), but the site is not offered in \`${language}\`: \`languages\` in site.yaml lists ${offered.join(', ')}. Add \`${language}\` to \`languages\` in src/content/site.yaml${others.length ? `, or name the file for one of ${others.join(', ')}, like ${of}.${others[0]}${ending}` : ''}.${notTranslation}`
          : `This is a translation into \`${language}\` (the letters before the ending), but the site is offered in one language, \`${own}\`: site.yaml has no \`languages\`. To offer both, add \`languages: [${own}, ${language}]\` to src/content/site.yaml.${notTranslation}`,
      );
    }
  }

  const original = originals.get(collection, of);
  // Its original's own problem is listed: nothing can be said of the translation until it is fixed.
  if (!original && originals.troubled?.(collection, of)) return { problems: [], originalValid: false };
  if (!original)
    return whole(
      `This is a translation (into \`${language}\`) of the ${noun} \`${of}\`, but there is no ${noun} \`${of}\` beside it in ${dirname(file)}/.${didYouMean(of, originals.ids(collection))} A translation is named after its original with the language before the ending, like crisis-cafe.${language}${ending} beside crisis-cafe${ending}.`,
    );
  if (dirname(original.entry.file) !== dirname(file))
    return whole(
      `This translates ${original.entry.file}, which is in another folder. Move it beside its original, into ${dirname(original.entry.file)}/, so the two are found together.`,
    );

  const fields = isSite ? SITE_TRANSLATABLE : (registry[collection]!.translatable ?? []);
  const what = isSite ? 'site.yaml' : `a ${noun}`;
  // An empty file would be published as a translation of nothing, and its page would say only
  // that parts are not translated yet.
  const noFields =
    entry.data === null || entry.data === undefined || (isObject(entry.data) && Object.keys(entry.data).length === 0);
  if (noFields && entry.body.trim() === '')
    return whole(
      `This file translates nothing: it has no fields and no text. Write the fields you translate (a translation of ${what} may set ${mayTranslate(fields)}), or delete the file.`,
    );
  if (!isObject(entry.data))
    return whole(
      `The file must list the fields it translates, each as \`name: value\` on its own line. A translation of ${isSite ? 'site.yaml' : `a ${noun}`} may set ${mayTranslate(fields)}.`,
    );
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file, line: entry.lineOf(path), field: fieldName(path), message });
  const originalName = basename(original.entry.file);
  const reviewed = reviewedLines(entry.text);
  // A warning, not an error: a translator may write a number another way. Only a number the
  // original does not say is warned of: one left out is most often written in words ("całą dobę"
  // for 24 hours, "beş" for 5), which no pattern can read.
  const numbersChanged = (path: PropertyKey[], words: string, orig: string) => {
    const { added, missing } = numberDifference(words, orig);
    const line = entry.lineOf(path);
    if (added.length === 0 || reviewed.has(line)) return;
    const name = `\`${fieldName(path)}\``;
    const said = (ns: string[]) => ns.join(', ');
    problems.push({
      file,
      line,
      field: fieldName(path),
      severity: 'warning',
      message: `${name} says ${said(added)} ${missing.length ? `where the original says ${said(missing)}` : 'where the original does not'}: a translation cannot change a number. Check the numbers match the original, ${originalName}. If they do (a time written another way, say), mark the line as reviewed with the comment \`${REVIEWED_WORDING}\` at its end.`,
    });
  };
  const schema = isSite ? siteSchema : registry[collection]!.schema;
  // A name that is no field at all is a slip (`titel`, or `summаry` with a Cyrillic а), not a
  // fact: say so, and which field was likely meant. Where the schema's fields here are not known
  // (an Easy Read line is text or fields), nothing is said.
  const notAField = (path: PropertyKey[]): string | undefined => {
    const key = path.at(-1);
    if (typeof key !== 'string') return undefined;
    const known = keysOf(fieldAt(schema, path.slice(0, -1)));
    if (known.length === 0 || known.includes(key)) return undefined;
    const disguised = disguisedName(key, known);
    if (disguised) return disguised;
    const above = pattern(path.slice(0, -1));
    const prefix = above ? `${above}.` : '';
    const words = new Set(
      fields
        .filter((f) => f !== BODY && f.startsWith(prefix))
        .map((f) => f.slice(prefix.length).split('.')[0]!)
        .filter((step) => step !== '*'),
    );
    const of = path.length > 1 ? `\`${fieldName(path.slice(0, -1))}\`` : what;
    return `\`${visible(key)}\` is not a field of ${of}, so there is nothing of the original’s to translate.${didYouMean(key, [...words])} A translation may set ${mayTranslate(fields)}.`;
  };
  const walk = (words: unknown, orig: unknown, path: PropertyKey[], parent?: unknown) => {
    const name = `\`${fieldName(path)}\``;
    const text = typeof words === 'string' && typeof orig === 'string';
    if (text ? !isTranslatable(path, fields) : !isTranslatable(path, fields) && !holdsTranslatable(path, fields)) {
      const slip = notAField(path);
      if (slip) {
        at(path, slip);
        return;
      }
      at(
        path,
        `${name} is a fact that every language shares, so a translation cannot set it: remove it here. Only the original, ${originalName}, sets it. A translation may set ${mayTranslate(fields)}.`,
      );
      return;
    }
    if (orig === undefined && mayAdd(path, parent)) {
      if (typeof words !== 'string' || words.trim() === '')
        at(path, `${name} must be the words for the picture, in the translation's language, like \`alt: …\`.`);
      return;
    }
    if (orig === undefined) {
      at(
        path,
        `${name} is not in the original, ${originalName}, so there are no words here to translate: remove it, or add it to the original first.`,
      );
      return;
    }
    if (text) {
      if ((words as string).trim() === '')
        at(
          path,
          `${name} is empty: write its translation, or remove the line so the original’s words are shown until it is translated.`,
        );
      else numbersChanged(path, words as string, orig as string);
      return;
    }
    if (words === null) {
      at(
        path,
        `${name} is empty: ${
          typeof orig === 'string'
            ? 'write its translation, or remove the line so the original’s words are shown until it is translated.'
            : isObject(orig) && typeof path.at(-1) === 'number'
              ? 'write `{}` to leave this item in the original’s words, or write the fields it translates.'
              : 'write what it translates, or remove the line so the original’s words are shown until it is translated.'
        }`,
      );
      return;
    }
    const why = typeof orig === 'string' ? notWords(words) : undefined;
    if (why) {
      at(path, `${name} ${why}`);
      return;
    }
    if (kindOf(words) !== kindOf(orig)) {
      const list =
        Array.isArray(orig) && typeof path.at(-1) === 'string' ? asListLike(String(path.at(-1)), orig.length) : '';
      at(
        path,
        `${name} must be ${kindOf(orig)}, as in the original, ${originalName}; here it is ${kindOf(words)}.${list}`,
      );
      return;
    }
    if (Array.isArray(words) && Array.isArray(orig)) {
      if (words.length !== orig.length) {
        at(
          path,
          `${name} has ${words.length} ${words.length === 1 ? 'item' : 'items'} here but ${orig.length} in the original, ${originalName}: a translation follows the original item for item, in the same order, so give one for each.`,
        );
        return;
      }
      words.forEach((item, i) => walk(item, orig[i], [...path, i], orig));
    } else if (isObject(words) && isObject(orig)) {
      for (const key of Object.keys(words)) walk(words[key], orig[key], [...path, key], orig);
    }
  };
  // An original with a problem of its own is no pattern to hold a translation to: its problem is
  // listed at the original, and the translation is compared once the original is put right.
  if (!original.valid) return { problems, originalValid: false };
  walk(entry.data, original.entry.data, []);
  problems.push(...translationBodyProblems(entry, original.entry, fields, what));
  return { problems, originalValid: original.valid };
}
