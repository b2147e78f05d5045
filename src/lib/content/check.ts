// The whole content check: read every file, validate each one, then the rules across files.
import { join, resolve } from 'node:path';
import type { Commitment, Group, Input, Minutes, Partner, Site, Theme, Update, Vision } from '../schema/index.ts';
import { sortProblems, type Problem } from './problem.ts';
import { unsafeBody } from './body-safety.ts';
import { allowListOf, personalDataProblems } from './personal-data-check.ts';
import { readContent } from './read.ts';
import { crossCheck } from './rules.ts';
import { validateEntry, type ValidEntry } from './validate.ts';

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

/** Checks the content under `root`/src/content (or `contentDir`) and returns every problem at once. */
export function checkContent(root: string, contentDir = join(root, 'src', 'content')): CheckedContent {
  const absRoot = resolve(root);
  const read = readContent(resolve(contentDir), absRoot);
  const problems = [...read.problems];
  const out: CheckedContent = {
    partners: [], themes: [], groups: [], visions: [], commitments: [], updates: [], minutes: [], inputs: [], problems: [],
  };
  for (const entry of read.entries) {
    problems.push(...unsafeBody(entry));
    const { valid, problems: found } = validateEntry(entry);
    problems.push(...found);
    if (!valid) continue;
    if (entry.collection === 'site') out.site = valid as ValidEntry<Site>;
    else (out[entry.collection] as ValidEntry[]).push(valid);
  }
  problems.push(...crossCheck({ raw: read.entries, ...out }));
  const siteData = read.entries.find((e) => e.collection === 'site')?.data as Partial<Site> | undefined;
  problems.push(...personalDataProblems(read.entries, allowListOf(out.site?.data ?? siteData)));
  out.problems = sortProblems(problems);
  return out;
}
