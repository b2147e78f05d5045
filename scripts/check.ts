// `npm run check`: validates the content alone, without building the site. Under GitHub Actions
// it also annotates the files and writes the job summary.
import { appendFileSync } from 'node:fs';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/content/problem.ts';
import { annotations, jobSummary } from '../src/lib/content/report-github.ts';

const started = performance.now();
const { problems } = checkContent(process.cwd());
console.log(formatReport(problems));
console.log(`(checked in ${Math.round(performance.now() - started)} ms)`);
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const line of annotations(problems)) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(problems));
}
process.exitCode = problems.length ? 1 : 0;
