// Under GitHub Actions, the same problems as annotations on the pull request's files and as a
// table in the job's summary, so a volunteer sees them without reading the log.
import { errorsOf, isWarning, listedPerFile, notListed, plural, printable, type Problem } from './problem.ts';

/** Escapes text for a workflow command (% and newlines in the message; also : and , in properties). */
function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…,title=…::message` line per problem (`::warning` for a warning). */
export function annotations(problems: Problem[]): string[] {
  // As many of each file's as the printed report lists, and one more saying how many are left out.
  const { listed, unlisted } = listedPerFile(problems);
  return [
    ...listed.map((p) => {
      const [command, title] = isWarning(p) ? ['warning', 'Wording to check'] : ['error', 'Content problem'];
      return `::${command} file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field ? `${title}: ${p.field}` : title)}::${escapeData(p.message)}`;
    }),
    ...[...unlisted].map(
      ([file, more]) => `::error file=${escapeProperty(file)},title=Content problem::${escapeData(notListed(more))}`,
    ),
  ];
}

/** A Markdown summary of every problem (errors, then warnings), for $GITHUB_STEP_SUMMARY. */
export function jobSummary(problems: Problem[]): string {
  if (problems.length === 0) return '## Content check\n\nThe content is valid: no problems found.\n';
  const cell = (text: string) => printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|');
  const errors = errorsOf(problems);
  const warnings = problems.filter(isWarning);
  const table = (rows: Problem[], what: string) => {
    const { listed, unlisted } = listedPerFile(rows);
    return [
      `| File | Line | Field | ${what} |`,
      '| --- | --- | --- | --- |',
      ...listed.map((p) => `| ${cell(p.file)} | ${p.line} | ${cell(p.field ?? '')} | ${cell(p.message)} |`),
      ...[...unlisted].map(([file, more]) => `| ${cell(file)} |  |  | ${cell(notListed(more))} |`),
      '',
    ];
  };
  return [
    '## Content check',
    '',
    errors.length
      ? `Found ${plural(errors.length, 'problem', 'problems')}. Fix each one, then push again.`
      : 'The content is valid: no problems found.',
    '',
    ...(errors.length ? table(errors, 'What is wrong and how to fix it') : []),
    ...(warnings.length
      ? [
          `### ${plural(warnings.length, 'warning', 'warnings')}`,
          '',
          'Wording to look at again. Warnings do not stop the site being built.',
          '',
          ...table(warnings, 'What to look at and why'),
        ]
      : []),
  ].join('\n');
}
