// Runs the safe-language check over each entry: every text field of the front matter (or YAML
// file), and the body as readers will see it. Easy Read text also gets a readability warning for
// each long sentence. A line can be marked as reviewed so that it no longer warns.
import { EASY_READ_MAX_WORDS, SOURCES } from './safe-language-words.ts';
import { findUnsafeLanguage, sentencesOf, wordCount, type LanguageFinding } from './safe-language.ts';
import { fieldName, printable, type Problem } from './problem.ts';
import type { RawEntry } from './read.ts';

/** The marker for a reviewed line: in a comment on the line before, or at the end of a YAML line. */
export const REVIEWED_WORDING = 'reviewed: wording';

/** What a comment looks like in each kind of file, to tell a comment-only line from a line of text. */
const COMMENT = /<!--[\s\S]*?-->|\{\s*\/\*[\s\S]*?\*\/\s*\}|(?:^|\s)#.*$/g;

/**
 * The lines the marker silences: a line ending with the marker (after its text, as a YAML comment)
 * is silenced itself; a line holding only the marker, in a comment, silences the next line.
 */
export function reviewedLines(text: string): Set<number> {
  const silenced = new Set<number>();
  text.split('\n').forEach((line, i) => {
    if (!line.toLowerCase().includes(REVIEWED_WORDING)) return;
    silenced.add(line.replace(COMMENT, '').trim() === '' ? i + 2 : i + 1);
  });
  return silenced;
}

function message(f: LanguageFinding): string {
  const { rule } = f;
  const source = SOURCES[rule.source];
  const lead =
    rule.severity === 'error'
      ? `“${f.text}”: ${rule.why} Instead, ${rule.suggest}.`
      : `“${f.text}”: ${rule.why} Consider ${rule.suggest}.`;
  return `${lead} (${source.name}.) If this wording is right here, for example in a quotation or the name of a service, mark the line as reviewed with the comment \`${REVIEWED_WORDING}\` on the line before (see “Writing about mental health” in CONTRIBUTING.md).`;
}

function readabilityMessage(sentence: string, words: number): string {
  return `This Easy Read sentence has ${words} words: “${sentence}”. Easy Read sentences work best with ${EASY_READ_MAX_WORDS} words or fewer, one idea each. Split it into shorter sentences. (${SOURCES.nhs.name}.)`;
}

/** Every string in the parsed front matter, with its path. */
function stringsOf(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...path, k]));
  return [];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The file line of the text at `offset` in a YAML value that starts on line `from`: a value can run
 * over several lines (`|` or `>` blocks, wrapped quotes), so the line is found by counting how many
 * times the first word at `offset` appears before it in the value, and finding that occurrence in
 * the file from the value's first line.
 */
function lineInFile(lines: string[], from: number, value: string, offset: number): number {
  const word = /[\p{L}\p{N}'’-]+/u.exec(value.slice(offset))?.[0];
  if (!word) return from;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
  let skip = value.slice(0, offset).match(pattern)?.length ?? 0;
  for (let i = from - 1; i < lines.length && i < from + 400; i++) {
    const here = lines[i]!.match(pattern)?.length ?? 0;
    if (skip < here) return i + 1;
    skip -= here;
  }
  return from;
}

/** The collections whose entries may have an Easy Read version. */
const WITH_EASY_READ = new Set(['visions', 'commitments', 'updates']);

/**
 * Whether a path is Easy Read text: `easyRead` as plain text, or its title, headings, lines and
 * pictures' alternative text (a picture's name is not a sentence).
 */
const isEasyRead = (collection: string, path: PropertyKey[]) =>
  WITH_EASY_READ.has(collection) && path[0] === 'easyRead' && path.at(-1) !== 'picture';

export function safeLanguageProblems(entries: RawEntry[]): Problem[] {
  return entries.flatMap((entry) => {
    const lines = entry.text.split('\n');
    const silenced = reviewedLines(entry.text);
    const problems: Problem[] = [];
    const seen = new Set<string>();
    const report = (line: number, field: string | undefined, text: string, severity: 'error' | 'warning') => {
      const key = `${line}\u0000${text}`;
      if (silenced.has(line) || seen.has(key)) return;
      seen.add(key);
      problems.push({ file: entry.file, line, ...(field ? { field } : {}), message: text, severity });
    };
    // The front matter, or the whole YAML file: each text field with its own name.
    for (const { path, text } of stringsOf(entry.data)) {
      const from = entry.lineOf(path);
      const field = fieldName(path);
      for (const f of findUnsafeLanguage(text))
        report(lineInFile(lines, from, text, f.at), field, message(f), f.rule.severity);
      if (!isEasyRead(entry.collection, path)) continue;
      let at = 0;
      for (const line of text.split('\n')) {
        for (const sentence of sentencesOf(line)) {
          const words = wordCount(sentence);
          if (words <= EASY_READ_MAX_WORDS) continue;
          const offset = at + (sentence.position?.start.offset ?? 0);
          const said = printable(line.slice(sentence.position?.start.offset ?? 0, sentence.position?.end.offset));
          report(lineInFile(lines, from, text, offset), field, readabilityMessage(said, words), 'warning');
        }
        at += line.length + 1;
      }
    }
    // The body as readers see it (its runs start at or after the body's first line).
    if (entry.rendered) {
      for (const run of entry.readable) {
        if (run.lineAt(0) < entry.bodyLine) continue;
        for (const f of findUnsafeLanguage(run.text)) report(run.lineAt(f.at), 'text', message(f), f.rule.severity);
      }
    }
    return problems;
  });
}
