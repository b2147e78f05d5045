// Under GitHub Actions, the same problems as annotations on the pull request's files and as a
// table in the job's summary, so a volunteer sees them without reading the log.
import { printable, type Problem } from './problem.ts';

/** Escapes text for a workflow command (% and newlines in the message; also : and , in properties). */
function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…,title=…::message` line per problem. */
export function annotations(problems: Problem[]): string[] {
  return problems.map(
    (p) =>
      `::error file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field ? `Content problem: ${p.field}` : 'Content problem')}::${escapeData(p.message)}`,
  );
}

/** A Markdown summary of every problem, for $GITHUB_STEP_SUMMARY. */
export function jobSummary(problems: Problem[]): string {
  if (problems.length === 0) return '## Content check\n\nThe content is valid: no problems found.\n';
  const cell = (text: string) => printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|');
  return [
    '## Content check',
    '',
    `Found ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}. Fix each one, then push again.`,
    '',
    '| File | Line | Field | What is wrong and how to fix it |',
    '| --- | --- | --- | --- |',
    ...problems.map((p) => `| ${cell(p.file)} | ${p.line} | ${cell(p.field ?? '')} | ${cell(p.message)} |`),
    '',
  ].join('\n');
}
