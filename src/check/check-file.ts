// What the check finds in one file on its own: read, validated, scanned for personal data and
// wording. The same whether the file is checked on the main thread or in a worker
// (./check-workers.ts), and whether its result comes fresh or from the cache (./cache.ts): a
// result travels between them as the record the cache stores.
import type { Registry } from '../contract/index.ts';
import type { FileRecord } from './cache.ts';
import { allowListProblems, personalDataProblems } from './personal-data-check.ts';
import type { AllowList } from './personal-data.ts';
import type { Problem } from './problem.ts';
import { lineOfTable, textAndBody, type RawEntry } from './read.ts';
import { safeLanguageProblems } from './safe-language-check.ts';
import { validateEntry, type ValidEntry } from './validate.ts';

/** What the check finds in one file on its own. */
export interface FileResult {
  entry?: RawEntry;
  /** Problems reading it. */
  problems: Problem[];
  /** Its data after its schema has read it, when valid. */
  valid?: ValidEntry;
  validation: Problem[];
  personal: Problem[];
  wording: Problem[];
  /** True when this came from the cache. */
  fromCache?: boolean;
}

export interface FileSettings {
  registry: Registry;
  /** The contact details site.yaml allows (./personal-data-check.ts allowListOf). */
  allow: AllowList;
  /** A translation is read and scanned as any other file, but validated against its original later. */
  translating: boolean;
  /** The file's validation when it was done already (site.yaml's, which everything else depends on). */
  validated?: { valid?: ValidEntry; problems: Problem[] };
}

/** Checks one file as read: its schema, then the personal-data and wording scans. */
export function checkFile(read: { entry?: RawEntry; problems: Problem[] }, settings: FileSettings): FileResult {
  if (!read.entry) return { problems: read.problems, validation: [], personal: [], wording: [] };
  const { valid, problems: validation } = settings.translating
    ? { valid: undefined, problems: [] }
    : (settings.validated ?? validateEntry(read.entry, settings.registry));
  return {
    entry: read.entry,
    problems: read.problems,
    ...(valid ? { valid } : {}),
    validation,
    personal: [
      ...personalDataProblems(
        [read.entry],
        settings.allow,
        (collection) => settings.registry[collection]?.placeFields ?? [],
      ),
      // site.yaml's own allow list, which every other file's scan goes by.
      ...(read.entry.collection === 'site' && !settings.translating ? allowListProblems(read.entry) : []),
    ],
    wording: safeLanguageProblems([read.entry]),
  };
}

/**
 * A fresh result as a record, or undefined when it cannot be one (an entry read by another reader,
 * without its line table).
 */
export function recordOf(hash: string, images: [string, boolean][], result: FileResult): FileRecord | undefined {
  const e = result.entry;
  if (e && !e.lines) return undefined;
  return {
    hash,
    images,
    problems: result.problems,
    validation: result.validation,
    personal: result.personal,
    wording: result.wording,
    valid: result.valid !== undefined,
    data: result.valid?.data,
    ...(e
      ? {
          entry: {
            collection: e.collection,
            id: e.id,
            file: e.file,
            data: e.data,
            bodyLine: e.bodyLine,
            ...(e.rendered ? { rendered: e.rendered } : {}),
            lines: e.lines!(),
          },
        }
      : {}),
  };
}

/**
 * A file's result from its record and its bytes (the same bytes the record was made from), or how
 * to read them when its text is first wanted: most runs never want most files' text.
 */
export function resultOf(record: FileRecord, bytes: Buffer | (() => Buffer)): FileResult {
  const { problems, validation, personal, wording, entry: stored, data } = record;
  if (!stored) return { problems, validation, personal, wording };
  let read: { text: string; body: string } | undefined;
  const textAndBodyOnce = () =>
    (read ??= textAndBody(
      typeof bytes === 'function' ? bytes() : bytes,
      stored.bodyLine,
      stored.rendered !== undefined,
    ));
  // The scans that needed the text as readers see it (readable) are in the record already.
  const entry: RawEntry = {
    ...stored,
    get text() {
      return textAndBodyOnce().text;
    },
    get body() {
      return textAndBodyOnce().body;
    },
    readable: [],
    lineOf: lineOfTable(stored.lines),
    lines: () => stored.lines,
  };
  return {
    entry,
    problems,
    validation,
    personal,
    wording,
    ...(record.valid ? { valid: { raw: entry, data } } : {}),
  };
}
