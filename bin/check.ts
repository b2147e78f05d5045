// `npm run check`: validates the content alone, without building the site. Under GitHub Actions
// it also annotates the files and writes the job summary.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { lastCheck, type Findings } from '../src/check/last-check.ts';
import { formatReport } from '../src/check/problem.ts';
import { annotations, jobSummary } from '../src/check/report-github.ts';
import { todayIso } from '../src/model/days.ts';

const started = performance.now();
const root = process.cwd();
const today = todayIso();
// Nothing changed since the last check: its findings stand, and the checker is not even loaded.
const last = lastCheck(root, today);
let findings: Findings | undefined = last.unchanged;
let reused = findings ? `; no file has changed since the last check, so its findings stand` : '';
if (!findings) {
  const { checkContentInParallel, ChangedWhileChecking } = await import('../src/check/check.ts');
  const check = (known?: ReadonlyMap<string, string>) =>
    checkContentInParallel(root, { cache: true, today, ...(known ? { known } : {}) });
  let checked: Awaited<ReturnType<typeof check>>;
  try {
    // The files were just looked at (lastCheck): those it hashed need not be read again.
    checked = await check(last.hashes);
  } catch (error) {
    if (!(error instanceof ChangedWhileChecking)) throw error;
    // A file changed after it was looked at: every file is read afresh instead.
    checked = await check();
  }
  const { problems, warnings, cacheUse } = checked;
  findings = { problems, warnings };
  last.remember(findings);
  // Files unchanged since the last check (or build) keep their results: say so, so a fast run is not a mystery.
  if (cacheUse?.reused) reused = `; ${cacheUse.reused} unchanged files' results reused`;
}
// Errors fail the check; warnings (wording to look at again) are printed and annotated but never fail it.
const { problems: errors, warnings } = findings;
const problems = [...errors, ...warnings];
const report = formatReport(problems);
if (process.env.GITHUB_ACTIONS === 'true') {
  // The report quotes what volunteers wrote. GitHub reads any log line starting `::` as a command,
  // so the report is printed with commands switched off, under a token no content can guess.
  const token = randomUUID();
  console.log(`::stop-commands::${token}`);
  console.log(report);
  console.log(`::${token}::`);
  for (const line of annotations(problems)) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(problems));
} else {
  console.log(report);
}
console.log(`(checked in ${Math.round(performance.now() - started)} ms${reused})`);
process.exitCode = errors.length ? 1 : 0;
