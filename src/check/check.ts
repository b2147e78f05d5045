// The whole content check: read every file, validate each one, then the rules across files.
import { languageProblems } from './languages.ts';
import { basename, extname, join, resolve } from 'node:path';
import {
  collections,
  contentLanguage,
  joinedTranslationName,
  miswrittenTranslationName,
  type CollectionName,
  type DataOf,
  type Registry,
  type Site,
} from '../contract/index.ts';
import { isWarning, sortProblems, type Problem } from './problem.ts';
import { allowListOf, notePersonalDataProblems, uploadNameProblems, withDetailsMasked } from './personal-data-check.ts';
import { partlyRead, readOrExplain, uploadExists, type RawEntry } from './read.ts';
import { openCache, hashOf, type FileRecord } from './cache.ts';
import { checkFile, recordOf, resultOf, type FileResult } from './check-file.ts';
import { checkInWorkers, type WorkerOptions } from './check-workers.ts';
import { listContent, type ContentFile } from './files.ts';
import { readFileSync } from 'node:fs';
import { uploadProblems } from './uploads.ts';
import { crossCheck, type UnreadFile } from './rules.ts';
import { folderItBelongsIn, idItShouldHave, validateEntry, type ValidEntry } from './validate.ts';
import { checkTranslations, type TranslationRead, type ValidTranslation } from './translations.ts';
import { todayIso } from '../model/days.ts';

/** Every valid entry, by collection, and every problem found. */
export type CheckedContent = { [K in CollectionName]: ValidEntry<DataOf<K>>[] } & {
  site?: ValidEntry<Site>;
  /** The valid entries of every collection in the registry that was checked, by name. */
  byCollection: Record<string, ValidEntry[]>;
  /** Every error found, sorted by file and line; empty when the content is valid. */
  problems: Problem[];
  /** Every warning found (severity `warning`), sorted by file and line: printed, but the content is still valid. */
  warnings: Problem[];
  /** Every translation that passed, each to be laid over its original (never an entry of its own). */
  translations: ValidTranslation[];
  /** With the cache on: how many files' results were reused and how many were checked afresh. */
  cacheUse?: { reused: number; checked: number };
};

export interface CheckOptions {
  /** The content folder (default `root`/src/content). */
  contentDir?: string;
  /** The path the site is published under (default `/`), for links inside bodies. */
  base?: string;
  /** The day the site is built, YYYY-MM-DD: nothing may be dated after it. Default: today. */
  today?: string;
  /** The collections to check (default: the project's registry). */
  registry?: Registry;
  /**
   * Remember each file's result in node_modules/.cache and reuse it while the file, the checker and
   * the settings are unchanged (src/check/cache.ts). Off by default; `npm run check` and the build use it.
   */
  cache?: boolean;
  /**
   * Each content file's hash, by its path from the root, as just looked at by someone who read it
   * (last-check.ts): a file whose cached result has that hash is not read again unless its text is
   * wanted. Only for the project's own content folder.
   */
  known?: ReadonlyMap<string, string>;
}

/**
 * Checks the content under `root`/src/content and returns every problem at once, with every valid
 * entry. On one thread: the build runs it inside Vite, where a worker could not load the checker.
 */
export function checkContent(root: string, options: CheckOptions = {}): CheckedContent {
  return planCheck(root, options).finish(new Map());
}

/**
 * Fewer files to check afresh than this, and the check stays on one thread: a worker takes about
 * as long to load the checker as the main thread takes to check this many files (measured on two
 * cores).
 */
export const WORKERS_FROM = 500;

/**
 * The same check as checkContent, finding exactly the same, with the files to check afresh shared
 * among worker threads when there are enough of them to be worth a worker's start. For `npm run
 * check`, run by Node itself, which loads the checker's TypeScript in a worker as on the main thread.
 */
export async function checkContentInParallel(
  root: string,
  options: CheckOptions = {},
  sharing: { from?: number } & WorkerOptions = {},
): Promise<CheckedContent> {
  const plan = planCheck(root, options);
  // A registry other than the project's (a test's) holds schemas, which cannot be sent to a worker.
  if (options.registry || plan.afresh.length < (sharing.from ?? WORKERS_FROM)) return plan.finish(new Map());
  const records = await checkInWorkers(
    { root: plan.root, base: options.base, allow: plan.allow, files: plan.afresh },
    sharing,
  );
  return plan.finish(records);
}

/** A file changed on disk while the check was running: its text is no longer the one its result is for. */
export class ChangedWhileChecking extends Error {
  readonly file: string;
  constructor(file: string) {
    super(`${file} changed while the check was running. Run the check again.`);
    this.file = file;
  }
}

/** A file read again for its text: the same bytes its remembered result was for, or it has changed since. */
function readAgain(source: ContentFile, hash: string): Buffer {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(source.path);
  } catch {
    // Gone or unreadable now: changed all the same.
  }
  if (!bytes || hashOf(bytes) !== hash) throw new ChangedWhileChecking(source.file);
  return bytes;
}

/** A content file's bytes as read for the check, and its remembered result when the cache holds one. */
interface Looked {
  bytes?: Buffer;
  hash?: string;
  record?: FileRecord;
}

/**
 * Everything the check needs before looking into the files one by one (site.yaml's settings, the
 * cache, which files changed), and the rest of the check, given the records of any files already
 * checked elsewhere (in workers).
 */
function planCheck(root: string, options: CheckOptions) {
  const absRoot = resolve(root);
  const registry = options.registry ?? collections;
  const readOptions = { base: options.base, registry };
  const listing = listContent(resolve(options.contentDir ?? join(root, 'src', 'content')), absRoot, registry);

  // site.yaml first, always read afresh: the contact details it allows are part of every file's
  // personal-data scan (and so of what a cached result depends on).
  const siteSource = listing.files.find((f) => f.collection === 'site' && !f.translates);
  const siteRead = siteSource ? readOrExplain(absRoot, siteSource, readOptions) : { problems: [] };
  const siteChecked = siteRead.entry ? validateEntry(siteRead.entry, registry) : undefined;
  // A site.yaml that cannot be read whole still allows its own contact details, as far as they can
  // be made out: else a tab in it would make its published address personal data in every file.
  const allow = allowListOf(
    (siteChecked?.valid?.data ?? siteRead.entry?.data ?? (siteSource && partlyRead(siteSource.path))) as
      Partial<Site> | undefined,
  );
  // A translation's file is read and scanned as any other; it is validated against its original
  // once every original has been read (checkTranslations, below).
  const checkOne = (read: { entry?: RawEntry; problems: Problem[] }, translating: boolean): FileResult =>
    checkFile(read, {
      registry,
      allow,
      translating,
      ...(read.entry === siteRead.entry && siteChecked ? { validated: siteChecked } : {}),
    });
  // A registry other than the project's (a test's) is not part of the cache's key: never cached.
  // No base is the base `/` (as the reader takes it), so npm run check and the build share results.
  const cache =
    options.cache && !options.registry
      ? openCache(absRoot, JSON.stringify({ base: options.base ?? '/', allow }))
      : undefined;
  const uploads = resolve(absRoot, 'public');
  const uploadThere = (sitePath: string) => uploadExists(uploads, sitePath);
  const offered = offeredLanguages(siteChecked?.valid?.data ?? siteRead.entry?.data);

  // Each file is read once, here: its bytes tell whether the cache's result still holds.
  const looked = new Map<ContentFile, Looked>();
  const afresh: ContentFile[] = [];
  const miswritten = new Map<ContentFile, Problem>();
  const originalIds = new Set(
    listing.files.filter((f) => !f.translates).map((f) => `${f.collection}/${basename(f.file, extname(f.file))}`),
  );
  for (const source of listing.files) {
    const misnamed = miswrittenName(source, offered, originalIds);
    if (misnamed) miswritten.set(source, misnamed);
    if (source === siteSource || misnamed) continue;
    // Unchanged since it was hashed a moment ago: its remembered result holds without reading it.
    const knownHash = options.known?.get(source.file);
    const knownRecord = knownHash ? cache?.get(source.file, knownHash, uploadThere) : undefined;
    if (knownHash && knownRecord) {
      looked.set(source, { hash: knownHash, record: knownRecord });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(source.path);
    } catch {
      // Read again when its turn comes, and explained then.
      looked.set(source, {});
      continue;
    }
    const hash = hashOf(bytes);
    const record = cache?.get(source.file, hash, uploadThere);
    looked.set(source, { bytes, hash, ...(record ? { record } : {}) });
    if (!record) afresh.push(source);
  }

  /** One file's result: remembered, checked already in a worker, or checked now (and remembered). */
  const resultFor = (source: ContentFile, fresh: ReadonlyMap<ContentFile, FileRecord>): FileResult => {
    const translating = source.translates !== undefined;
    const { bytes, hash, record } = looked.get(source)!;
    if (record) return { ...resultOf(record, bytes ?? (() => readAgain(source, hash!))), fromCache: true };
    if (!bytes || !hash) return checkOne(readOrExplain(absRoot, source, readOptions), translating);
    const checked = fresh.get(source);
    // A worker read the file after this thread did: its record stands only for the same bytes.
    if (checked && checked.hash === hash) {
      cache?.set(source.file, checked);
      return resultOf(checked, bytes);
    }
    const images: [string, boolean][] = [];
    const result = checkOne(readOrExplain(absRoot, source, readOptions, bytes, images), translating);
    // An entry read by another reader (without its line table) is simply not remembered.
    const made = cache ? recordOf(hash, images, result) : undefined;
    if (made) cache!.set(source.file, made);
    return result;
  };

  const finish = (fresh: ReadonlyMap<ContentFile, FileRecord>): CheckedContent => {
    const found = { read: [...listing.problems], validation: [] as Problem[], personal: [] as Problem[] };
    const wording: Problem[] = [];
    const entries: RawEntry[] = [];
    const byCollection: Record<string, ValidEntry[]> = Object.fromEntries(
      Object.keys(registry).map((name) => [name, []]),
    );
    let site: ValidEntry<Site> | undefined;
    const cacheUse = { reused: 0, checked: 0 };
    const translations: TranslationRead[] = [];
    const originals = new Map<string, { entry: RawEntry; valid: boolean }>();
    const unread: UnreadFile[] = listing.setAside.map((aside) => ({ ...aside, guess: () => partlyRead(aside.path) }));
    for (const source of listing.files) {
      const misnamed = miswritten.get(source);
      if (misnamed) {
        found.read.push(misnamed);
        continue;
      }
      const result = source === siteSource ? checkOne(siteRead, false) : resultFor(source, fresh);
      if (!result.entry && !source.translates) unread.push(unreadFile(source));
      // A file in another collection's folder is told to move (validate.ts): until it does, what
      // names it in the collection it belongs to is not told it is missing.
      const belongs =
        result.entry && !result.valid && !source.translates ? folderItBelongsIn(result.entry, registry) : undefined;
      if (belongs && result.entry) {
        const data = result.entry.data as Record<string, unknown>;
        unread.push({ collection: belongs.name, id: result.entry.id, file: source.file, guess: () => data });
      }
      found.read.push(...result.problems);
      found.validation.push(...result.validation);
      found.personal.push(...result.personal);
      wording.push(...result.wording);
      if (cache && source !== siteSource) cacheUse[result.fromCache ? 'reused' : 'checked']++;
      if (result.entry && source.translates) {
        translations.push({ source: { ...source, translates: source.translates }, entry: result.entry });
        continue;
      }
      if (result.entry) entries.push(result.entry);
      if (result.entry)
        originals.set(`${source.collection}/${result.entry.id}`, { entry: result.entry, valid: !!result.valid });
      if (result.valid && source === siteSource) site = result.valid as ValidEntry<Site>;
      else if (result.valid) byCollection[source.collection]!.push(result.valid);
    }
    cache?.save();
    for (const note of listing.notes) {
      let text: string;
      try {
        text = readFileSync(note.path, 'utf8');
      } catch {
        continue; // Not content: a README this process cannot read is left to git.
      }
      found.personal.push(...notePersonalDataProblems(note.file, text, allow));
    }
    // An original with a problem of its own (not read, or misnamed) is not "missing" to its translation.
    const troubled = new Set([
      ...unread.map((file) => `${file.collection}/${file.id}`),
      ...entries.filter((e) => idItShouldHave(e.id) !== e.id).map((e) => `${e.collection}/${idItShouldHave(e.id)}`),
    ]);
    const translated = checkTranslations(
      translations,
      {
        get: (collection, id) => originals.get(`${collection}/${id}`),
        ids: (collection) =>
          [...entries, ...unread].filter((e) => e.collection === collection).map((e) => idItShouldHave(e.id)),
        troubled: (collection, id) => troubled.has(`${collection}/${id}`),
      },
      site?.data,
      registry,
    );
    found.validation.push(...translated.problems);

    const every = [
      ...found.read,
      ...uploadProblems(absRoot, (file) => uploadNameProblems(file, allow)),
      ...found.validation,
      ...crossCheck({ raw: entries, byCollection, unread }, options.today ?? todayIso(), registry),
      ...languageProblems(site),
      ...found.personal,
      ...wording,
    ];
    // What a rule quotes of the content (and a field named by a YAML key) is masked as the
    // personal-data scan masks what it finds.
    const problems = every.map((p) => withDetailsMasked(p, allow));
    const warnings = problems.filter(isWarning);
    // Each collection's entries by its name: typed for the project's own collections, and present
    // by name for any other registry's (a test's).
    return {
      ...byCollection,
      site,
      byCollection,
      translations: translated.valid,
      problems: sortProblems(problems.filter((p) => !isWarning(p))),
      warnings: sortProblems(warnings),
      ...(cache ? { cacheUse } : {}),
    } as unknown as CheckedContent;
  };

  return { root: absRoot, allow, afresh, finish };
}

/** A content file that could not be read, as the rules across files know it: by the id its name gives it. */
function unreadFile(source: ContentFile): UnreadFile {
  return {
    collection: source.collection,
    id: basename(source.path, extname(source.path)),
    file: source.file,
    guess: () => partlyRead(source.path),
  };
}

/** The languages site.yaml offers, read leniently: site.yaml's own problems are reported elsewhere. */
function offeredLanguages(site: unknown): string[] {
  if (site === null || typeof site !== 'object') return [];
  const { languages } = site as { languages?: unknown };
  if (Array.isArray(languages)) return languages.filter((l): l is string => typeof l === 'string');
  const { locale } = site as { locale?: unknown };
  return typeof locale === 'string' ? [contentLanguage({ locale } as Site)] : [];
}

/**
 * A translation whose language code is in capitals or has a region, or is joined to its original's
 * name by a hyphen: one problem, and the file is not read as an original.
 */
function miswrittenName(
  source: ContentFile,
  offered: readonly string[],
  originalIds: ReadonlySet<string>,
): Problem | undefined {
  if (source.translates || source.collection === 'site') return undefined;
  const name = basename(source.file);
  const ending = extname(name);
  const stem = basename(name, ending);
  const meant = miswrittenTranslationName(stem, offered);
  const joined = meant
    ? undefined
    : joinedTranslationName(stem, offered, (id) => originalIds.has(`${source.collection}/${id}`));
  const found = meant ?? joined;
  if (!found) return undefined;
  return {
    file: source.file,
    line: 1,
    message: meant
      ? `This looks like the \`${found.language}\` translation of \`${found.of}\`. Language codes in file names are lower case, without a region: rename it to \`${found.of}.${found.language}${ending}\`.`
      : `This looks like the \`${found.language}\` translation of \`${found.of}\`. A translation's language code goes after a dot: rename it to \`${found.of}.${found.language}${ending}\`.`,
  };
}
