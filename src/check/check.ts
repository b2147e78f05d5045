// The whole content check: read every file, validate each one, then the rules across files.
import { join, resolve } from 'node:path';
import { collections, type CollectionName, type DataOf, type Registry, type Site } from '../contract/index.ts';
import { isWarning, sortProblems, type Problem } from './problem.ts';
import { allowListOf, personalDataProblems } from './personal-data-check.ts';
import { readContent } from './read.ts';
import { safeLanguageProblems } from './safe-language-check.ts';
import { uploadProblems } from './uploads.ts';
import { crossCheck } from './rules.ts';
import { validateEntry, type ValidEntry } from './validate.ts';
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
}

/** Checks the content under `root`/src/content and returns every problem at once, with every valid entry. */
export function checkContent(root: string, options: CheckOptions = {}): CheckedContent {
  const absRoot = resolve(root);
  const registry = options.registry ?? collections;
  const read = readContent(resolve(options.contentDir ?? join(root, 'src', 'content')), absRoot, {
    base: options.base,
    registry,
  });
  const problems = [...read.problems, ...uploadProblems(absRoot)];
  const byCollection: Record<string, ValidEntry[]> = Object.fromEntries(
    Object.keys(registry).map((name) => [name, []]),
  );
  let site: ValidEntry<Site> | undefined;
  for (const entry of read.entries) {
    const { valid, problems: found } = validateEntry(entry, registry);
    problems.push(...found);
    if (!valid) continue;
    if (entry.collection === 'site') site = valid as ValidEntry<Site>;
    else byCollection[entry.collection]!.push(valid);
  }
  problems.push(...crossCheck({ raw: read.entries, byCollection }, options.today ?? todayIso(), registry));
  const siteData = read.entries.find((e) => e.collection === 'site')?.data as Partial<Site> | undefined;
  problems.push(...personalDataProblems(read.entries, allowListOf(site?.data ?? siteData)));
  problems.push(...safeLanguageProblems(read.entries));
  const warnings = problems.filter(isWarning);
  // Each collection's entries by its name: typed for the project's own collections, and present
  // by name for any other registry's (a test's).
  return {
    ...byCollection,
    site,
    byCollection,
    problems: sortProblems(problems.filter((p) => !isWarning(p))),
    warnings: sortProblems(warnings),
  } as unknown as CheckedContent;
}
