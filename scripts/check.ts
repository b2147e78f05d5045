// `npm run check`: validates the content alone, without building the site.
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/content/problem.ts';

const started = performance.now();
const { problems } = checkContent(process.cwd());
console.log(formatReport(problems));
console.log(`(checked in ${Math.round(performance.now() - started)} ms)`);
process.exitCode = problems.length ? 1 : 0;
