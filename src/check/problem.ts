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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The report `npm run check` prints: every problem (errors and warnings, in file order), then a count. */
export function formatReport(problems: Problem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(
    (p) =>
      `${printable(p.file)}:${p.line}${p.field ? `  ${printable(p.field)}` : ''}${isWarning(p) ? '  (warning)' : ''}\n  ${printable(p.message)}`,
  );
  const warned = `${plural(warnings, 'warning', 'warnings')} above: read each one and change the wording, or mark the line as reviewed. Warnings do not stop the site being built.`;
  if (errors === 0)
    return warnings === 0
      ? 'The content is valid: no problems found.'
      : `${lines.join('\n\n')}\n\nThe content is valid: no problems found. ${warned}`;
  return `${lines.join('\n\n')}\n\nFound ${plural(errors, 'problem', 'problems')} in the content. Fix each one above, then run \`npm run check\` again.${warnings ? ` Also ${warned}` : ''}`;
}
