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
}

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

/** The report `npm run check` prints: every problem, then a count. */
export function formatReport(problems: Problem[]): string {
  if (problems.length === 0) return 'The content is valid: no problems found.';
  const lines = sortProblems(problems).map(
    (p) => `${printable(p.file)}:${p.line}${p.field ? `  ${printable(p.field)}` : ''}\n  ${printable(p.message)}`,
  );
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${lines.join('\n\n')}\n\nFound ${problems.length} ${noun} in the content. Fix each one above, then run \`npm run check\` again.`;
}
