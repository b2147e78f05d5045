// A report lists at most LISTED_PER_FILE problems of each file, and says how many more there are,
// so a pasted table of numbers cannot fill a terminal or a pull request with tens of thousands.
import { describe, expect, it } from 'vitest';
import { LISTED_PER_FILE, formatReport, type Problem } from '../../src/check/problem.ts';
import { annotations, jobSummary } from '../../src/check/report-github.ts';

const many = (file: string, n: number): Problem[] =>
  Array.from({ length: n }, (_, i) => ({ file, line: i + 1, message: `Problem ${i + 1} here.` }));
const problems = [...many('src/content/updates/b.mdx', 3), ...many('src/content/updates/a.mdx', LISTED_PER_FILE + 70)];

describe('a report of very many problems', () => {
  const report = formatReport(problems);
  it('lists the first of each file, in order, and says how many more each has, after its last', () => {
    expect(report.match(/^src\/content\/updates\/a\.mdx:\d+$/gm)).toHaveLength(LISTED_PER_FILE);
    expect(report.match(/^src\/content\/updates\/b\.mdx:\d+$/gm)).toHaveLength(3);
    expect(report).toContain(
      `src/content/updates/a.mdx:${LISTED_PER_FILE}\n  Problem ${LISTED_PER_FILE} here.\n\nsrc/content/updates/a.mdx\n  70 more problems in this file are not listed: fix the ones above, then run \`npm run check\` again to see the rest.\n\nsrc/content/updates/b.mdx:1`,
    );
    expect(report).not.toContain(`Problem ${LISTED_PER_FILE + 1} here.`);
  });
  it('still counts every problem', () => {
    expect(report).toMatch(/Found 123 problems in the content\./);
  });
  it('lists as many on GitHub, with one annotation for the rest', () => {
    const lines = annotations(problems);
    expect(lines).toHaveLength(LISTED_PER_FILE + 3 + 1);
    expect(lines.at(-1)).toBe(
      '::error file=src/content/updates/a.mdx,title=Content problem::70 more problems in this file are not listed: fix the ones above, then run `npm run check` again to see the rest.',
    );
    expect(jobSummary(problems).match(/^\| src\/content/gm)).toHaveLength(LISTED_PER_FILE + 3 + 1);
  });
  it('lists every problem of a file with no more than the limit', () => {
    expect(formatReport(many('x.mdx', LISTED_PER_FILE))).not.toContain('not listed');
  });
});
