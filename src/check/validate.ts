// Checks each file against its collection's schema and says what is wrong in plain words.
import { z } from 'astro/zod';
import { SLUG, collections, siteSchema, type Registry } from '../contract/index.ts';
import { slugOf } from '../contract/slug.ts';
import { fieldAt, keysOf } from '../contract/schema-walk.ts';
import { fileNameFindings } from './personal-data-check.ts';
import { asListHint } from './as-list.ts';
import { fieldName, type Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { closest, didYouMean } from './suggest.ts';

type Schema = z.ZodType;

function withArticle(noun: string): string {
  return noun === 'site.yaml' ? noun : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A value as a message quotes it: on one line, control characters shown as escapes, long text cut short. */
export function quoted(text: string): string {
  // Characters that turn the direction of what follows are shown as their codes too, so a quoted
  // value cannot reverse the rest of the message in a terminal or a CI log.
  const safe = JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\"/g, '"')
    .replace(/`/g, "'")
    .replace(/[\u202A-\u202E\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `\`${safe.length > 80 ? `${safe.slice(0, 77)}…` : safe}\``;
}

function shown(value: unknown): string {
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${value}\``;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `\`${value.toISOString().slice(0, 10)}\``;
  return 'a set of fields';
}

const en = z.locales.en();
/** True when Zod wrote the message itself; a message the schema gave (`error: 'must be …'`) is ours and plain already. */
function isZodWording(issue: z.core.$ZodIssue): boolean {
  const fallback = en.localeError(issue as never);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  return issue.message === text || /^(Invalid|Too (big|small)|Unrecognized|Expected)/.test(issue.message);
}

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a set of fields, each on its own line as `name: value`',
};

/** What a field takes, in words, from its description in the contract. */
function whatItTakes(schema: Schema, path: readonly PropertyKey[]): string {
  const about = fieldAt(schema, path)?.description;
  return about ? ` ${about}` : '';
}

/** Turns one Zod issue into problems a volunteer can act on. */
function explain(issue: z.core.$ZodIssue, schema: Schema, entry: RawEntry, noun: string): Problem[] {
  const at = (path: readonly PropertyKey[], message: string): Problem => ({
    file: entry.file,
    line: entry.lineOf(path),
    field: path.length ? fieldName(path) : undefined,
    message,
  });
  const path = issue.path;
  const input = (issue as { input?: unknown }).input;
  const last = path[path.length - 1];
  const field =
    path.length === 0
      ? 'This'
      : typeof last === 'number'
        ? `Item ${last + 1} of \`${String(path[path.length - 2])}\``
        : `\`${String(last)}\``;
  /** The schema's own words for the problem (`error: 'must be …'`), with what was written. */
  const inSchemaWords = () => {
    const written = input !== undefined && typeof input !== 'object' && !issue.message.includes(String(input));
    return at(path, `${field} ${issue.message}${written ? `; you wrote ${shown(input)}` : ''}.`.replace(/\.\.$/, '.'));
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysOf(path.length ? fieldAt(schema, path) : schema);
      return issue.keys.map((key) =>
        at(
          [...path, key],
          `${quoted(key)} is not a field of ${path.length ? `\`${String(path[path.length - 1])}\`` : withArticle(noun)}, so the site would ignore it.${didYouMean(key, known)} The fields are: ${known.join(', ')}.`,
        ),
      );
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (input === undefined)
        return [at(path, `${field} is missing. Add it: it must be one of: ${options.join(', ')}.`)];
      return [
        at(
          path,
          `${field} must be one of: ${options.join(', ')}; you wrote ${shown(input)}.${didYouMean(input, options)}`,
        ),
      ];
    }
    case 'invalid_type': {
      if (input === undefined) {
        const about = fieldAt(schema, path)?.description;
        return [
          at(path, `${field} is missing. Add it${about ? `: ${about.charAt(0).toLowerCase()}${about.slice(1)}` : '.'}`),
        ];
      }
      const quote =
        issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? ` To use it as text, put it in quotes: "${String(input)}".`
          : '';
      const must = isZodWording(issue) ? `must be ${KIND_WORDS[issue.expected] ?? 'something else'}` : issue.message;
      const list = issue.expected === 'array' ? asListHint(schema, path, input) : '';
      return [at(path, `${field} ${must}; you wrote ${shown(input)}.${quote}${list}`)];
    }
    case 'too_small':
    case 'too_big': {
      if (!isZodWording(issue)) return [inSchemaWords()];
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const list = issue.origin === 'array';
      const bound =
        issue.code === 'too_small'
          ? list
            ? `needs at least ${limit}`
            : `must be at least ${limit}`
          : list
            ? `can have at most ${limit}`
            : `must be at most ${limit}`;
      return [
        at(
          path,
          `${field} ${bound}${list ? ` ${limit === '1' ? 'item' : 'items'}` : issue.origin === 'string' ? ' characters long' : ''}.`,
        ),
      ];
    }
    default: {
      // Easy Read written as fields: say what is wrong in them (a list written as one sentence,
      // say), not only that the whole is neither text nor fields.
      const asFields = issue.code === 'invalid_union' ? fieldsFormIssues(issue, input) : undefined;
      if (asFields) return asFields.flatMap((inner) => explain(inner, schema, entry, noun));
      if (!isZodWording(issue)) return [inSchemaWords()];
      const wrote = input === undefined ? '' : ` You wrote ${shown(input)}.`;
      return [at(path, `${field} is not in a form the site can read.${wrote}${whatItTakes(schema, path)}`)];
    }
  }
}

/**
 * For a value written as fields where a field takes text or fields (Easy Read, a line of it): the
 * problems in those fields, at their own paths, when that is the form it was written in.
 */
function fieldsFormIssues(issue: z.core.$ZodIssueInvalidUnion, input: unknown): z.core.$ZodIssue[] | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const asFields = issue.errors.find(
    (form) => form.length > 0 && !form.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
  );
  return asFields?.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * A misspelt field (`staus`) shows up twice: as an unknown field and as a missing one (`status`).
 * One slip should read as one problem, so the "missing" half is dropped when the unknown field's
 * suggestion names it.
 */
function withoutMisspeltTwins(issues: z.core.$ZodIssue[], schema: Schema): z.core.$ZodIssue[] {
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysOf(issue.path.length ? fieldAt(schema, issue.path) : schema);
    for (const key of issue.keys) {
      const match = closest(key, known);
      if (match) suggested.add(JSON.stringify([...issue.path, match]));
    }
  }
  return issues.filter(
    (issue) =>
      !(
        (issue as { input?: unknown }).input === undefined &&
        (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
        suggested.has(JSON.stringify(issue.path))
      ),
  );
}

/** A validated entry: the raw file and its data after the schema has read it. */
export interface ValidEntry<T = unknown> {
  raw: RawEntry;
  data: T;
}

/**
 * A name the file could take instead: its words as a web address takes them (José as jose),
 * without any personal detail the name holds, which the personal-data check reports too.
 */
function betterName(id: string): string {
  let name = slugOf(id);
  for (const found of fileNameFindings(name, { emails: [], phones: [] }))
    name = name.replace(found.text.replace(/\s+/g, '-'), '-');
  return name.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'a-name';
}

/**
 * The id an entry goes by for other files: the one its file name gives it, or, for a name a web
 * address cannot take, the name the check tells them to rename it to (`Open Door.yaml` is
 * `open-door`). So a reference is judged against the name the file should have, never the one it
 * has to lose.
 */
export function idItShouldHave(id: string): string {
  return SLUG.test(id) ? id : betterName(id);
}

/** Checks one entry against its schema; returns the parsed data or the problems. */
/**
 * The collection a file was meant for when it was put in another's folder: it fails its own
 * folder's schema with fields that folder's files never have (a missing field alone is a slip in
 * the right folder), and passes exactly one other collection's, written the same way (fields and
 * text, or fields alone). Undefined otherwise, and for site.yaml.
 */
export function folderItBelongsIn(entry: RawEntry, registry: Registry = collections): Registry[string] | undefined {
  const own = registry[entry.collection];
  if (!own) return undefined;
  const result = own.schema.safeParse(entry.data);
  if (result.success || !result.error.issues.some((issue) => issue.code === 'unrecognized_keys')) return undefined;
  const fits = Object.values(registry).filter(
    (other) => other !== own && other.form === own.form && other.schema.safeParse(entry.data).success,
  );
  return fits.length === 1 ? fits[0] : undefined;
}

export function validateEntry(
  entry: RawEntry,
  registry: Registry = collections,
): { valid?: ValidEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  const isSite = entry.collection === 'site';
  const schema: Schema = isSite ? siteSchema : registry[entry.collection]!.schema;
  const noun = isSite ? 'site.yaml' : registry[entry.collection]!.noun.one;
  if (!isSite && !SLUG.test(entry.id)) {
    problems.push({
      file: entry.file,
      line: 1,
      message: `The file name \`${entry.id}\` becomes part of a web address, so it must be lower-case letters, numbers and hyphens. Rename the file to \`${betterName(entry.id)}${entry.file.slice(entry.file.lastIndexOf('.'))}\`.`,
    });
  }
  const reserved = isSite ? undefined : registry[entry.collection]!.reservedIds;
  if (reserved?.includes(entry.id)) {
    problems.push({
      file: entry.file,
      line: 1,
      message: `The file name \`${entry.id}\` is the name of one of the site's own pages (/${entry.collection}/${entry.id}/), so ${withArticle(noun)} cannot use it. Rename the file, for example to \`${entry.id}-${noun.split(' ').pop()}${entry.file.slice(entry.file.lastIndexOf('.'))}\`. Names the site keeps for itself here: ${reserved.join(', ')}.`,
    });
  }
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
    problems.push({
      file: entry.file,
      line: 1,
      message: `The file must list the fields of ${withArticle(noun)}, each as \`name: value\` on its own line.`,
    });
    return { problems };
  }
  const result = schema.safeParse(entry.data, { reportInput: true });
  if (!result.success) {
    // A file put in the wrong folder fails every field of this one: say where it belongs instead.
    const belongs = isSite ? undefined : folderItBelongsIn(entry, registry);
    if (belongs) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `This file has the fields of ${withArticle(belongs.noun.one)}, not of ${withArticle(noun)}: it belongs in src/content/${belongs.name}/. Move it there.`,
      });
      return { problems };
    }
    const issues = withoutMisspeltTwins(result.error.issues, schema);
    for (const issue of issues) problems.push(...explain(issue, schema, entry, noun));
    return { problems };
  }
  return { valid: { raw: entry, data: result.data }, problems };
}
