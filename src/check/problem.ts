/** One thing wrong with the content, said so that a volunteer can find it and fix it. */
export interface Problem {
  /** Path from the project root, like src/content/updates/x.mdx. */
  file: string;
  /** 1-based line in the file where the problem is (the field's line where there is one). */
  line: number;
  /** The field, written as a volunteer reads it: `aims › item 2 › id`. */
  field?: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  /**
   * An error (the default) must be fixed: `npm run check` fails and the build stops. A warning is
   * worth a second look (wording, say) but never fails the check nor stops the build.
   */
  severity?: 'error' | 'warning';
}

/** True for a warning: a problem to read, never one that fails the check or stops the build. */
export const isWarning = (p: Problem): boolean => p.severity === 'warning';
/** The problems that are errors: those that fail the check and stop the build. */
export const errorsOf = (problems: Problem[]): Problem[] => problems.filter((p) => !isWarning(p));

/** A field path as a volunteer reads it: list positions counted from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((step) => (typeof step === 'number' ? `item ${step + 1}` : String(step))).join(' › ');
}

/** Sorts problems by file then line, so a report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Text from content as the report prints it: one line, with control characters (a newline, an escape) shown as escapes, never acted on by a terminal or a CI log. */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A count with its noun: 1 problem, 2 problems. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many problems of one file a report lists: a pasted table of numbers can make tens of thousands. */
export const LISTED_PER_FILE = 50;

/** The problems a report lists, in order, at most LISTED_PER_FILE of each file, and how many of each file it leaves out. */
export function listedPerFile(problems: Problem[]): { listed: Problem[]; unlisted: Map<string, number> } {
  const listed: Problem[] = [];
  const counts = new Map<string, number>();
  const unlisted = new Map<string, number>();
  for (const p of sortProblems(problems)) {
    const count = counts.get(p.file) ?? 0;
    if (count < LISTED_PER_FILE) {
      counts.set(p.file, count + 1);
      listed.push(p);
    } else unlisted.set(p.file, (unlisted.get(p.file) ?? 0) + 1);
  }
  return { listed, unlisted };
}

/** The sentence for a file's problems a report leaves out. */
export function notListed(more: number): string {
  return `${plural(more, 'more problem', 'more problems')} in this file ${more === 1 ? 'is' : 'are'} not listed: fix the ones above, then run \`npm run check\` again to see the rest.`;
}

/**
 * The report `npm run check` prints: every problem (errors and warnings, in file order), at most
 * LISTED_PER_FILE of each file with a line saying how many more it has, then a count.
 */
export function formatReport(problems: Problem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  const { listed, unlisted } = listedPerFile(problems);
  const lines: string[] = [];
  listed.forEach((p, i) => {
    lines.push(
      `${printable(p.file)}:${p.line}${p.field ? `  ${printable(p.field)}` : ''}${isWarning(p) ? '  (warning)' : ''}\n  ${printable(p.message)}`,
    );
    const more = unlisted.get(p.file);
    if (more && listed[i + 1]?.file !== p.file) lines.push(`${printable(p.file)}\n  ${notListed(more)}`);
  });
  const warned = `${plural(warnings, 'warning', 'warnings')} above: read each one and change the wording, or mark the line as reviewed. Warnings do not stop the site being built.`;
  if (errors === 0)
    return warnings === 0
      ? 'The content is valid: no problems found.'
      : `${lines.join('\n\n')}\n\nThe content is valid: no problems found. ${warned}`;
  return `${lines.join('\n\n')}\n\nFound ${plural(errors, 'problem', 'problems')} in the content. Fix each one above, then run \`npm run check\` again.${warnings ? ` Also ${warned}` : ''}`;
}
