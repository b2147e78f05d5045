// The whole content check: read every file, validate each one, then the rules across files.
import { join, resolve } from 'node:path';
import type { Commitment, Group, Input, Minutes, Partner, Site, Theme, Update, Vision } from '../contract/index.ts';
import { sortProblems, type Problem } from './problem.ts';
import { allowListOf, personalDataProblems } from './personal-data-check.ts';
import { readContent } from './read.ts';
import { uploadProblems } from './uploads.ts';
import { crossCheck } from './rules.ts';
import { validateEntry, type ValidEntry } from './validate.ts';
import { todayIso } from '../model/days.ts';

export interface CheckedContent {
  site?: ValidEntry<Site>;
  partners: ValidEntry<Partner>[];
  themes: ValidEntry<Theme>[];
  groups: ValidEntry<Group>[];
  visions: ValidEntry<Vision>[];
  commitments: ValidEntry<Commitment>[];
  updates: ValidEntry<Update>[];
  minutes: ValidEntry<Minutes>[];
  inputs: ValidEntry<Input>[];
  /** Every problem found, sorted by file and line; empty when the content is valid. */
  problems: Problem[];
}

export interface CheckOptions {
  /** The content folder (default `root`/src/content). */
  contentDir?: string;
  /** The path the site is published under (default `/`), for links inside bodies. */
  base?: string;
  /** The day the site is built, YYYY-MM-DD: nothing may be dated after it. Default: today. */
  today?: string;
}

/** Checks the content under `root`/src/content and returns every problem at once, with every valid entry. */
export function checkContent(root: string, options: CheckOptions = {}): CheckedContent {
  const absRoot = resolve(root);
  const read = readContent(resolve(options.contentDir ?? join(root, 'src', 'content')), absRoot, {
    base: options.base,
  });
  const problems = [...read.problems, ...uploadProblems(absRoot)];
  const out: CheckedContent = {
    partners: [],
    themes: [],
    groups: [],
    visions: [],
    commitments: [],
    updates: [],
    minutes: [],
    inputs: [],
    problems: [],
  };
  for (const entry of read.entries) {
    const { valid, problems: found } = validateEntry(entry);
    problems.push(...found);
    if (!valid) continue;
    if (entry.collection === 'site') out.site = valid as ValidEntry<Site>;
    else (out[entry.collection] as ValidEntry[]).push(valid);
  }
  problems.push(...crossCheck({ raw: read.entries, ...out }, options.today ?? todayIso()));
  const siteData = read.entries.find((e) => e.collection === 'site')?.data as Partial<Site> | undefined;
  problems.push(...personalDataProblems(read.entries, allowListOf(out.site?.data ?? siteData)));
  out.problems = sortProblems(problems);
  return out;
}
